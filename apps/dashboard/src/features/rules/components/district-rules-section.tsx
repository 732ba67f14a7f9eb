import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import {
  DistrictRulesDocument,
  EndDistrictRuleOverrideDocument,
  RemoveDistrictRuleOverrideDocument,
  SetDistrictRuleStatesDocument,
  type DistrictRuleOverrideFieldsFragment,
  type DistrictRulesFieldsFragment,
  type RulePresetsQuery,
} from '../../../gql/graphql';
import { formatDate, todayIsoDate } from '../../../utils/format';
import { apiErrorMessage, describeError } from '../../../utils/graphql-errors';
import { CitationLink } from '../../renewal/components/citation-link';
import { DistrictOverrideForm } from './district-override-form';

type Presets = RulePresetsQuery['rulePresets'];

/** In force today, scheduled, or ended — said in words, never by colour alone. */
export function overrideStatus(
  override: Pick<DistrictRuleOverrideFieldsFragment, 'effectiveFrom' | 'endsOn'>,
  today = todayIsoDate(),
): string {
  if (override.endsOn && override.endsOn <= today) return 'Ended';
  if (override.effectiveFrom > today) return 'Scheduled';
  return 'In force';
}

function StatesEditor({
  rules,
  presets,
  onSaved,
}: {
  rules: DistrictRulesFieldsFragment;
  presets: Presets;
  onSaved(message: string): void;
}) {
  const [home, setHome] = useState<string | null>(rules.states[0]?.presetId ?? null);
  const [others, setOthers] = useState(rules.states.slice(1).map((s) => s.presetId));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetDistrictRuleStatesDocument, {
    refetchQueries: ['DistrictRules'],
    awaitRefetchQueries: true,
  });
  const options = presets.map((p) => ({ value: p.id, label: `${p.jurisdiction} — ${p.name}` }));
  async function submit() {
    setError(null);
    if (!home) {
      setError('Choose the home state.');
      return;
    }
    try {
      await save({ variables: { presetIds: [home, ...others.filter((id) => id !== home)] } });
      onSaved('The district’s states were saved.');
    } catch (caught) {
      setError(apiErrorMessage(caught) ?? describeError(caught));
    }
  }
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      aria-labelledby="states-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="states-form-heading">
          Choose the district’s states
        </Title>
        {error && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {error}
          </Alert>
        )}
        <Group align="flex-start" grow wrap="wrap">
          <Select label="Home state" data={options} value={home} onChange={setHome} searchable allowDeselect={false} />
          <MultiSelect
            label="Other states (staff licensed elsewhere)"
            data={options.filter((o) => o.value !== home)}
            value={others.filter((id) => id !== home)}
            onChange={setOthers}
            searchable
            clearable
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            Save states
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Every license is evaluated under its own state’s rules; the district’s overrides can be added for the states chosen
          here.
        </Text>
      </Stack>
    </Paper>
  );
}

function OverrideActions({
  override,
  onDone,
}: {
  override: DistrictRuleOverrideFieldsFragment;
  onDone(message: string, error?: boolean): void;
}) {
  const [mode, setMode] = useState<'idle' | 'end' | 'remove'>('idle');
  const [endsOn, setEndsOn] = useState(todayIsoDate());
  const [endError, setEndError] = useState<string | null>(null);
  const options = { refetchQueries: ['DistrictRules'], awaitRefetchQueries: true };
  const [end, { loading: ending }] = useMutation(EndDistrictRuleOverrideDocument, options);
  const [remove, { loading: removing }] = useMutation(RemoveDistrictRuleOverrideDocument, options);
  const name = override.label;
  if (mode === 'end') {
    return (
      <Stack gap={4}>
        <TextInput
          size="xs"
          type="date"
          label={`Ends on: ${name}`}
          description="First day it no longer applies"
          value={endsOn}
          onChange={(event) => setEndsOn(event.currentTarget.value)}
          error={endError}
        />
        <Group gap={4}>
          <Button
            size="xs"
            loading={ending}
            onClick={() =>
              void end({ variables: { id: override.id, endsOn } })
                .then(() => {
                  setMode('idle');
                  onDone(`${name} ends on ${formatDate(endsOn)}.`);
                })
                .catch((caught: unknown) => setEndError(apiErrorMessage(caught) ?? describeError(caught)))
            }
          >
            End override
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  if (mode === 'remove') {
    return (
      <Stack gap={4}>
        <Text size="xs">Remove {name} entirely? Past cycles are then evaluated as if it never applied.</Text>
        <Group gap={4}>
          <Button
            size="xs"
            color="red.9"
            loading={removing}
            onClick={() =>
              void remove({ variables: { id: override.id } })
                .then(() => onDone(`${name} was removed.`))
                .catch((caught: unknown) => onDone(describeError(caught), true))
            }
          >
            Remove
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="outline" onClick={() => setMode('end')}>
        End…<span className="visually-hidden"> {name}</span>
      </Button>
      <Button size="xs" variant="outline" color="red.9" onClick={() => setMode('remove')}>
        Remove…<span className="visually-hidden"> {name}</span>
      </Button>
    </Group>
  );
}

export function DistrictOverridesTable({
  overrides,
  canEdit,
  onDone,
  caption,
}: {
  overrides: DistrictRuleOverrideFieldsFragment[];
  canEdit: boolean;
  onDone(message: string, error?: boolean): void;
  caption?: string;
}) {
  if (overrides.length === 0) return <Text size="sm">No district overrides: the state rules apply as published.</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>
          {caption ?? `${overrides.length} district ${overrides.length === 1 ? 'override' : 'overrides'}`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Rule</Table.Th>
            <Table.Th scope="col">Basis</Table.Th>
            <Table.Th scope="col">Effective</Table.Th>
            <Table.Th scope="col">Added</Table.Th>
            {canEdit && (
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overrides.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.presetId.toUpperCase()}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {o.description}
              </Table.Th>
              <Table.Td>
                <CitationLink citation={o.citation} label={`District policy: ${o.basis}`} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  From {formatDate(o.effectiveFrom)}
                  {o.endsOn && `, until ${formatDate(o.endsOn)} (exclusive)`}
                </Text>
                <Badge variant="outline" size="sm" color={overrideStatus(o) === 'In force' ? 'green.9' : 'gray.7'}>
                  {overrideStatus(o)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {o.createdByName ?? 'Unknown'}, {formatDate(o.createdAt.slice(0, 10))}
                </Text>
                {o.endedAt && (
                  <Text size="xs" c="dimmed">
                    Ended by {o.endedByName ?? 'unknown'}, {formatDate(o.endedAt.slice(0, 10))}
                  </Text>
                )}
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <OverrideActions override={o} onDone={onDone} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The district's chosen states and its own overrides: everyone in the district reads them, HR edits them. */
export function DistrictRulesSection({ canEdit, presets }: { canEdit: boolean; presets: Presets }) {
  const { data, error, loading, refetch } = useQuery(DistrictRulesDocument);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [editingStates, setEditingStates] = useState(false);
  const done = (text: string, isError = false) => setMessage({ text, error: isError });
  return (
    <section aria-labelledby="district-rules-heading">
      <Title order={2} size="h3" id="district-rules-heading" mb="xs">
        Your district
      </Title>
      {error && !data ? (
        <ErrorState error={error} title="The district's rules could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading the district's rules…" />
      ) : data ? (
        <Stack gap="md">
          {message && (
            <Alert
              color={message.error ? 'red' : 'green'}
              variant="light"
              role={message.error ? 'alert' : 'status'}
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setMessage(null)}
            >
              {message.text}
            </Alert>
          )}
          <div>
            <Title order={3} size="h5">
              States
            </Title>
            {data.districtRules.states.length === 0 ? (
              <Text size="sm">No state rule set is chosen yet.</Text>
            ) : (
              <List size="sm" spacing={4}>
                {data.districtRules.states.map((s) => (
                  <List.Item key={s.presetId}>
                    <Anchor component={Link} to={`/rules/${s.presetId}`}>
                      {s.name}
                    </Anchor>{' '}
                    ({s.unitName})
                    {s.home && (
                      <Badge ml="xs" size="sm" variant="light">
                        Home state
                      </Badge>
                    )}
                    {s.addedByName && (
                      <Text component="span" size="xs" c="dimmed">
                        {' '}
                        — added by {s.addedByName}
                        {s.addedAt && `, ${formatDate(s.addedAt.slice(0, 10))}`}
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
            {canEdit && !editingStates && (
              <Button size="xs" variant="light" mt="xs" onClick={() => setEditingStates(true)}>
                Change states
              </Button>
            )}
          </div>
          {canEdit && editingStates && (
            <StatesEditor
              rules={data.districtRules}
              presets={presets}
              onSaved={(text) => {
                setEditingStates(false);
                done(text);
              }}
            />
          )}
          <div>
            <Title order={3} size="h5" mb={4}>
              District overrides
            </Title>
            <DistrictOverridesTable overrides={data.districtRules.overrides} canEdit={canEdit} onDone={done} />
          </div>
          {canEdit && data.districtRules.states.length > 0 && (
            <DistrictOverrideForm states={data.districtRules.states} onAdded={done} />
          )}
        </Stack>
      ) : null}
    </section>
  );
}
