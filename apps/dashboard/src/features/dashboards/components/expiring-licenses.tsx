import { Anchor, Box, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { DistrictDashboardQuery } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../../../utils/format';
import { EXPIRING_MAX, EXPIRING_STEP, EXPIRING_WINDOWS, type ExpiringWindow } from '../hooks/use-expiring-params';
import { daysLeftText } from '../utils/renewal-status';
import { StatusBadge } from './status-badge';

type Expiring = DistrictDashboardQuery['districtDashboard']['expiring'];

interface ExpiringLicensesProps {
  /** The API's answer: the counts, and the soonest licenses up to the limit it was asked with. */
  expiring: Expiring;
  window: ExpiringWindow;
  onWindowChange: (window: ExpiringWindow) => void;
  /** How many of the soonest licenses were asked for (the query's `expiringLimit`). */
  shown: number;
  /** Ask for EXPIRING_STEP more: called with the next limit. */
  onShowMore: (shown: number) => void;
  /** More licenses are on their way: the rows shown are the previous answer's. */
  busy?: boolean;
}

function countFor(expiring: Expiring, window: ExpiringWindow): number {
  return window === 90 ? expiring.within90 : window === 180 ? expiring.within180 : expiring.within365;
}

/**
 * Licenses whose renewal deadline falls within the next 90, 180 or 365 days and that are not yet
 * complete: the counts, and the soonest of them by name, EXPIRING_STEP at first and EXPIRING_STEP
 * more with each "Show more" (up to EXPIRING_MAX; the rest are in Reports). The window and the
 * number shown are in the URL (?within=180&expiring=50).
 */
export const ExpiringLicenses = memo(function ExpiringLicenses({
  expiring,
  window,
  onWindowChange,
  shown,
  onShowMore,
  busy = false,
}: ExpiringLicensesProps) {
  const headingId = useId();
  const total = countFor(expiring, window);
  // The API lists the soonest first across 365 days, so the window's rows are the first ones.
  const rows = expiring.licenses.filter((license) => license.renewal.daysLeft <= window);
  const more = shown < EXPIRING_MAX ? Math.min(EXPIRING_STEP, total - rows.length) : 0;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} aria-busy={busy}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            Licenses expiring, short of hours
          </Title>
          <Text size="sm" c="dimmed">
            {formatCount(expiring.within90)} within 90 days, {formatCount(expiring.within180)} within 180 days and{' '}
            {formatCount(expiring.within365)} within 365 days have a renewal deadline coming and are not yet complete.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Deadline within"
          value={String(window)}
          onChange={(value) => onWindowChange(Number(value) as ExpiringWindow)}
          data={EXPIRING_WINDOWS.map((days) => ({
            value: String(days),
            label: `${days} days (${formatCount(countFor(expiring, days))})`,
          }))}
          fullWidth
          style={{ maxWidth: 520 }}
        />
        {total === 0 ? (
          <Text size="sm">Nobody’s license deadline in the next {window} days is short of hours. Nothing to chase here.</Text>
        ) : (
          <>
            <Stack gap="sm" style={{ opacity: busy ? 0.6 : 1 }}>
              {/* Phones: one card per license, status and what is left in words; wider screens: the table. */}
              <Box
                hiddenFrom="sm"
                component="ul"
                aria-label={`Licenses with a deadline within ${window} days, not complete, soonest first`}
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {rows.map((row) => (
                  <Box
                    component="li"
                    key={row.educator.id}
                    py="sm"
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                      <Anchor component={Link} to={`/educators/${row.educator.id}`} size="sm" fw={600}>
                        {row.educator.fullName}
                      </Anchor>
                      <StatusBadge status={row.renewal.status} />
                    </Group>
                    <Text size="xs">
                      {row.renewal.licenseTypeName} · {row.schoolNames.join(', ') || 'No school'}
                    </Text>
                    <Text size="xs">
                      Deadline {formatDate(row.renewal.deadline)} ({daysLeftText(row.renewal.daysLeft)}) ·{' '}
                      {formatDecimal(row.renewal.remaining)} {row.renewal.unitName} still to earn
                    </Text>
                  </Box>
                ))}
              </Box>
              <Table.ScrollContainer minWidth={600} visibleFrom="sm">
                <Table striped verticalSpacing="xs">
                  <Table.Caption className="visually-hidden">
                    Licenses with a deadline within {window} days, not complete, soonest first
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Educator</Table.Th>
                      <Table.Th scope="col">School</Table.Th>
                      <Table.Th scope="col">Deadline</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col" ta="right">
                        Still to earn
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.educator.id}>
                        <Table.Th scope="row" fw={400}>
                          <Anchor component={Link} to={`/educators/${row.educator.id}`} size="sm" fw={600}>
                            {row.educator.fullName}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {row.renewal.licenseTypeName}
                          </Text>
                        </Table.Th>
                        <Table.Td>
                          <Text size="sm">{row.schoolNames.join(', ') || '—'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDate(row.renewal.deadline)}</Text>
                          <Text size="xs" c="dimmed">
                            {daysLeftText(row.renewal.daysLeft)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={row.renewal.status} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm">
                            {formatDecimal(row.renewal.remaining)} {row.renewal.unitName}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm" wrap="wrap">
                <Text size="sm" aria-live="polite">
                  {rows.length < total
                    ? `Showing the ${formatCount(rows.length)} soonest of ${formatCount(total)}.`
                    : `Showing all ${formatCount(total)}.`}
                </Text>
                {more > 0 && (
                  <Button variant="default" size="xs" loading={busy} onClick={() => onShowMore(shown + EXPIRING_STEP)}>
                    Show {formatCount(more)} more
                  </Button>
                )}
              </Group>
              <Anchor component={Link} to="/reports" size="sm">
                Full list and exports in Reports
              </Anchor>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
});
