import { Anchor, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { LaneEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { recordUnitLabel } from '../../renewal/utils/renewal-text';
import { formatCents, formatCentsChange } from '../utils/money';
import { MicroCredentialPay } from '../../compensation/components/micro-credential-pay';

export const LANE_WHY_PATH = '/renewal?why=lane#lane-progress';
const PENDING_REASON = 'submitted records count only once approved';

/** Display-only share for the bar; the text carries the exact figures. */
function lanePercent(earned: string, needed: string): number {
  const need = Number(needed);
  if (!(need > 0)) return 100;
  return Math.min(100, Math.floor((Number(earned) / need) * 100));
}

function Figure({ label, value, to }: { label: string; value: string; to: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Anchor component={Link} to={to} fw={700} fz={18} c="inherit" underline="always">
        {value}
      </Anchor>
    </div>
  );
}

/** The teacher home's "what is my next step worth?": credits toward the next lane and its pay. */
export function LaneAtAGlance({ lane }: { lane: LaneEvaluationFieldsFragment }) {
  const pending = lane.explanation.filter((line) => !line.counted && line.reason === PENDING_REASON);
  const salary = lane.salary;
  if (!lane.nextLane) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="glance-lane-heading">
        <Title order={2} size="h3" id="glance-lane-heading">
          Salary lane
        </Title>
        <Text size="sm" mt="xs">
          You are in the top lane of {lane.scheduleName} ({lane.currentLane}, step {lane.currentStep}).
        </Text>
        {lane.compensation && <MicroCredentialPay compensation={lane.compensation} whyPath={LANE_WHY_PATH} />}
      </Paper>
    );
  }
  const percent = lanePercent(lane.creditsEarned, lane.creditsNeeded);
  const reached = lane.creditsRemaining === '0';
  const progressText = `${formatDecimal(lane.creditsEarned, 2)} of ${formatDecimal(lane.creditsNeeded, 2)} credits toward ${lane.nextLane}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="glance-lane-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="glance-lane-heading">
          Salary lane: {lane.currentLane} → {lane.nextLane}
        </Title>
        <div>
          <Anchor component={Link} to={LANE_WHY_PATH} fw={700} fz={20} c="inherit" underline="always">
            {progressText}
          </Anchor>
          <Progress value={percent} size="lg" mt={6} aria-label={`${progressText} (${percent}%)`} color="blue.8" />
          <Text size="sm" mt={4}>
            {reached
              ? `You have the credits for ${lane.nextLane}${lane.qualifiesOn ? ` since ${formatDate(lane.qualifiesOn)}` : ''}${lane.nextWindow ? `; apply ${formatDate(lane.nextWindow.opens)} – ${formatDate(lane.nextWindow.closes)}, paid from ${formatDate(lane.nextWindow.effective)}` : ''}.`
              : `${percent}%: ${formatDecimal(lane.creditsRemaining, 2)} more credits reach ${lane.nextLane}.`}
            {!lane.attainableByCredits && ` ${lane.nextLane} needs a higher degree; credits alone do not reach it.`}
          </Text>
        </div>
        {salary && (
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <Figure
              label={`${lane.nextLane} salary (step ${lane.currentStep}, ${salary.contractYear})`}
              value={formatCents(salary.nextCents)}
              to={LANE_WHY_PATH}
            />
            <Figure label="Difference a year" value={formatCentsChange(salary.annualDifferenceCents)} to={LANE_WHY_PATH} />
            <Figure
              label="Difference over five years"
              value={formatCentsChange(salary.nextFiveYearsTotalCents)}
              to={LANE_WHY_PATH}
            />
          </SimpleGrid>
        )}
        {lane.byKind.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              What counts
            </Text>
            <List size="sm" spacing={2}>
              {lane.byKind.map((kind) => (
                <List.Item key={kind.ruleId}>
                  {kind.description}: {formatDecimal(kind.credits, 2)} {kind.credits === '1' ? 'credit' : 'credits'}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <div>
          <Text size="sm" fw={600}>
            Pending approval
          </Text>
          {pending.length === 0 ? (
            <Text size="sm">Nothing is waiting for approval.</Text>
          ) : (
            <>
              <Text size="sm">
                {pending.length === 1 ? 'One record counts' : `${pending.length} records count`} once approved:
              </Text>
              <List size="sm" spacing={2}>
                {pending.map((line) => (
                  <List.Item key={line.recordId}>
                    {line.title ?? 'Record'}
                    {line.recordedAmount &&
                      ` (${formatDecimal(line.recordedAmount, 2)} ${recordUnitLabel(line.recordedUnit, line.recordedAmount)})`}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </div>
        {lane.compensation && <MicroCredentialPay compensation={lane.compensation} whyPath={LANE_WHY_PATH} />}
        <Group gap="md">
          <Anchor component={Link} to={LANE_WHY_PATH} size="sm" fw={600}>
            Why? How the {formatDecimal(lane.creditsEarned, 2)} lane credits were counted
          </Anchor>
          <Anchor component={Link} to="/plan" size="sm" fw={600}>
            Plan ahead: what would more PD change?
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
