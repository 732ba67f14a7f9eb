import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { PdUnit } from '../../../gql/graphql';
import { activityTypeLabels, unitLabel } from '../../../utils/format';
import { useSessionState } from '../../../utils/use-session-state';
import {
  ACTIVITY_TYPES,
  emptyDraft,
  PD_UNITS,
  validateDraft,
  type DraftErrors,
  type PlanItem,
  type PlanItemDraft,
} from '../utils/plan-items';

const activityTypeOptions = ACTIVITY_TYPES.map((value) => ({ value, label: activityTypeLabels[value] }));
const unitOptions = PD_UNITS.map((value) => ({ value, label: unitLabel(value) }));
const levelOptions = [
  { value: '', label: 'Not stated' },
  { value: 'graduate', label: 'Graduate' },
  { value: 'undergraduate', label: 'Undergraduate' },
];
const CREDIT_UNITS: readonly PdUnit[] = ['SEMESTER_CREDIT', 'QUARTER_CREDIT'];

/** Typical starting points, so "2 more micro-credentials" is two clicks. Every field stays editable. */
const PRESETS: ReadonlyArray<{ label: string; draft: Partial<PlanItemDraft> }> = [
  { label: 'A micro-credential', draft: { activityType: 'MICRO_CREDENTIAL', amount: '1', unit: 'MICRO_CREDENTIAL' } },
  {
    label: 'A 3-credit graduate course',
    draft: { activityType: 'COURSE', amount: '3', unit: 'SEMESTER_CREDIT', level: 'graduate', statedHours: '' },
  },
  {
    label: 'A 20-hour workshop',
    draft: { activityType: 'WORKSHOP', amount: '20', unit: 'CLOCK_HOUR', statedHours: '', level: '' },
  },
];

function isDraft(value: unknown): value is PlanItemDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['activityType', 'amount', 'unit', 'count', 'otherCategories', 'statedHours', 'level', 'title'].every(
      (key) => typeof v[key] === 'string',
    ) &&
    Array.isArray(v['categories']) &&
    typeof v['inDistrict'] === 'boolean' &&
    typeof v['preApproved'] === 'boolean'
  );
}

interface PlanItemFormProps {
  /** The rule set's required categories, offered as tick boxes. */
  requiredCategories: readonly string[];
  plannedSoFar: number;
  onAdd: (item: PlanItem) => void;
}

/**
 * Adds one line to the plan. What is typed but not yet added is kept in sessionStorage, so it
 * survives a reload or a trip to the sign-in page.
 */
export function PlanItemForm({ requiredCategories, plannedSoFar, onAdd }: PlanItemFormProps) {
  const [draft, setDraft, clearDraft] = useSessionState<PlanItemDraft>('pdl.what-if.draft', emptyDraft, isDraft);
  const [errors, setErrors] = useState<DraftErrors>({});

  const set = <K extends keyof PlanItemDraft>(key: K, value: PlanItemDraft[K]) => {
    setDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateDraft(draft, plannedSoFar);
    setErrors(result.errors);
    if (!result.item) {
      // Move focus to the first field in error, so keyboard and screen-reader users land on it.
      const form = event.currentTarget;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onAdd(result.item);
    clearDraft();
  }

  const errorCount = Object.values(errors).filter(Boolean).length;
  const isMicroCredential = draft.unit === 'MICRO_CREDENTIAL' || draft.activityType === 'MICRO_CREDENTIAL';
  const isCredit = CREDIT_UNITS.includes(draft.unit as PdUnit);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add planned PD">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap" role="group" aria-label="Start from">
          <Text size="sm" fw={600} component="span">
            Start from:
          </Text>
          {PRESETS.map((preset) => (
            <Button
              key={preset.label}
              size="compact-sm"
              variant="default"
              onClick={() => {
                setDraft({ ...draft, ...preset.draft });
                setErrors({});
              }}
            >
              {preset.label}
            </Button>
          ))}
        </Group>
        {errorCount > 0 && (
          <Alert color="red" variant="light" role="alert" title="This activity cannot be added yet">
            {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention: see the messages below the fields.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <NativeSelect
            label="Kind of activity"
            data={activityTypeOptions}
            value={draft.activityType}
            onChange={(e) => set('activityType', e.currentTarget.value)}
            error={errors.activityType}
          />
          <TextInput
            label="Amount of each"
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => set('amount', e.currentTarget.value)}
            error={errors.amount}
            description="e.g. 3 credits, 20 hours, 1"
          />
          <NativeSelect
            label="Unit"
            data={unitOptions}
            value={draft.unit}
            onChange={(e) => set('unit', e.currentTarget.value)}
            error={errors.unit}
          />
          <TextInput
            label="How many"
            inputMode="numeric"
            value={draft.count}
            onChange={(e) => set('count', e.currentTarget.value)}
            error={errors.count}
            description="Activities like this"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {isMicroCredential && (
            <TextInput
              label="Stated hours (each)"
              inputMode="decimal"
              value={draft.statedHours}
              onChange={(e) => set('statedHours', e.currentTarget.value)}
              error={errors.statedHours}
              description="The issuer's stated hours; many rules convert these"
            />
          )}
          {isCredit && (
            <NativeSelect
              label="Course level"
              data={levelOptions}
              value={draft.level}
              onChange={(e) => set('level', e.currentTarget.value)}
              error={errors.level}
            />
          )}
          <TextInput
            label="Title (optional)"
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
          />
          <TextInput
            label="Categories (optional)"
            value={draft.otherCategories}
            onChange={(e) => set('otherCategories', e.currentTarget.value)}
            error={errors.otherCategories}
            description="Comma-separated, e.g. Literacy"
          />
        </SimpleGrid>
        {requiredCategories.length > 0 && (
          <Checkbox.Group
            label="Counts toward the required categories"
            value={draft.categories}
            onChange={(value) => set('categories', value)}
          >
            <Group gap="md" mt={4}>
              {requiredCategories.map((label) => (
                <Checkbox key={label} value={label} label={label} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Group gap="lg">
          <Checkbox
            label="District-provided PD"
            checked={draft.inDistrict}
            onChange={(e) => set('inDistrict', e.currentTarget.checked)}
          />
          <Checkbox
            label="Pre-approved (where the salary schedule asks for it)"
            checked={draft.preApproved}
            onChange={(e) => set('preApproved', e.currentTarget.checked)}
          />
        </Group>
        <Group>
          <Button type="submit">Add to plan</Button>
        </Group>
      </Stack>
    </form>
  );
}
