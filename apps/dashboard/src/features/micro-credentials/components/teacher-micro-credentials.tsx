import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import {
  MicroCredentialsDocument,
  MyMicroCredentialSubmissionsDocument,
  StartMicroCredentialDocument,
  type McSubmissionFieldsFragment,
  type McSubmissionStatus,
} from '../../../gql/graphql';
import { formatAmount } from '../../../utils/format';
import { describeError } from '../../../utils/graphql-errors';
import { PortfolioEditor } from './portfolio-editor';

export const submissionStatusLabels: Record<McSubmissionStatus, string> = {
  IN_PROGRESS: 'Building the portfolio',
  SUBMITTED: 'With the assessors',
  PASSED: 'Earned',
  RETURNED: 'Returned with feedback',
  NOT_PASSED: 'Not passed',
};

function StartForm({ microCredentialId, name }: { microCredentialId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [goal, setGoal] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartMicroCredentialDocument, {
    refetchQueries: ['MyMicroCredentialSubmissions'],
    awaitRefetchQueries: true,
  });
  if (!open)
    return (
      <Button variant="light" onClick={() => setOpen(true)} aria-label={`Start ${name}`}>
        Start
      </Button>
    );
  return (
    <Stack gap="xs">
      <Textarea
        label="Your growth goal (optional, shown to your principal)"
        autosize
        minRows={2}
        value={goal}
        onChange={(event) => setGoal(event.currentTarget.value)}
      />
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group>
        <Button
          loading={loading}
          onClick={() =>
            start({ variables: { microCredentialId, growthGoal: goal.trim() === '' ? null : goal.trim() } })
              .then(() => setOpen(false))
              .catch((caught: unknown) => setError(describeError(caught)))
          }
        >
          Start {name}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function SubmissionCard({ submission, districtId }: { submission: McSubmissionFieldsFragment; districtId: string }) {
  const mc = submission.microCredential;
  const levelName = new Map(mc.rubric.levels.map((l) => [l.id, l.name]));
  const criterionName = new Map(mc.rubric.criteria.map((c) => [c.id, c.name]));
  const editable = submission.status === 'IN_PROGRESS' || submission.status === 'RETURNED';
  const lastAttempt = submission.feedback.filter((f) => f.attempt === Math.max(...submission.feedback.map((x) => x.attempt)));
  return (
    <Card withBorder component="section" aria-label={mc.name}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {mc.name}
          </Title>
          <Badge
            variant="light"
            color={submission.status === 'PASSED' ? 'green' : submission.status === 'NOT_PASSED' ? 'red' : 'blue'}
          >
            {submissionStatusLabels[submission.status]}
          </Badge>
        </Group>
        {submission.growthGoal ? <Text size="sm">Growth goal: {submission.growthGoal}</Text> : null}
        <Text size="sm">
          What to submit: {mc.submissionGuidance} Credit: {formatAmount(mc.creditAmount, mc.creditUnit)}.
        </Text>
        {lastAttempt.length > 0 && submission.status !== 'PASSED' ? (
          <div>
            <Title order={4} size="h5">
              Assessors’ feedback (attempt {lastAttempt[0]!.attempt})
            </Title>
            <List size="sm">
              {lastAttempt.flatMap((assessment, index) =>
                assessment.scores.map((s) => (
                  <List.Item key={`${index}-${s.criterionId}`}>
                    {criterionName.get(s.criterionId)}: {levelName.get(s.levelId)}. {s.feedback}
                  </List.Item>
                )),
              )}
            </List>
            {submission.status === 'RETURNED' ? <Text size="sm">Resubmissions left: {submission.resubmissionsLeft}.</Text> : null}
          </div>
        ) : null}
        {editable ? <PortfolioEditor submission={submission} /> : null}
        {submission.status === 'PASSED' && submission.credentialId ? (
          <Group>
            <Anchor href={`/api/credentials/${submission.credentialId}.json`}>
              Download the credential (Open Badges 3.0 JSON)
            </Anchor>
            <Anchor href={`/api/credentials/${submission.credentialId}.png`}>
              Download the badge image (PNG, credential baked in)
            </Anchor>
            <Anchor href={`/verify/${districtId}/${submission.credentialId}`}>Public verification page</Anchor>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Teachers: find a micro-credential by competency, build the portfolio, follow the assessment. */
export function TeacherMicroCredentials({ districtId }: { districtId: string }) {
  const [search, setSearch] = useState('');
  const catalog = useQuery(MicroCredentialsDocument, { variables: { search: search.trim() === '' ? null : search.trim() } });
  const mine = useQuery(MyMicroCredentialSubmissionsDocument, { fetchPolicy: 'cache-and-network' });
  const submissions = mine.data?.microCredentialSubmissions ?? [];
  const busy = new Set(submissions.filter((s) => s.status !== 'NOT_PASSED').map((s) => s.microCredential.id));
  return (
    <Stack gap="lg">
      <section aria-labelledby="mine-heading">
        <Title order={2} size="h3" id="mine-heading" mb="sm">
          My micro-credentials
        </Title>
        {mine.error ? <Alert color="red">{describeError(mine.error)}</Alert> : null}
        {mine.data && submissions.length === 0 ? <Text>You have not started one yet.</Text> : null}
        <Stack gap="md">
          {submissions.map((submission) => (
            <SubmissionCard key={submission.id} submission={submission} districtId={districtId} />
          ))}
        </Stack>
      </section>
      <section aria-labelledby="find-heading">
        <Title order={2} size="h3" id="find-heading" mb="sm">
          Find a micro-credential
        </Title>
        <TextInput
          label="Search by competency or name"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          mb="sm"
        />
        <Stack gap="sm">
          {(catalog.data?.microCredentials ?? []).map((mc) => (
            <Card key={mc.id} withBorder>
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {mc.name}
                </Title>
                <Text size="sm">
                  {mc.competency} · {formatAmount(mc.creditAmount, mc.creditUnit)}
                </Text>
                <Text size="sm" c="dimmed">
                  Research basis: {mc.researchBasis}
                </Text>
                {busy.has(mc.id) ? null : <StartForm microCredentialId={mc.id} name={mc.name} />}
              </Stack>
            </Card>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
