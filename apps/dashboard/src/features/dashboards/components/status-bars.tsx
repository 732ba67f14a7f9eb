import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RenewalStatus } from '../../../gql/graphql';
import { formatCount } from '../../../utils/format';
import {
  STATUS_LABELS,
  STATUS_MEANINGS,
  STATUS_ORDER,
  STATUS_STYLE,
  statusCount,
  type StatusCounts,
  type StatusKey,
} from '../utils/renewal-status';
import { StatusSwatch } from './status-swatch';

export interface StatusBarRow {
  id: string;
  label: string;
  counts: StatusCounts;
  /** Where the row's name leads (a school's view). */
  href?: string;
  /** Where a status segment leads (that school's staff with that status). */
  segmentHref?: (status: RenewalStatus) => string;
}

interface StatusBarsProps {
  title: string;
  summary: ReactNode;
  rows: StatusBarRow[];
  /** Column header for the row names in the table view ("School"). */
  rowHeader: string;
  caption: string;
}

function Segment({ row, status }: { row: StatusBarRow; status: StatusKey }) {
  const count = statusCount(row.counts, status);
  if (count === 0 || row.counts.total === 0) return null;
  const style = STATUS_STYLE[status];
  const share = (count / row.counts.total) * 100;
  const label = `${row.label}: ${formatCount(count)} ${STATUS_LABELS[status].toLowerCase()}`;
  const content = share >= 7 ? formatCount(count) : '';
  const css = {
    flex: `${count} 0 0`,
    minWidth: 6,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: style.text,
    fontWeight: 700,
    fontSize: 12,
    background: style.pattern === 'none' ? style.color : `${style.pattern}, ${style.color}`,
    textDecoration: 'none',
  } as const;
  const href = status !== 'NO_LICENSE' ? row.segmentHref?.(status) : undefined;
  return href ? (
    <Link to={href} aria-label={`${label}: show them`} title={label} style={css} className="status-segment">
      {content}
    </Link>
  ) : (
    <span title={label} style={css} aria-hidden="true">
      {content}
    </span>
  );
}

function Legend({ present }: { present: StatusKey[] }) {
  return (
    <Group gap="md" wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Legend">
      {present.map((status) => (
        <Group key={status} gap={6} wrap="nowrap" component="li">
          <StatusSwatch status={status} />
          <Text size="sm">
            <Text span fw={600}>
              {STATUS_LABELS[status]}
            </Text>{' '}
            <Text span c="dimmed" size="xs">
              ({STATUS_STYLE[status].patternName}): {STATUS_MEANINGS[status]}
            </Text>
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Stacked bars of renewal statuses, drawn in HTML: each segment carries its count as text and a
 * pattern besides its colour, and segments and row names are real links (keyboard reachable,
 * named for screen readers). "Show as table" gives the same numbers as a table. Memoized: a page
 * that keeps its `rows` array while another part of it changes does not draw the bars again.
 */
export const StatusBars = memo(function StatusBars({ title, summary, rows, rowHeader, caption }: StatusBarsProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const viewId = useId();
  const present = STATUS_ORDER.filter((status) => rows.some((row) => statusCount(row.counts, status) > 0));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {summary}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          onClick={() => setAsTable((value) => !value)}
          aria-controls={viewId}
          aria-pressed={asTable}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </Group>
      <div id={viewId}>
        {asTable ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Caption>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{rowHeader}</Table.Th>
                  {STATUS_ORDER.map((status) => (
                    <Table.Th key={status} scope="col" ta="right">
                      {STATUS_LABELS[status]}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    Staff
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Th scope="row" fw={400}>
                      {row.href ? (
                        <Anchor component={Link} to={row.href} size="sm">
                          {row.label}
                        </Anchor>
                      ) : (
                        row.label
                      )}
                    </Table.Th>
                    {STATUS_ORDER.map((status) => (
                      <Table.Td key={status} ta="right">
                        {formatCount(statusCount(row.counts, status))}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{formatCount(row.counts.total)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack gap="sm">
            <Legend present={present} />
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {rows.map((row) => (
                <li key={row.id}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
                    {row.href ? (
                      <Anchor component={Link} to={row.href} size="sm" fw={600}>
                        {row.label}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {row.label}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {formatCount(row.counts.total)} staff
                    </Text>
                  </Group>
                  {row.counts.total === 0 ? (
                    <Text size="sm" c="dimmed">
                      No current staff.
                    </Text>
                  ) : (
                    <div
                      style={{ display: 'flex', height: 28, borderRadius: 4, overflow: 'hidden', gap: 2, background: '#f1f3f5' }}
                      role="group"
                      aria-label={`${row.label}: ${STATUS_ORDER.filter((s) => statusCount(row.counts, s) > 0)
                        .map((s) => `${formatCount(statusCount(row.counts, s))} ${STATUS_LABELS[s].toLowerCase()}`)
                        .join(', ')}`}
                    >
                      {STATUS_ORDER.map((status) => (
                        <Segment key={status} row={row} status={status} />
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </Stack>
          </Stack>
        )}
      </div>
    </Paper>
  );
});
