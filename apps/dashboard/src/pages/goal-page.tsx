import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { GoalForm } from '../features/goals/components/goal-form';
import { GoalProgressCard } from '../features/goals/components/goal-progress-card';
import { NotCountedTable } from '../features/goals/components/not-counted-table';
import { measureDescriptions } from '../features/goals/utils/goal-text';
import { ArchiveGoalDocument, GoalDetailDocument } from '../gql/graphql';
import { apiErrorCode, describeError } from '../utils/graphql-errors';

const PAGE_SIZE = 25;

/** One goal: its card, what it counts, the staff not counted yet (each linking to them), edit and archive. */
export function GoalPage() {
  const { goalId = '' } = useParams();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1);
  const editing = searchParams.get('edit') === '1';
  const [confirmArchive, setConfirmArchive] = useState(false);
  const { data, previousData, error, loading, refetch } = useQuery(GoalDetailDocument, {
    variables: { id: goalId, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const [archiveGoal, archiving] = useMutation(ArchiveGoalDocument, {
    refetchQueries: ['Goals', 'GoalDetail'],
    awaitRefetchQueries: true,
  });
  const shown = data ?? previousData;

  function setParam(key: string, value: string | null) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }

  if (loading && !shown) return <PageLoader label="Loading the goal…" />;
  if (error && !shown) {
    const code = apiErrorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') {
      return (
        <Stack gap="md">
          <Title order={1}>Goal not found</Title>
          <EmptyState title="There is no goal at this address that you can see.">
            <Anchor component={Link} to="/goals">
              See your goals
            </Anchor>
          </EmptyState>
        </Stack>
      );
    }
    return <ErrorState error={error} title="This goal could not be loaded" onRetry={() => void refetch()} />;
  }
  if (!shown) return null;
  const goal = shown.goal;

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/goals" size="sm">
          ← All goals
        </Anchor>
        <Title order={1} mt={4}>
          {goal.title}
        </Title>
        <Text size="sm" c="dimmed">
          {measureDescriptions[goal.measure]} {goal.progress.partial ? 'You see the staff of your schools only.' : ''}
        </Text>
      </div>
      {goal.canEdit && !goal.archivedAt && (
        <Group gap="xs">
          {!editing && (
            <Button variant="default" onClick={() => setParam('edit', '1')}>
              Edit goal
            </Button>
          )}
          {!confirmArchive ? (
            <Button variant="default" color="red" onClick={() => setConfirmArchive(true)}>
              Archive goal
            </Button>
          ) : (
            <Alert color="orange" variant="light" role="alertdialog" title="Archive this goal?" aria-live="polite">
              <Text size="sm">It leaves the goal lists (it stays in the audit log and under “Show archived goals”).</Text>
              <Group mt="xs" gap="xs">
                <Button
                  size="xs"
                  color="red.9"
                  loading={archiving.loading}
                  onClick={() =>
                    void archiveGoal({ variables: { id: goal.id } }).then(
                      () => setConfirmArchive(false),
                      () => undefined,
                    )
                  }
                >
                  Archive
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirmArchive(false)}>
                  Keep it
                </Button>
              </Group>
              {archiving.error && (
                <Text size="sm" c="red.9" mt="xs" role="alert">
                  {describeError(archiving.error)}
                </Text>
              )}
            </Alert>
          )}
        </Group>
      )}
      {editing && goal.canEdit && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h3" mb="sm">
            Edit goal
          </Title>
          <GoalForm
            goal={goal}
            allowDistrictWide={viewer.role === 'HR_ADMIN'}
            onSaved={() => setParam('edit', null)}
            onCancel={() => setParam('edit', null)}
          />
        </Paper>
      )}
      <GoalProgressCard goal={goal} linkToDetail={false} headingOrder={2} heading="Progress" />
      <section aria-labelledby="not-counted-heading">
        <Title order={2} size="h3" id="not-counted-heading" mb="xs">
          Not counted yet
        </Title>
        {loading && !data ? (
          <Skeleton height={200} />
        ) : (
          <NotCountedTable
            page={goal.progress.notCounted}
            pageSize={PAGE_SIZE}
            onPageChange={(next) => setParam('page', next > 1 ? String(next) : null)}
          />
        )}
      </section>
    </Stack>
  );
}
