import { Button, Checkbox, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { RenewalStatus } from '../../../gql/graphql';
import { SchoolSelect } from '../../staff/components/school-select';
import { renewalStatusLabels } from '../../renewal/utils/renewal-text';
import { RENEWAL_STATUSES, type RelicensureParams } from '../hooks/use-relicensure-params';

type Draft = Pick<RelicensureParams, 'due' | 'licenseType' | 'asOf'>;

interface RelicensureFiltersProps {
  params: RelicensureParams;
  onChange: (changes: Partial<RelicensureParams>) => void;
  schools: ReadonlyArray<{ id: string; name: string }>;
  allowAllSchools: boolean;
}

/** School and status apply at once; the typed filters apply with the button (or Enter). */
export function RelicensureFilters({ params, onChange, schools, allowAllSchools }: RelicensureFiltersProps) {
  const [draft, setDraft] = useState<Draft>({ due: params.due, licenseType: params.licenseType, asOf: params.asOf });
  useEffect(
    () => setDraft({ due: params.due, licenseType: params.licenseType, asOf: params.asOf }),
    [params.due, params.licenseType, params.asOf],
  );
  const filtered =
    params.schoolId !== null ||
    params.statuses.length > 0 ||
    params.due !== '' ||
    params.licenseType !== '' ||
    params.asOf !== '';

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(draft);
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={apply} aria-label="Filter the relicensure report">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {(allowAllSchools || schools.length > 1) && (
            <SchoolSelect
              schools={schools}
              value={params.schoolId}
              allowAll={allowAllSchools}
              onChange={(schoolId) => onChange({ schoolId })}
            />
          )}
          <TextInput
            label="Deadline within (days)"
            description="Overdue licenses included"
            inputMode="numeric"
            value={draft.due}
            onChange={(event) => {
              const due = event.currentTarget.value;
              setDraft((current) => ({ ...current, due }));
            }}
          />
          <TextInput
            label="License type"
            placeholder="e.g. Instructional II"
            value={draft.licenseType}
            onChange={(event) => {
              const licenseType = event.currentTarget.value;
              setDraft((current) => ({ ...current, licenseType }));
            }}
          />
          <TextInput
            label="As of"
            type="date"
            description="Default: today"
            value={draft.asOf}
            onChange={(event) => {
              const asOf = event.currentTarget.value;
              setDraft((current) => ({ ...current, asOf }));
            }}
          />
        </SimpleGrid>
        <Checkbox.Group
          mt="sm"
          label="Status"
          value={params.statuses}
          onChange={(values) => onChange({ statuses: RENEWAL_STATUSES.filter((s) => values.includes(s)) })}
        >
          <Group gap="md" mt={4} wrap="wrap">
            {RENEWAL_STATUSES.map((status: RenewalStatus) => (
              <Checkbox key={status} value={status} label={renewalStatusLabels[status]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group mt="sm">
          <Button type="submit">Apply filters</Button>
          {filtered && (
            <Button
              variant="default"
              onClick={() => onChange({ schoolId: null, statuses: [], due: '', licenseType: '', asOf: '' })}
            >
              Clear filters
            </Button>
          )}
        </Group>
      </form>
    </Paper>
  );
}
