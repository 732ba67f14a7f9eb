import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { DistrictDashboardQuery } from '../../../gql/graphql';
import { formatCount } from '../../../utils/format';

type Queue = DistrictDashboardQuery['districtDashboard']['actionQueue'];

function QueueItem({
  count,
  label,
  to,
  action,
  done,
}: {
  count: number;
  label: string;
  to: string;
  action: string;
  done: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" style={count > 0 ? { borderLeft: '4px solid #a84b00' } : undefined}>
      <Text fw={700} fz={28} lh={1.2}>
        {formatCount(count)}
      </Text>
      <Text size="sm">{label}</Text>
      <Text size="sm" mt={4}>
        {count > 0 ? (
          <Anchor component={Link} to={to} fw={600}>
            {action} →
          </Anchor>
        ) : (
          <Text span c="dimmed" size="sm">
            {done}
          </Text>
        )}
      </Text>
    </Paper>
  );
}

/** What needs HR today, each count one click from where to act on it. */
export const ActionQueue = memo(function ActionQueue({ queue }: { queue: Queue }) {
  const headingId = useId();
  const total = queue.submissionsWaiting + queue.preApprovalsPending + queue.importRunsWithProblems;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb={4}>
        Needs your action today
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {total === 0 ? 'Nothing is waiting for you.' : `${formatCount(total)} item${total === 1 ? '' : 's'} waiting.`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <QueueItem
          count={queue.submissionsWaiting}
          label="PD submissions waiting for review"
          to="/review"
          action="Review submissions"
          done="No submissions waiting."
        />
        <QueueItem
          count={queue.preApprovalsPending}
          label="Pre-approval requests to decide"
          to="/review?tab=pre-approvals"
          action="Decide requests"
          done="No requests waiting."
        />
        <QueueItem
          count={queue.importRunsWithProblems}
          label="Import runs with problems (last 30 days)"
          to="/imports"
          action="See the imports"
          done="No failed imports."
        />
      </SimpleGrid>
    </section>
  );
});
