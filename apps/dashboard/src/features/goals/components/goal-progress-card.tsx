import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { GoalCardFieldsFragment } from '../../../gql/graphql';
import { toChartNumber } from '../../../utils/decimal';
import { formatCount, formatDate, todayIsoDate } from '../../../utils/format';
import { deadlineText, formatGoalValue, goalMeasureText, goalProgressSentence, goalTrendSentence } from '../utils/goal-text';
import { GoalTrendChart } from './goal-trend-chart';

export interface GoalProgressCardProps {
  goal: GoalCardFieldsFragment;
  /** Link the title to the goal's page (/goals/:id), where the people not counted yet are listed. Default true. */
  linkToDetail?: boolean;
  /** Heading level of the card's title (default 3), so the card fits the page's outline. */
  headingOrder?: 2 | 3 | 4;
  /** A heading instead of the goal's title (the goal's own page already shows the title). */
  heading?: string;
  /** Today, for the days left (tests pass a fixed date). */
  today?: string;
}

/**
 * One goal at a glance: where it stands against its target, whether it is met, the deadline, and
 * its trend as a line with the target marked. Every number is also in words (the summary) and in
 * a table (the "Show trend as table" toggle; always present for screen readers). For the Goals
 * page and the principal's and HR's homes.
 */
export function GoalProgressCard({
  goal,
  linkToDetail = true,
  headingOrder = 3,
  heading,
  today = todayIsoDate(),
}: GoalProgressCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const viewId = useId();
  const { progress } = goal;
  const ratio =
    toChartNumber(progress.target) > 0
      ? Math.min(100, (toChartNumber(progress.current) / toChartNumber(progress.target)) * 100)
      : 0;
  const table = (
    <Table.ScrollContainer minWidth={260}>
      <Table striped fz="sm">
        <Table.Caption>Progress of “{goal.title}” over time</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">As of</Table.Th>
            <Table.Th scope="col" ta="right">
              Progress
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Staff counted
            </Table.Th>
            <Table.Th scope="col">Target</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.trend.map((point) => (
            <Table.Tr key={point.date}>
              <Table.Th scope="row" fw={400}>
                {formatDate(point.date)}
              </Table.Th>
              <Table.Td ta="right">{formatGoalValue(point.value, progress.unit, 'short')}</Table.Td>
              <Table.Td ta="right">
                {formatCount(point.counted)} of {formatCount(point.total)}
              </Table.Td>
              <Table.Td>{point.met ? 'Met' : 'Not met'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId} data-testid="goal-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Title order={headingOrder} size="h4" id={titleId}>
              {linkToDetail ? (
                <Anchor component={Link} to={`/goals/${goal.id}`} inherit>
                  {goal.title}
                </Anchor>
              ) : (
                (heading ?? goal.title)
              )}
            </Title>
            <Text size="sm" c="dimmed">
              {goalMeasureText(goal)} · {goal.school ? goal.school.name : 'District-wide'}
              {progress.partial ? ` (your schools’ staff)` : ''}
            </Text>
          </div>
          <Badge
            color={progress.met ? 'green.9' : 'gray.7'}
            variant={progress.met ? 'filled' : 'light'}
            style={{ flexShrink: 0 }}
          >
            {goal.archivedAt ? 'Archived' : progress.met ? '✓ Target met' : 'In progress'}
          </Badge>
        </Group>
        <Group gap="xs" align="baseline">
          <Text fz={28} fw={700} lh={1}>
            {formatGoalValue(progress.current, progress.unit, 'short')}
          </Text>
          <Text size="sm">of a {formatGoalValue(progress.target, progress.unit, 'short')} target</Text>
        </Group>
        <Progress
          value={ratio}
          color={progress.met ? 'green.8' : 'blue.8'}
          size="md"
          aria-label={`${Math.floor(ratio)}% of the way to the target`}
        />
        <Text size="sm">{goalProgressSentence(goal)}</Text>
        <Text size="sm" c="dimmed">
          {deadlineText(goal.deadline, today)} · started {formatDate(goal.startsOn)}
        </Text>
        <Group justify="space-between" align="center" gap="xs">
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>
            {goalTrendSentence(goal)}
          </Text>
          {progress.trend.length > 0 && (
            <Button
              variant="default"
              size="compact-xs"
              onClick={() => setAsTable((value) => !value)}
              aria-controls={viewId}
              aria-pressed={asTable}
            >
              {asTable ? 'Show trend as chart' : 'Show trend as table'}
            </Button>
          )}
        </Group>
        {progress.trend.length > 0 && (
          <div id={viewId}>
            {asTable ? (
              table
            ) : (
              <>
                <div aria-hidden="true" data-testid="goal-trend-chart">
                  <GoalTrendChart trend={progress.trend} target={progress.target} unit={progress.unit} />
                </div>
                <div className="visually-hidden">{table}</div>
              </>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
