import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { GoalForm } from '../features/goals/components/goal-form';
import { GoalProgressCards } from '../features/goals/components/goal-progress-cards';
import { useGoalsParams } from '../features/goals/hooks/use-goals-params';
import { SchoolSelect } from '../features/staff/components/school-select';
import { SchoolOptionsDocument } from '../gql/graphql';

/** Principals' and HR's goals with live progress and trends; create a goal here. Filters are in the URL. */
export function GoalsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params, update] = useGoalsParams();
  const allowed = viewer.role === 'PRINCIPAL' || viewer.role === 'HR_ADMIN';
  const isHr = viewer.role === 'HR_ADMIN';
  const schools = useQuery(SchoolOptionsDocument, { skip: !allowed }).data?.schools ?? viewer.schools;

  if (!allowed) {
    return (
      <EmptyState title="Goals are set by principals and HR">
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Goals</Title>
          <Text c="dimmed" size="sm">
            {isHr
              ? 'Every goal in the district. Progress is computed from the records as of today.'
              : 'Your schools’ goals and the district’s. District-wide goals show your schools’ staff. Progress is computed from the records as of today.'}
          </Text>
        </div>
        {!params.creating && <Button onClick={() => update({ creating: true })}>New goal</Button>}
      </Group>
      {params.creating && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h3" mb="sm">
            New goal
          </Title>
          <GoalForm
            allowDistrictWide={isHr}
            onSaved={(goal) => void navigate(`/goals/${goal.id}`)}
            onCancel={() => update({ creating: false })}
          />
        </Paper>
      )}
      <Group align="flex-end" wrap="wrap">
        <SchoolSelect
          schools={schools}
          value={params.schoolId || null}
          onChange={(schoolId) => update({ schoolId: schoolId ?? '' })}
          allowAll
        />
        <Checkbox
          label="Show archived goals"
          checked={params.archived}
          onChange={(event) => update({ archived: event.currentTarget.checked })}
        />
      </Group>
      <section aria-label="Goal progress">
        <GoalProgressCards
          schoolId={params.schoolId || null}
          includeArchived={params.archived}
          headingOrder={2}
          empty={
            <EmptyState title="No goals here yet">
              Set one with “New goal”: a measure, a target, a start and a deadline.
            </EmptyState>
          }
        />
      </section>
    </Stack>
  );
}
