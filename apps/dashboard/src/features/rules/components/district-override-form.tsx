import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  AddDistrictRuleOverrideDocument,
  type ActivityType,
  type DistrictRuleOverrideKind,
  type DistrictRulesFieldsFragment,
} from '../../../gql/graphql';
import { activityTypeLabels, todayIsoDate } from '../../../utils/format';
import { apiErrorCode, describeError, fieldErrorsOf } from '../../../utils/graphql-errors';

export const overrideKindLabels: Record<DistrictRuleOverrideKind, string> = {
  EXTRA_REQUIRED: 'Extra required amount per cycle',
  CATEGORY_MINIMUM: 'Extra required category',
  ACTIVITY_CAP: 'Cap on an activity type',
};

const KIND_HELP: Record<DistrictRuleOverrideKind, string> = {
  EXTRA_REQUIRED: "Added to every license type's requirement (e.g. 30 more hours of district PD).",
  CATEGORY_MINIMUM: 'At least this much PD tagged with the category (e.g. 6 hours of Literacy).',
  ACTIVITY_CAP: 'At most this much from one kind of activity counts per cycle (0 = not accepted).',
};

interface Draft {
  presetId: string;
  kind: DistrictRuleOverrideKind;
  amount: string;
  category: string;
  activityType: ActivityType | '';
  label: string;
  basis: string;
  policyUrl: string;
  effectiveFrom: string;
  endsOn: string;
}

const empty = (presetId: string): Draft => ({
  presetId,
  kind: 'EXTRA_REQUIRED',
  amount: '',
  category: '',
  activityType: '',
  label: '',
  basis: '',
  policyUrl: '',
  effectiveFrom: todayIsoDate(),
  endsOn: '',
});

/** HR: adds a district policy on top of one of the district's state rule sets. The API validates; its message shows beside the field. */
export function DistrictOverrideForm({
  states,
  onAdded,
}: {
  states: DistrictRulesFieldsFragment['states'];
  onAdded(message: string): void;
}) {
  const [draft, setDraft] = useState<Draft>(() => empty(states[0]?.presetId ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddDistrictRuleOverrideDocument, {
    refetchQueries: ['DistrictRules'],
    awaitRefetchQueries: true,
  });
  const unitName = states.find((s) => s.presetId === draft.presetId)?.unitName ?? 'units';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const missing: Record<string, string> = {};
    if (draft.amount.trim() === '') missing['amount'] = `Enter an amount in ${unitName}.`;
    if (draft.label.trim() === '') missing['label'] = 'Give the rule a short name.';
    if (draft.basis.trim() === '') missing['basis'] = 'Say where the rule comes from (board policy, contract article).';
    if (draft.effectiveFrom === '') missing['effectiveFrom'] = 'Choose the date it takes effect.';
    if (draft.kind === 'CATEGORY_MINIMUM' && draft.category.trim() === '') missing['category'] = 'Name the category.';
    if (draft.kind === 'ACTIVITY_CAP' && draft.activityType === '') missing['activityType'] = 'Choose the activity type.';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await add({
        variables: {
          input: {
            presetId: draft.presetId,
            kind: draft.kind,
            amount: draft.amount.trim(),
            category: draft.kind === 'CATEGORY_MINIMUM' ? draft.category.trim() : null,
            activityType: draft.kind === 'ACTIVITY_CAP' && draft.activityType ? draft.activityType : null,
            label: draft.label.trim(),
            basis: draft.basis.trim(),
            policyUrl: draft.policyUrl.trim() || null,
            effectiveFrom: draft.effectiveFrom,
            endsOn: draft.endsOn || null,
          },
        },
      });
      const added = result.data?.addDistrictRuleOverride;
      setDraft(empty(draft.presetId));
      setErrors({});
      onAdded(`Added: ${added?.description ?? draft.label}, from ${added?.effectiveFrom ?? draft.effectiveFrom}.`);
    } catch (caught) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        const fields = fieldErrorsOf(caught);
        setErrors(fields);
        if (Object.keys(fields).every((f) => !(f in draft))) setFormError(Object.values(fields)[0] ?? describeError(caught));
      } else {
        setFormError(describeError(caught));
      }
    }
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="override-form-heading"
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id="override-form-heading">
            Add a district override
          </Title>
          <Text size="sm" c="dimmed">
            Overrides add to the state's rules (a district cannot waive a state requirement). They govern renewal cycles that end
            on or after the effective date; earlier cycles are not rewritten.
          </Text>
        </div>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not added">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="State rule set"
            data={states.map((s) => ({ value: s.presetId, label: `${s.jurisdiction} — ${s.name}` }))}
            value={draft.presetId}
            onChange={(value) => value && set('presetId', value)}
            allowDeselect={false}
            error={errors['presetId']}
          />
          <Select
            label="Kind of override"
            description={KIND_HELP[draft.kind]}
            data={(Object.keys(overrideKindLabels) as DistrictRuleOverrideKind[]).map((kind) => ({
              value: kind,
              label: overrideKindLabels[kind],
            }))}
            value={draft.kind}
            onChange={(value) => value && set('kind', value as DistrictRuleOverrideKind)}
            allowDeselect={false}
            error={errors['kind']}
          />
          <TextInput
            label={`Amount (${unitName})`}
            inputMode="decimal"
            value={draft.amount}
            onChange={(event) => set('amount', event.currentTarget.value)}
            error={errors['amount']}
            required
          />
          {draft.kind === 'CATEGORY_MINIMUM' && (
            <TextInput
              label="Category"
              description="As records are tagged, e.g. Literacy, Special Education, Equity"
              value={draft.category}
              onChange={(event) => set('category', event.currentTarget.value)}
              error={errors['category']}
              required
            />
          )}
          {draft.kind === 'ACTIVITY_CAP' && (
            <Select
              label="Activity type"
              data={(Object.keys(activityTypeLabels) as ActivityType[]).map((type) => ({
                value: type,
                label: activityTypeLabels[type],
              }))}
              value={draft.activityType || null}
              onChange={(value) => set('activityType', (value as ActivityType | null) ?? '')}
              error={errors['activityType']}
              required
            />
          )}
          <TextInput
            label="Name"
            description='Short, e.g. "In-district PD"'
            maxLength={200}
            value={draft.label}
            onChange={(event) => set('label', event.currentTarget.value)}
            error={errors['label']}
            required
          />
          <TextInput
            label="Basis (shown as the citation)"
            description='e.g. "Board policy 4120, adopted May 12, 2026"'
            maxLength={1000}
            value={draft.basis}
            onChange={(event) => set('basis', event.currentTarget.value)}
            error={errors['basis']}
            required
          />
          <TextInput
            label="Policy web address (optional)"
            inputMode="url"
            value={draft.policyUrl}
            onChange={(event) => set('policyUrl', event.currentTarget.value)}
            error={errors['policyUrl']}
          />
          <TextInput
            label="Effective from"
            type="date"
            value={draft.effectiveFrom}
            onChange={(event) => set('effectiveFrom', event.currentTarget.value)}
            error={errors['effectiveFrom']}
            required
          />
          <TextInput
            label="Ends on (optional)"
            description="First day it no longer applies"
            type="date"
            value={draft.endsOn}
            onChange={(event) => set('endsOn', event.currentTarget.value)}
            error={errors['endsOn']}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading}>
            Add override
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
