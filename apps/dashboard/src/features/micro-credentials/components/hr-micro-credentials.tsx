import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  AssignAssessorDocument,
  CreateAssessorDocument,
  CreateMicroCredentialDocument,
  ImportMicroCredentialDocument,
  MicroCredentialAdminDocument,
  RevokeCredentialDocument,
  UpdateMicroCredentialSettingsDocument,
  type MicroCredentialAdminQuery,
  type PdUnit,
  type RubricInput,
} from '../../../gql/graphql';
import { unitLabel } from '../../../utils/format';
import { describeError } from '../../../utils/graphql-errors';
import { submissionStatusLabels } from './teacher-micro-credentials';

const UNITS: PdUnit[] = ['CLOCK_HOUR', 'CEU', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'MICRO_CREDENTIAL'];
const REFRESH = { refetchQueries: ['MicroCredentialAdmin', 'MicroCredentials'], awaitRefetchQueries: true };

/** "Name: description" per line and "Name = points" per line, as HR types them. */
export function rubricFromText(criteria: string, levels: string, passingLevel: string, minimumTotal: number | null): RubricInput {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return {
    criteria: criteria
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [name, ...rest] = line.split(':');
        return { name: name!.trim(), description: rest.join(':').trim() || name!.trim() };
      }),
    levels: levels
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [name, points] = line.split('=');
        return { name: name!.trim(), points: Number((points ?? '').trim()) };
      }),
    passingLevelId: slug(passingLevel),
    minimumTotalPoints: minimumTotal,
  };
}

function CreateForm() {
  const [v, setV] = useState({
    name: '',
    competency: '',
    guidance: '',
    research: '',
    criteria: '',
    levels: 'Beginning = 1\nDeveloping = 2\nProficient = 3',
    passing: 'Developing',
    credit: '',
    unit: 'CLOCK_HOUR' as PdUnit,
    achievementJson: '',
  });
  const [minimumTotal, setMinimumTotal] = useState<number | ''>('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [create, creating] = useMutation(CreateMicroCredentialDocument, REFRESH);
  const [importOne, importing] = useMutation(ImportMicroCredentialDocument, REFRESH);
  const field = (name: keyof typeof v) => ({
    value: v[name],
    onChange: (event: { currentTarget: { value: string } }) => setV({ ...v, [name]: event.currentTarget.value }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const rubric = rubricFromText(v.criteria, v.levels, v.passing, minimumTotal === '' ? null : minimumTotal);
    try {
      if (v.achievementJson.trim() !== '') {
        const result = await importOne({
          variables: {
            input: {
              achievementJson: v.achievementJson,
              competency: v.competency.trim() || null,
              submissionGuidance: v.guidance.trim() || null,
              researchBasis: v.research,
              rubric,
              creditAmount: v.credit,
              creditUnit: v.unit,
            },
          },
        });
        setMessage({ ok: true, text: `Imported “${result.data?.importMicroCredential.name}”.` });
      } else {
        const result = await create({
          variables: {
            input: {
              name: v.name,
              competency: v.competency,
              submissionGuidance: v.guidance,
              researchBasis: v.research,
              rubric,
              creditAmount: v.credit,
              creditUnit: v.unit,
            },
          },
        });
        setMessage({ ok: true, text: `Added “${result.data?.createMicroCredential.name}”.` });
      }
    } catch (caught) {
      setMessage({ ok: false, text: describeError(caught) });
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add a micro-credential">
      <Stack gap="sm">
        <Textarea
          label="Open Badges 3.0 Achievement JSON (optional: fills the name, criteria and alignments)"
          autosize
          minRows={2}
          {...field('achievementJson')}
        />
        <TextInput label="Name" {...field('name')} />
        <TextInput label="Competency" {...field('competency')} />
        <Textarea label="What to submit" autosize minRows={2} {...field('guidance')} />
        <Textarea label="Research basis" autosize minRows={2} {...field('research')} />
        <Textarea label="Rubric criteria (one per line, “Name: description”)" autosize minRows={2} {...field('criteria')} />
        <Textarea label="Rubric levels (lowest first, “Name = points”)" autosize minRows={3} {...field('levels')} />
        <Group grow>
          <TextInput label="Passing level (every criterion at this level or higher)" {...field('passing')} />
          <NumberInput
            label="Minimum total points (optional)"
            value={minimumTotal}
            min={0}
            onChange={(value) => setMinimumTotal(typeof value === 'number' ? value : '')}
          />
        </Group>
        <Group grow>
          <TextInput label="Credit" {...field('credit')} />
          <NativeSelect label="Unit" data={UNITS.map((u) => ({ value: u, label: unitLabel(u) }))} {...field('unit')} />
        </Group>
        {message ? (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        ) : null}
        <Button type="submit" loading={creating.loading || importing.loading} style={{ alignSelf: 'flex-start' }}>
          Add micro-credential
        </Button>
      </Stack>
    </form>
  );
}

type ReviewRow = MicroCredentialAdminQuery['microCredentialReview'][number];

function AssignCell({ row, assessors }: { row: ReviewRow; assessors: MicroCredentialAdminQuery['assessors'] }) {
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(AssignAssessorDocument, REFRESH);
  const current = row.assessments.filter((a) => a.attempt === row.submission.attempt);
  const canAssign = row.submission.status === 'SUBMITTED' && (current.length < 2 || row.needsThirdAssessor) && current.length < 3;
  if (!canAssign) return null;
  const free = assessors.filter((a) => !current.some((c) => c.assessorAccountId === a.id));
  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        aria-label={`Assessor for ${row.educatorName}`}
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
        data={[{ value: '', label: 'Choose an assessor' }, ...free.map((a) => ({ value: a.id, label: a.displayName }))]}
      />
      <Button
        size="xs"
        loading={loading}
        disabled={choice === ''}
        onClick={() => {
          setError(null);
          assign({ variables: { submissionId: row.submission.id, assessorAccountId: choice } })
            .then(() => setChoice(''))
            .catch((caught: unknown) => setError(describeError(caught)));
        }}
      >
        Assign
      </Button>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Group>
  );
}

function RevokeCell({ credentialId, name }: { credentialId: string; name: string }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeCredentialDocument, REFRESH);
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`Reason to revoke ${name}`}
        placeholder="Reason"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Button
        size="xs"
        color="red"
        variant="light"
        loading={loading}
        disabled={reason.trim() === ''}
        onClick={() =>
          revoke({ variables: { credentialId, reason } }).catch((caught: unknown) => setError(describeError(caught)))
        }
      >
        Revoke
      </Button>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Group>
  );
}

function SettingsForm({ settings }: { settings: MicroCredentialAdminQuery['microCredentialSettings'] }) {
  const [blind, setBlind] = useState(settings.blindReview);
  const [limit, setLimit] = useState<number>(settings.resubmissionLimit);
  const [update, { loading, error }] = useMutation(UpdateMicroCredentialSettingsDocument, REFRESH);
  return (
    <Group align="flex-end">
      <Checkbox
        label="Blind review (assessors do not see the teacher’s name or school)"
        checked={blind}
        onChange={(e) => setBlind(e.currentTarget.checked)}
      />
      <NumberInput
        label="Resubmissions allowed"
        min={0}
        max={10}
        value={limit}
        onChange={(value) => setLimit(typeof value === 'number' ? value : 0)}
        w={180}
      />
      <Button
        loading={loading}
        onClick={() => void update({ variables: { blindReview: blind, resubmissionLimit: limit } }).catch(() => undefined)}
      >
        Save settings
      </Button>
      {error ? <Text c="red">{describeError(error)}</Text> : null}
    </Group>
  );
}

function AssessorForm() {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [create, { loading, error }] = useMutation(CreateAssessorDocument, REFRESH);
  return (
    <Group align="flex-end">
      <TextInput label="Assessor e-mail" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button
        loading={loading}
        onClick={() =>
          void create({ variables: { email, displayName: name } })
            .then(() => {
              setEmail('');
              setName('');
            })
            .catch(() => undefined)
        }
      >
        Add assessor
      </Button>
      {error ? <Text c="red">{describeError(error)}</Text> : null}
    </Group>
  );
}

/** HR: the catalog's micro-credentials, assessors, assignments, decisions, workload and revocation. */
export function HrMicroCredentials() {
  const { data, error } = useQuery(MicroCredentialAdminDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      {error ? <Alert color="red">{describeError(error)}</Alert> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="review-heading">
        <Title order={2} size="h3" id="review-heading" mb="sm">
          Portfolios
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Educator</Table.Th>
                <Table.Th>Micro-credential</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Assessors (this attempt)</Table.Th>
                <Table.Th>Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.microCredentialReview ?? []).map((row) => (
                <Table.Tr key={row.submission.id}>
                  <Table.Td>{row.educatorName}</Table.Td>
                  <Table.Td>{row.submission.microCredential.name}</Table.Td>
                  <Table.Td>
                    {submissionStatusLabels[row.submission.status]} (attempt {row.submission.attempt})
                    {row.needsThirdAssessor ? (
                      <Badge color="orange" variant="light" ml={4}>
                        Assessors disagree: assign a third
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {row.assessments
                      .filter((a) => a.attempt === row.submission.attempt)
                      .map((a) => `${a.assessorName}: ${a.passed === null ? 'scoring' : a.passed ? 'meets' : 'not yet'}`)
                      .join('; ')}
                  </Table.Td>
                  <Table.Td>
                    {row.submission.status === 'PASSED' && row.submission.credentialId ? (
                      <RevokeCell credentialId={row.submission.credentialId} name={row.submission.microCredential.name} />
                    ) : (
                      <AssignCell row={row} assessors={data?.assessors ?? []} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="workload-heading">
        <Title order={2} size="h3" id="workload-heading" mb="sm">
          Assessors and workload
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Assessor</Table.Th>
              <Table.Th>Open</Table.Th>
              <Table.Th>Scored</Table.Th>
              <Table.Th>Mean turnaround (hours)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.assessorWorkload ?? []).map((row) => (
              <Table.Tr key={row.accountId}>
                <Table.Td>
                  {row.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {row.email}
                  </Text>
                </Table.Td>
                <Table.Td>{row.open}</Table.Td>
                <Table.Td>{row.scored}</Table.Td>
                <Table.Td>{row.averageTurnaroundHours ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed" mt="xs">
          New assessors have no password: make them a one-time link from Settings (accounts without a password).
        </Text>
        <AssessorForm />
      </Paper>
      {data ? (
        <Paper withBorder p="md" component="section" aria-labelledby="settings-heading">
          <Title order={2} size="h3" id="settings-heading" mb="sm">
            Review settings
          </Title>
          <SettingsForm
            key={`${data.microCredentialSettings.blindReview}-${data.microCredentialSettings.resubmissionLimit}`}
            settings={data.microCredentialSettings}
          />
        </Paper>
      ) : null}
      <Paper withBorder p="md" component="section" aria-labelledby="create-heading">
        <Title order={2} size="h3" id="create-heading" mb="sm">
          Add a micro-credential
        </Title>
        <CreateForm />
      </Paper>
    </Stack>
  );
}
