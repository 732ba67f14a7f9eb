import { Badge, Box, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WhatIfLaneFieldsFragment, WhatIfRenewalFieldsFragment } from '../../../gql/graphql';
import { sumDecimalStrings } from '../../../utils/decimal';
import { formatDate, formatDecimal } from '../../../utils/format';
import { formatCents, formatCentsChange } from '../../lane/utils/money';
import { renewalStatusLabels } from '../../renewal/utils/renewal-text';

/** after − before, exactly, with a sign ("+30", "-1.5", "no change"). */
export function decimalChange(before: string, after: string): string {
  const negated = before.startsWith('-') ? before.slice(1) : `-${before}`;
  const diff = sumDecimalStrings([after, negated]);
  if (/^-?0*(\.0*)?$/.test(diff)) return 'no change';
  return diff.startsWith('-') ? `−${formatDecimal(diff.slice(1), 2)}` : `+${formatDecimal(diff, 2)}`;
}

/** Display-only share for the bar; the text beside it carries the exact numbers. */
function share(value: string, of: string): number {
  const total = Number(of);
  if (!(total > 0)) return 100;
  return Math.min(100, (Number(value) / total) * 100);
}

/** The bar now, and what the plan adds on top of it (striped), both capped at the goal. */
function BeforeAfterBar({ before, after, of, label }: { before: string; after: string; of: string; label: string }) {
  const now = share(before, of);
  const added = Math.max(0, share(after, of) - now);
  return (
    <Progress.Root size="xl" aria-hidden="true" title={label}>
      <Progress.Section value={now} color="blue.8" />
      <Progress.Section value={added} color="green.8" striped />
    </Progress.Root>
  );
}

interface Row {
  label: string;
  before: ReactNode;
  after: ReactNode;
  change: ReactNode;
}

/**
 * Before and after side by side: a table from the small breakpoint up; on a phone, one line per
 * measure ("now → with the plan (change)"), which reads better than four squeezed columns.
 */
function ComparisonTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <>
      <Box visibleFrom="sm">
        <Table withTableBorder verticalSpacing="xs" horizontalSpacing="xs" captionSide="top" fz="sm">
          <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measure</Table.Th>
              <Table.Th scope="col">Now</Table.Th>
              <Table.Th scope="col">With the plan</Table.Th>
              <Table.Th scope="col">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                <Table.Td>{row.before}</Table.Td>
                <Table.Td fw={700}>{row.after}</Table.Td>
                <Table.Td>{row.change}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Box hiddenFrom="sm" component="dl" m={0}>
        {rows.map((row) => (
          <Box key={row.label} py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Text component="dt" size="sm" fw={600}>
              {row.label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              Now {row.before} → with the plan <strong>{row.after}</strong> ({row.change})
            </Text>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** Why a planned line did not count ("the schedule has no conversion…"), so the plan can be fixed. */
function PlannedNotCounted({
  lines,
  what,
}: {
  lines: ReadonlyArray<{ title?: string | null; reason?: string | null; counted: boolean; hypothetical: boolean }>;
  what: string;
}) {
  const missed = lines.filter((line) => line.hypothetical && !line.counted);
  if (missed.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        Planned activities that would not count toward {what}:
      </Text>
      <List size="sm" spacing={2}>
        {missed.map((line, index) => (
          <List.Item key={index}>
            {line.title ?? 'Planned activity'}: {line.reason ?? 'not counted'}.
          </List.Item>
        ))}
      </List>
    </div>
  );
}

export function RenewalComparison({
  before,
  after,
}: {
  before: WhatIfRenewalFieldsFragment;
  after: WhatIfRenewalFieldsFragment;
}) {
  const unit = before.unitName;
  const rows: Row[] = [
    {
      label: `Earned (${unit})`,
      before: `${formatDecimal(before.earned, 2)} of ${formatDecimal(before.required, 2)}`,
      after: `${formatDecimal(after.earned, 2)} of ${formatDecimal(after.required, 2)}`,
      change: decimalChange(before.earned, after.earned),
    },
    {
      label: `Still needed (${unit})`,
      before: formatDecimal(before.remaining, 2),
      after: formatDecimal(after.remaining, 2),
      change: decimalChange(before.remaining, after.remaining),
    },
    {
      label: 'Status',
      before: renewalStatusLabels[before.status],
      after: renewalStatusLabels[after.status],
      change:
        before.status === after.status
          ? 'no change'
          : `${renewalStatusLabels[before.status]} → ${renewalStatusLabels[after.status]}`,
    },
    ...after.categories.map((category): Row => {
      const was = before.categories.find((c) => c.id === category.id);
      const wasText = was ? `${formatDecimal(was.earned, 2)} of ${formatDecimal(was.required, 2)}${was.met ? ', met' : ''}` : '—';
      return {
        label: category.label,
        before: wasText,
        after: `${formatDecimal(category.earned, 2)} of ${formatDecimal(category.required, 2)}${category.met ? ', met' : ', not met'}`,
        change: was ? decimalChange(was.earned, category.earned) : '—',
      };
    }),
  ];
  const summary = `${before.licenseTypeName} (${before.stateCode}) renewal: ${formatDecimal(before.earned, 2)} now, ${formatDecimal(after.earned, 2)} of ${formatDecimal(after.required, 2)} ${unit} with the plan (${decimalChange(before.earned, after.earned)}); status ${renewalStatusLabels[after.status].toLowerCase()}; deadline ${formatDate(after.deadline)}.`;
  return (
    <Paper
      withBorder
      p={{ base: 'xs', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby={`whatif-renewal-${before.licenseId}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={`whatif-renewal-${before.licenseId}`}>
          Renewal: {before.licenseTypeName} ({before.stateCode})
        </Title>
        <Text size="sm" role="status" data-testid="renewal-whatif-summary">
          {summary}
        </Text>
        <BeforeAfterBar before={before.earned} after={after.earned} of={before.required} label={summary} />
        <Text size="xs" c="dimmed">
          Solid: earned now. Striped: added by the plan.
        </Text>
        <ComparisonTable caption="Renewal now and with the plan" rows={rows} />
        <PlannedNotCounted lines={after.explanation} what="renewal" />
      </Stack>
    </Paper>
  );
}

function centsChange(before: string, after: string): string {
  const diff = BigInt(after) - BigInt(before);
  return diff === 0n ? 'no change' : formatCentsChange(diff.toString());
}

function salaryRows(before: WhatIfLaneFieldsFragment, after: WhatIfLaneFieldsFragment): Row[] {
  const rows: Row[] = [];
  const reached = (lane: WhatIfLaneFieldsFragment) =>
    lane.nextLane !== null && lane.nextLane !== undefined && lane.creditsRemaining === '0';
  rows.push({
    label: `Credits for ${after.nextLane}`,
    before: reached(before) ? 'reached' : 'not yet',
    after: reached(after) ? 'reached' : 'not yet',
    change: reached(before) === reached(after) ? 'no change' : reached(after) ? 'reached with the plan' : 'no change',
  });
  rows.push({
    label: 'Effective date',
    before: before.nextWindow ? formatDate(before.nextWindow.effective) : '—',
    after: after.nextWindow ? formatDate(after.nextWindow.effective) : '—',
    change:
      before.nextWindow?.effective === after.nextWindow?.effective
        ? 'no change'
        : after.nextWindow
          ? `from ${formatDate(after.nextWindow.effective)}`
          : '—',
  });
  if (before.salary && after.salary) {
    // Before the credits are reached the API still prices the next lane; what the plan changes is
    // whether (and from when) it is paid.
    const paid = (lane: WhatIfLaneFieldsFragment, cents: string) => (reached(lane) ? cents : '0');
    const b5 = paid(before, before.salary.nextFiveYearsTotalCents);
    const a5 = paid(after, after.salary.nextFiveYearsTotalCents);
    const bYear = paid(before, before.salary.thisContractYearCents);
    const aYear = paid(after, after.salary.thisContractYearCents);
    rows.push({
      label: `Extra pay this contract year (${after.salary.contractYear})`,
      before: formatCentsChange(bYear),
      after: formatCentsChange(aYear),
      change: centsChange(bYear, aYear),
    });
    rows.push({
      label: 'Extra pay over five years',
      before: formatCentsChange(b5),
      after: formatCentsChange(a5),
      change: centsChange(b5, a5),
    });
  }
  return rows;
}

export function LaneComparison({ before, after }: { before: WhatIfLaneFieldsFragment; after: WhatIfLaneFieldsFragment }) {
  if (!before.nextLane || !after.nextLane) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-label="Salary lane with the plan">
        <Title order={3} size="h4">
          Salary lane
        </Title>
        <Text size="sm">You are in the top lane ({before.currentLane}); planned PD does not move you further.</Text>
      </Paper>
    );
  }
  const rows: Row[] = [
    {
      label: `Lane credits toward ${after.nextLane}`,
      before: `${formatDecimal(before.creditsEarned, 2)} of ${formatDecimal(before.creditsNeeded, 2)}`,
      after: `${formatDecimal(after.creditsEarned, 2)} of ${formatDecimal(after.creditsNeeded, 2)}`,
      change: decimalChange(before.creditsEarned, after.creditsEarned),
    },
    {
      label: 'Credits still needed',
      before: formatDecimal(before.creditsRemaining, 2),
      after: formatDecimal(after.creditsRemaining, 2),
      change: decimalChange(before.creditsRemaining, after.creditsRemaining),
    },
    ...salaryRows(before, after),
  ];
  const reachedNow = after.creditsRemaining === '0';
  const summary = reachedNow
    ? `With the plan you have the credits for ${after.nextLane}${after.nextWindow ? `, paid from ${formatDate(after.nextWindow.effective)}` : ''}${after.salary ? `: ${formatCents(after.salary.nextCents)} a year instead of ${formatCents(after.salary.currentCents)}, ${formatCentsChange(after.salary.nextFiveYearsTotalCents)} over five years` : ''}.`
    : `With the plan: ${formatDecimal(after.creditsEarned, 2)} of ${formatDecimal(after.creditsNeeded, 2)} credits toward ${after.nextLane} (${decimalChange(before.creditsEarned, after.creditsEarned)}); ${formatDecimal(after.creditsRemaining, 2)} still needed.${
        after.salary
          ? ` Reaching ${after.nextLane} is worth ${formatCentsChange(after.salary.annualDifferenceCents)} a year, ${formatCentsChange(after.salary.nextFiveYearsTotalCents)} over five years.`
          : ''
      }`;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md" component="section" aria-labelledby="whatif-lane-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="whatif-lane-heading">
          Salary lane: {before.currentLane} → {after.nextLane}
        </Title>
        <Text size="sm" role="status" data-testid="lane-whatif-summary">
          {summary}
        </Text>
        {reachedNow && (
          <Badge color="green.9" variant="filled" tt="none" size="lg">
            Next lane reached with the plan
          </Badge>
        )}
        <BeforeAfterBar before={before.creditsEarned} after={after.creditsEarned} of={before.creditsNeeded} label={summary} />
        <Text size="xs" c="dimmed">
          Solid: credits now. Striped: added by the plan.
        </Text>
        <ComparisonTable caption="Salary lane now and with the plan" rows={rows} />
        {!after.attainableByCredits && (
          <Text size="sm">{after.nextLane} needs a higher degree; credits alone do not reach it.</Text>
        )}
        <PlannedNotCounted lines={after.explanation} what="the salary lane" />
      </Stack>
    </Paper>
  );
}
