import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { RenewalEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { daysLeftText, missingSentence, renewalStatusColors, renewalStatusLabels } from '../utils/renewal-text';
import { ProgressRing } from './progress-ring';

const ringColors: Record<RenewalEvaluationFieldsFragment['status'], string> = {
  COMPLETE: 'var(--mantine-color-green-8)',
  ON_TRACK: 'var(--mantine-color-blue-8)',
  AT_RISK: 'var(--mantine-color-orange-8)',
  BEHIND: 'var(--mantine-color-red-8)',
  LAPSED: 'var(--mantine-color-red-8)',
};

/** Display-only share for the ring; every number in words comes exact from the API. */
export function renewalPercent(earned: string, required: string): number {
  const need = Number(required);
  if (!(need > 0)) return 100;
  return Math.min(100, Math.floor((Number(earned) / need) * 100));
}

/** The explanation of a renewal number: the "Why?" drill-down, opened. */
export function renewalWhyPath(licenseId: string): string {
  return `/renewal?why=${encodeURIComponent(licenseId)}#renewal-${licenseId}`;
}

/** The teacher home's answer to "am I on track?" for one license cycle. */
export function RenewalAtAGlance({ renewal }: { renewal: RenewalEvaluationFieldsFragment }) {
  const unit = renewal.unitName;
  const percent = renewalPercent(renewal.earned, renewal.required);
  const why = renewalWhyPath(renewal.licenseId);
  const headingId = `glance-renewal-${renewal.licenseId}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={headingId}>
            Renewal: {renewal.licenseTypeName} ({renewal.stateCode})
          </Title>
          <Badge size="lg" variant="outline" color={renewalStatusColors[renewal.status]} tt="none">
            {renewalStatusLabels[renewal.status]}
          </Badge>
        </Group>
        <Group gap="md" wrap="nowrap" align="center">
          <ProgressRing percent={percent} label={`${percent}%`} color={ringColors[renewal.status]} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} fz={20}>
              <Anchor component={Link} to={why} inherit c="inherit" underline="always">
                {formatDecimal(renewal.earned, 2)} of {formatDecimal(renewal.required, 2)} {unit}
              </Anchor>
            </Text>
            <Text size="sm">
              {percent}% of this cycle's requirement; {formatDecimal(renewal.remaining, 2)} {unit} still needed.
            </Text>
            <Text size="sm">
              <strong>Deadline:</strong> {formatDate(renewal.deadline)} ({daysLeftText(renewal.daysLeft)})
            </Text>
          </Stack>
        </Group>
        <Text size="sm" data-testid="renewal-missing">
          {missingSentence(renewal)}
        </Text>
        {renewal.categories.length > 0 && (
          <List size="sm" spacing={2} listStyleType="none" pl={0} aria-label="Required categories">
            {renewal.categories.map((category) => (
              <List.Item key={category.id}>
                <span aria-hidden="true">{category.met ? '✓ ' : '○ '}</span>
                {category.label}: {formatDecimal(category.earned, 2)} of {formatDecimal(category.required, 2)} {unit} —{' '}
                {category.met ? 'met' : 'not met yet'}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          Cycle {formatDate(renewal.cycleStart)} – {formatDate(renewal.cycleEnd)}, license {renewal.licenseNumber}.
        </Text>
        <Anchor component={Link} to={why} size="sm" fw={600}>
          Why? How the {formatDecimal(renewal.earned, 2)} {unit} were counted
        </Anchor>
      </Stack>
    </Paper>
  );
}
