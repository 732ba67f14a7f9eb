import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { CitationLink } from '../features/renewal/components/citation-link';
import {
  SalaryScheduleDocument,
  SalarySchedulePresetsDocument,
  SetSalaryScheduleDocument,
  type SalaryScheduleFieldsFragment,
} from '../gql/graphql';
import { formatDate } from '../utils/format';
import { describeError } from '../utils/graphql-errors';

const KIND_LABELS: Record<string, string> = {
  stipend: 'Stipend per credential',
  count_step: 'Increase by count',
  equivalency: 'Degree equivalency',
  base_increase: 'Base increase per credential',
};

function Uncertain({ text }: { text: string | null | undefined }) {
  return text ? (
    <Text size="xs" c="orange.9">
      Uncertain: {text}
    </Text>
  ) : null;
}

/** A schedule's rules as everyone sees them: compensation rules first, each with its source. */
function ScheduleRules({ schedule }: { schedule: SalaryScheduleFieldsFragment }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        Lanes: {schedule.lanes.join(', ')}. <CitationLink citation={schedule.citation} />
      </Text>
      <Uncertain text={schedule.uncertain} />
      {schedule.compensationRules.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <Table.Caption>How the district pays for micro-credentials besides lane credit</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rule</Table.Th>
                <Table.Th scope="col">What it pays</Table.Th>
                <Table.Th scope="col">Source</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedule.compensationRules.map((rule) => (
                <Table.Tr key={rule.ruleId}>
                  <Table.Th scope="row" fw={500}>
                    {rule.label}
                    <Text size="xs" c="dimmed">
                      {KIND_LABELS[rule.kind] ?? rule.kind}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {rule.description}
                    <Uncertain text={rule.uncertain} />
                  </Table.Td>
                  <Table.Td>
                    <CitationLink citation={rule.citation} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm">This schedule pays for micro-credentials only through lane credit.</Text>
      )}
      {schedule.microCredentialDefinition && (
        <Text size="sm">
          What counts as a micro-credential: {schedule.microCredentialDefinition.description}.{' '}
          <CitationLink citation={schedule.microCredentialDefinition.citation} />
          <Uncertain text={schedule.microCredentialDefinition.uncertain} />
        </Text>
      )}
      {schedule.sets.map((set) => (
        <div key={set.id}>
          <Text size="sm" fw={600}>
            Named set "{set.name}" ({set.members.length} catalog entries) <CitationLink citation={set.citation} />
          </Text>
          <Uncertain text={set.uncertain} />
          <List size="xs" spacing={0}>
            {set.members.map((member) => (
              <List.Item key={member}>{member}</List.Item>
            ))}
          </List>
        </div>
      ))}
      <div>
        <Text size="sm" fw={600}>
          Lane credit rules
        </Text>
        <List size="sm" spacing={2}>
          {schedule.laneRules.map((rule) => (
            <List.Item key={rule.ruleId}>
              {rule.description}. <CitationLink citation={rule.citation} />
              <Uncertain text={rule.uncertain} />
            </List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}

/** HR: choose a shipped preset, or edit the definition, as a new version from a date. */
function ScheduleEditor({ current }: { current: SalaryScheduleFieldsFragment | null }) {
  const presets = useQuery(SalarySchedulePresetsDocument);
  const [presetId, setPresetId] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(new Date().toISOString().slice(0, 10));
  const [definition, setDefinition] = useState<string | null>(null);
  const [save, saving] = useMutation(SetSalaryScheduleDocument, { refetchQueries: [SalaryScheduleDocument] });
  const [message, setMessage] = useState<string | null>(null);
  const options = presets.data?.salarySchedulePresets ?? [];
  const chosen = options.find((p) => p.presetId === presetId) ?? null;
  const submit = async (input: { presetId?: string; definitionJson?: string }) => {
    setMessage(null);
    try {
      await save({ variables: { input: { ...input, effectiveFrom } } });
      setMessage('Saved: the schedule applies from ' + formatDate(effectiveFrom) + '.');
      setDefinition(null);
    } catch (error) {
      setMessage(describeError(error));
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="schedule-editor">
      <Stack gap="sm">
        <Title order={2} size="h3" id="schedule-editor">
          Change the district's schedule
        </Title>
        <TextInput
          label="Applies from"
          type="date"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          w={220}
        />
        <NativeSelect
          label="Start from a preset"
          data={[{ value: '', label: 'Choose a preset…' }, ...options.map((p) => ({ value: p.presetId ?? '', label: p.name }))]}
          value={presetId}
          onChange={(e) => setPresetId(e.currentTarget.value)}
        />
        {chosen && (
          <>
            <ScheduleRules schedule={chosen} />
            <Group>
              <Button onClick={() => void submit({ presetId })} loading={saving.loading}>
                Use this preset
              </Button>
              <Button variant="default" onClick={() => setDefinition(chosen.definitionJson)}>
                Edit it first
              </Button>
            </Group>
          </>
        )}
        {current && !chosen && definition === null && (
          <Button variant="default" onClick={() => setDefinition(current.definitionJson)} w="fit-content">
            Edit the current schedule (amounts, caps, named sets)
          </Button>
        )}
        {definition !== null && (
          <>
            <Textarea
              label="Schedule definition (JSON): amounts in integer cents, percentages in basis points"
              autosize
              minRows={10}
              maxRows={30}
              value={definition}
              onChange={(e) => setDefinition(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
            />
            <Group>
              <Button onClick={() => void submit({ definitionJson: definition })} loading={saving.loading}>
                Save as the district's schedule
              </Button>
              <Button variant="default" onClick={() => setDefinition(null)}>
                Cancel
              </Button>
            </Group>
          </>
        )}
        {message && (
          <Alert color={message.startsWith('Saved') ? 'green' : 'red'} role="status">
            {message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** The district's salary schedule with its lane and micro-credential pay rules and their sources; HR changes it. */
export function SalarySchedulePage() {
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(SalaryScheduleDocument);
  if (loading && !data) return <PageLoader label="Loading the salary schedule…" />;
  if (error && !data)
    return <ErrorState error={error} title="The salary schedule could not be loaded" onRetry={() => void refetch()} />;
  const schedule = data?.salarySchedule.schedule ?? null;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Salary schedule</Title>
        <Text c="dimmed">
          {schedule
            ? `${schedule.name}${schedule.effectiveFrom ? `, in force since ${formatDate(schedule.effectiveFrom)}` : ''}.`
            : 'The district has no salary schedule in force.'}
        </Text>
      </div>
      {schedule && (
        <Paper withBorder p="md" radius="md">
          <ScheduleRules schedule={schedule} />
        </Paper>
      )}
      {viewer.role === 'HR_ADMIN' && <ScheduleEditor current={schedule} />}
    </Stack>
  );
}
