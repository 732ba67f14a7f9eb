import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { WhatIfPlanner } from '../features/what-if/components/what-if-planner';

/** "What is my next step worth?": planned PD evaluated against the renewal and the salary lane. */
export function WhatIfPage() {
  const viewer = useViewer();
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/" size="sm">
          ← My professional development
        </Anchor>
        <Title order={1}>Plan ahead: what would more PD change?</Title>
        <Text c="dimmed">
          Add PD you are thinking about, such as two more micro-credentials or a graduate course, and see your renewal and salary
          lane before and after, under your state's and district's rules.
        </Text>
      </div>
      {viewer.educator ? (
        <WhatIfPlanner educatorId={viewer.educator.id} />
      ) : (
        <EmptyState title="No educator record">
          Your account is not linked to an educator record, so there is nothing to plan against. Ask HR to link it.
        </EmptyState>
      )}
    </Stack>
  );
}
