import { Anchor, Badge, Box, Group, NativeSelect, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { AttentionReason, SchoolDashboardQuery } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal, schoolYearLabel } from '../../../utils/format';
import { ATTENTION_PAGE_SIZE } from '../hooks/use-attention-params';
import { daysLeftText, REASON_LABELS, REASON_ORDER } from '../utils/renewal-status';
import { StatusBadge } from './status-badge';

/** One page of the list, as the SchoolDashboard query asks for it. */
export type AttentionPage = SchoolDashboardQuery['schoolDashboard']['attention'];
export type AttentionRow = AttentionPage['rows'][number];

interface NeedsAttentionListProps {
  /** The page the API gave: its rows, where they start, and the counts of the whole list. */
  attention: AttentionPage;
  schoolYear: number;
  /** Only people with this reason (from the URL), or all. */
  reason: AttentionReason | null;
  /** Another page or filter is on its way: the rows shown are the previous ones. */
  busy?: boolean;
  onChange: (changes: { reason?: AttentionReason | null; page?: number }) => void;
}

function RenewalCell({ row }: { row: AttentionRow }) {
  const renewal = row.renewal;
  if (!renewal) {
    return (
      <Text size="sm" c="dimmed">
        No license on file
      </Text>
    );
  }
  return (
    <div>
      <StatusBadge status={renewal.status} />
      <Text size="xs">
        {formatDecimal(renewal.earned)} of {formatDecimal(renewal.required)} {renewal.unitName}
        {renewal.remaining !== '0' ? `, ${formatDecimal(renewal.remaining)} to go` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        Deadline {formatDate(renewal.deadline)} ({daysLeftText(renewal.daysLeft)})
      </Text>
    </div>
  );
}

/**
 * Staff who need a principal's attention, most urgent first, each a link to the person. The
 * reason filter and the page live in the URL; the API pages and filters the list.
 */
export const NeedsAttentionList = memo(function NeedsAttentionList({
  attention,
  schoolYear,
  reason,
  busy = false,
  onChange,
}: NeedsAttentionListProps) {
  const headingId = useId();
  const { total, matching, offset, rows: shown } = attention;
  const pageCount = Math.max(1, Math.ceil(matching / ATTENTION_PAGE_SIZE));
  // The API's offset: an old link's page past the end comes back as the last page.
  const current = Math.floor(offset / ATTENTION_PAGE_SIZE) + 1;
  const countByReason = new Map(attention.byReason.map((c) => [c.reason, c.count]));
  const reasonLabel = (r: AttentionReason) =>
    r === 'NO_PD_THIS_YEAR' ? `No PD in ${schoolYearLabel(schoolYear)}` : REASON_LABELS[r];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} aria-busy={busy}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            Needs attention
          </Title>
          <Text size="sm" c="dimmed">
            {total === 0
              ? 'Nobody right now.'
              : `${formatCount(total)} ${total === 1 ? 'person' : 'people'}: renewal lapsed, behind or at risk, a deadline within 90 days not yet complete, or no approved PD in ${schoolYearLabel(schoolYear)}.`}
          </Text>
        </div>
        {total > 0 && (
          <NativeSelect
            label="Show"
            size="sm"
            value={reason ?? ''}
            onChange={(event) => onChange({ reason: (event.currentTarget.value || null) as AttentionReason | null, page: 1 })}
            data={[
              { value: '', label: `Everyone (${formatCount(total)})` },
              ...REASON_ORDER.map((r) => ({ value: r, label: `${reasonLabel(r)} (${formatCount(countByReason.get(r) ?? 0)})` })),
            ]}
            w={{ base: '100%', xs: 320 }}
          />
        )}
      </Group>

      {total === 0 ? (
        <Text size="sm">
          Every current staff member has a renewal on pace and approved PD this school year. People appear here as soon as that
          changes.
        </Text>
      ) : matching === 0 ? (
        <Text size="sm">
          Nobody for this reason.{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => onChange({ reason: null, page: 1 })}>
            Show everyone who needs attention
          </Anchor>
        </Text>
      ) : (
        <Stack gap="sm" style={{ opacity: busy ? 0.6 : 1 }}>
          {/* Phones: one card per person; wider screens: the table. */}
          <Box
            hiddenFrom="sm"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Staff who need attention, most urgent first"
          >
            {shown.map((row) => (
              <Box component="li" key={row.educator.id} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Anchor component={Link} to={`/educators/${row.educator.id}`} fw={600} size="sm">
                  {row.educator.fullName}
                </Anchor>
                <Group gap={4} wrap="wrap" my={4}>
                  {row.reasons.map((r) => (
                    <Badge key={r} variant="outline" color="dark" radius="sm" tt="none" fw={600}>
                      {reasonLabel(r)}
                    </Badge>
                  ))}
                </Group>
                <RenewalCell row={row} />
                <Text size="xs" c="dimmed">
                  Latest PD (any school year): {formatDate(row.lastPdOn)}
                </Text>
              </Box>
            ))}
          </Box>
          <Table.ScrollContainer minWidth={620} visibleFrom="sm">
            <Table striped verticalSpacing="xs">
              <Table.Caption className="visually-hidden">Staff who need attention, most urgent first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Why</Table.Th>
                  <Table.Th scope="col">Renewal</Table.Th>
                  <Table.Th scope="col">Latest PD (any school year)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.educator.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/educators/${row.educator.id}`} fw={600} size="sm">
                        {row.educator.fullName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {row.educator.email}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {row.reasons.map((r) => (
                          <Badge key={r} variant="outline" color="dark" radius="sm" tt="none" fw={600}>
                            {reasonLabel(r)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <RenewalCell row={row} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(row.lastPdOn)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" aria-live="polite">
              Showing {formatCount(offset + 1)}–{formatCount(offset + shown.length)} of {formatCount(matching)}
            </Text>
            {pageCount > 1 && (
              <nav aria-label="Needs attention pages">
                <Pagination
                  total={pageCount}
                  value={current}
                  onChange={(next) => onChange({ page: next })}
                  size="sm"
                  siblings={1}
                  getItemProps={(p) => ({
                    'aria-label': `Needs attention, page ${p}`,
                    'aria-current': p === current ? 'page' : undefined,
                  })}
                  getControlProps={(control) => ({
                    'aria-label': `Needs attention, ${{ first: 'first', last: 'last', next: 'next', previous: 'previous' }[control]} page`,
                  })}
                />
              </nav>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
});
