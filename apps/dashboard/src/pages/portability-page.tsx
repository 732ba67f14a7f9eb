import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { PortabilityResult } from '../features/portability/components/portability-result';
import { PortabilityDocument, RulePresetsDocument } from '../gql/graphql';
import { apiErrorCode, apiErrorMessage } from '../utils/graphql-errors';

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * "If I move": an educator's PD record evaluated under another state's rules. The educator, state,
 * license type and date live in the URL (?educator=…&state=tn&type=…&asOf=…); a teacher's own
 * record is the default.
 */
export function PortabilityPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const educatorId = params.get('educator') ?? viewer.educator?.id ?? '';
  const ownRecord = educatorId === viewer.educator?.id;
  const state = params.get('state') ?? '';
  const licenseType = params.get('type') || null;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : null;
  const presets = useQuery(RulePresetsDocument);
  const { data, error, loading } = useQuery(PortabilityDocument, {
    variables: { educatorId, presetId: state, licenseType, asOf },
    skip: !educatorId || !state,
  });

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  const options = (presets.data?.rulePresets ?? []).map((p) => ({
    value: p.id,
    label: `${p.jurisdiction} — ${p.name} (${p.unitName})`,
  }));
  const result = data?.portability;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={ownRecord ? '/renewal' : `/educators/${educatorId}`} size="sm">
          {ownRecord ? '← My renewal' : '← Educator'}
        </Anchor>
        <Title order={1}>If {ownRecord ? 'I move' : 'they move'}: PD record in another state</Title>
        <Text c="dimmed">
          {ownRecord ? 'Your' : 'This educator’s'} approved and verified PD, counted under another state’s published renewal rules
          — the record goes with {ownRecord ? 'you' : 'them'}.
        </Text>
      </div>
      {!educatorId ? (
        <EmptyState title="No educator record">
          Your account is not linked to an educator record, so there is no PD record to evaluate.
        </EmptyState>
      ) : (
        <>
          <Group align="flex-end" wrap="wrap" gap="sm">
            {presets.error && !presets.data ? (
              <ErrorState error={presets.error} title="The states could not be loaded" onRetry={() => void presets.refetch()} />
            ) : (
              <Select
                label="State"
                placeholder={presets.loading ? 'Loading states…' : 'Choose one of 51 jurisdictions'}
                data={options}
                value={state || null}
                onChange={(value) => update({ state: value, type: null })}
                searchable
                nothingFoundMessage="No such state"
                style={{ flex: '1 1 320px' }}
              />
            )}
            {result && result.licenseTypes.length > 1 && (
              <Select
                label="License type"
                data={result.licenseTypes.map((t) => ({
                  value: t.id,
                  label: `${t.name} (${t.required} ${result.unitName} / ${t.cycleYears} yr)`,
                }))}
                value={result.licenseType}
                onChange={(value) => update({ type: value })}
                allowDeselect={false}
                style={{ flex: '1 1 280px' }}
              />
            )}
            <TextInput
              label="As of"
              type="date"
              value={asOf ?? ''}
              onChange={(event) => update({ asOf: isIsoDate(event.currentTarget.value) ? event.currentTarget.value : null })}
              description="Default: today"
            />
          </Group>
          {!state ? (
            <EmptyState title="Choose a state">
              Pick where you might move to see what your PD record is worth there, in that state’s unit, record by record.
            </EmptyState>
          ) : error && !data ? (
            apiErrorCode(error) === 'BAD_USER_INPUT' ? (
              <EmptyState title="That cannot be evaluated">{apiErrorMessage(error)}</EmptyState>
            ) : (
              <ErrorState error={error} title="The record could not be evaluated" />
            )
          ) : loading && !data ? (
            <PageLoader label="Evaluating the record…" />
          ) : result ? (
            <PortabilityResult result={result} />
          ) : null}
        </>
      )}
    </Stack>
  );
}
