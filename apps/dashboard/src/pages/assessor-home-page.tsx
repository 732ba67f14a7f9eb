import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, List, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MyAssessmentsDocument, ScoreAssessmentDocument, type MyAssessmentsQuery } from '../gql/graphql';
import { PortfolioView } from '../features/micro-credentials/components/portfolio-view';
import { describeError } from '../utils/graphql-errors';

type Assignment = MyAssessmentsQuery['myAssessments'][number];

function ScoreForm({ assignment }: { assignment: Assignment }) {
  const { rubric } = assignment.microCredential;
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [score, { loading }] = useMutation(ScoreAssessmentDocument, {
    refetchQueries: ['MyAssessments'],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const missing = rubric.criteria.find((c) => !levels[c.id] || (feedback[c.id] ?? '').trim() === '');
    if (missing) {
      setError(`Choose a level and write feedback for “${missing.name}”.`);
      return;
    }
    try {
      await score({
        variables: {
          assessmentId: assignment.id,
          scores: rubric.criteria.map((c) => ({ criterionId: c.id, levelId: levels[c.id]!, feedback: feedback[c.id]!.trim() })),
        },
      });
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Score ${assignment.microCredential.name}`}>
      <Stack gap="sm">
        {rubric.criteria.map((criterion) => (
          <Stack key={criterion.id} gap={4}>
            <NativeSelect
              label={`Level for “${criterion.name}”`}
              value={levels[criterion.id] ?? ''}
              onChange={(event) => setLevels({ ...levels, [criterion.id]: event.currentTarget.value })}
              data={[
                { value: '', label: 'Choose a level' },
                ...rubric.levels.map((level) => ({ value: level.id, label: `${level.name} (${level.points})` })),
              ]}
            />
            <Textarea
              label={`Feedback on “${criterion.name}”`}
              autosize
              minRows={2}
              value={feedback[criterion.id] ?? ''}
              onChange={(event) => setFeedback({ ...feedback, [criterion.id]: event.currentTarget.value })}
            />
          </Stack>
        ))}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          Submit scores
        </Button>
      </Stack>
    </form>
  );
}

/** Assessors: only the portfolios assigned to them, scored against the micro-credential's rubric. */
export function AssessorHomePage() {
  const { data, loading, error } = useQuery(MyAssessmentsDocument, { fetchPolicy: 'cache-and-network' });
  const assignments = data?.myAssessments ?? [];
  const open = assignments.filter((a) => a.scoredAt === null);
  const done = assignments.filter((a) => a.scoredAt !== null);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Portfolios to score</Title>
        <Text c="dimmed">
          Score every criterion against the rubric and tell the teacher why. A portfolio passes when two assessors agree.
        </Text>
      </div>
      {error ? (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      ) : null}
      {loading && !data ? <Text>Loading…</Text> : null}
      {data && open.length === 0 ? <Text>Nothing is waiting for you.</Text> : null}
      {open.map((assignment) => {
        const mc = assignment.microCredential;
        const passing = mc.rubric.levels.find((l) => l.id === mc.rubric.passingLevelId);
        return (
          <Card key={assignment.id} withBorder component="section" aria-label={mc.name}>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {mc.name}
              </Title>
              <Text size="sm">
                {assignment.teacherName
                  ? `${assignment.teacherName}${assignment.schoolName ? `, ${assignment.schoolName}` : ''}`
                  : 'Blind review: the teacher is not named.'}{' '}
                Attempt {assignment.attempt}.
              </Text>
              <Text size="sm">
                <strong>Competency:</strong> {mc.competency}. <strong>What to submit:</strong> {mc.submissionGuidance}
              </Text>
              <Text size="sm">
                <strong>Passing:</strong> every criterion at “{passing?.name}” or higher
                {mc.rubric.minimumTotalPoints !== null && mc.rubric.minimumTotalPoints !== undefined
                  ? `, and at least ${mc.rubric.minimumTotalPoints} points in total`
                  : ''}
                .
              </Text>
              <PortfolioView criteria={mc.rubric.criteria} portfolio={assignment.portfolio} />
              <ScoreForm assignment={assignment} />
            </Stack>
          </Card>
        );
      })}
      {done.length > 0 ? (
        <section aria-labelledby="scored-heading">
          <Title order={2} size="h3" id="scored-heading" mb="sm">
            Scored
          </Title>
          <List>
            {done.map((a) => (
              <List.Item key={a.id}>
                {a.microCredential.name}, attempt {a.attempt}:{' '}
                <Badge color={a.passed ? 'green' : 'orange'} variant="light">
                  {a.passed ? 'Meets the rubric' : 'Not yet'}
                </Badge>
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      <Text size="xs" c="dimmed">
        Evidence files open as downloads.
      </Text>
    </Stack>
  );
}
