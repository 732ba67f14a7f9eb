import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Skeleton } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useFirstScreenFetch } from '../../../app/first-screen-queries';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { GoalsDocument } from '../../../gql/graphql';
import { GoalProgressCard } from './goal-progress-card';

export interface GoalProgressCardsProps {
  /** One school's goals; omitted: every goal the viewer sees (principals: their schools' and the district-wide ones). */
  schoolId?: string | null;
  includeArchived?: boolean;
  /** What to show when there are no goals (e.g. a link to create one). */
  empty?: ReactNode;
  /** At most this many cards (homes show a few); default all. */
  limit?: number;
  headingOrder?: 2 | 3 | 4;
}

/** Loads and lays out goal cards: the block the principal's and HR's homes place. */
export const GoalProgressCards = memo(function GoalProgressCards({
  schoolId = null,
  includeArchived = false,
  empty,
  limit,
  headingOrder,
}: GoalProgressCardsProps) {
  const variables = { schoolId, includeArchived };
  const { data, error, loading, refetch } = useQuery(GoalsDocument, {
    variables,
    ...useFirstScreenFetch(GoalsDocument, variables),
  });
  if (error && !data) return <ErrorState error={error} title="Goals could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={260} radius="md" aria-label="Loading goals" />;
  const goals = (data?.goals ?? []).slice(0, limit);
  if (goals.length === 0) return <>{empty ?? <EmptyState title="No goals yet" />}</>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {goals.map((goal) => (
        <GoalProgressCard key={goal.id} goal={goal} headingOrder={headingOrder} />
      ))}
    </SimpleGrid>
  );
});
