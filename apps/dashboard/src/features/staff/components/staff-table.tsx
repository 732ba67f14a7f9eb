import { memo, useMemo } from 'react';
import { Anchor, Box, Group, NativeSelect, Pagination, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { Link } from 'react-router';
import type { StaffQuery } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../../../utils/format';
import { StatusBadge } from '../../dashboards/components/status-badge';
import { daysLeftText } from '../../dashboards/utils/renewal-status';
import { PAGE_SIZES, type StaffSortParam, type StaffViewParams } from '../hooks/use-staff-view-params';

export type StaffRow = StaffQuery['staff']['rows'][number];

const columnHelper = createColumnHelper<StaffRow>();

/** The renewal cell: status in words, the figures and the deadline. */
function RenewalSummary({ renewal }: { renewal: StaffRow['renewal'] }) {
  if (!renewal) return <StatusBadge status={null} />;
  return (
    <div>
      <StatusBadge status={renewal.status} />
      <Text size="xs">
        {formatDecimal(renewal.earned)} of {formatDecimal(renewal.required)} {renewal.unitName}
      </Text>
      <Text size="xs" c="dimmed">
        Deadline {formatDate(renewal.deadline)} ({daysLeftText(renewal.daysLeft)})
      </Text>
    </div>
  );
}

/** "Mar 5, 2026", or "None in 2026–27" when the period has none. */
function latestPdText(lastPdOn: string | null, period: string): string {
  return lastPdOn ? formatDate(lastPdOn) : `None in ${period}`;
}

const SORT_LABELS: Record<StaffSortParam, string> = {
  name: 'Name',
  hours: 'PD hour equivalents',
  records: 'Records',
  last: 'Latest PD',
};

// Column ids are the URL's sort names, so the table's sorting state maps 1:1 onto the URL. The PD
// columns count the school year shown, and their headers say so (the renewal is as of today).
const columnsFor = (period: string) => [
  columnHelper.accessor((row) => row.educator.fullName, {
    id: 'name' satisfies StaffSortParam,
    header: 'Name',
    cell: (info) => (
      <div>
        <Anchor component={Link} to={`/educators/${info.row.original.educator.id}`} fw={600} size="sm">
          {info.getValue()}
        </Anchor>
        <Text size="xs" c="dimmed">
          {info.row.original.educator.email}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor('renewal', {
    id: 'renewal',
    header: 'Renewal (as of today)',
    enableSorting: false,
    cell: (info) => <RenewalSummary renewal={info.getValue()} />,
  }),
  columnHelper.accessor('hourEquivalents', {
    id: 'hours' satisfies StaffSortParam,
    header: `PD hour equivalents, ${period}`,
    sortDescFirst: true,
    cell: (info) => formatDecimal(info.getValue()),
    meta: { numeric: true },
  }),
  columnHelper.accessor('recordCount', {
    id: 'records' satisfies StaffSortParam,
    header: `Records, ${period}`,
    sortDescFirst: true,
    cell: (info) => formatCount(info.getValue()),
    meta: { numeric: true },
  }),
  columnHelper.accessor('lastPdOn', {
    id: 'last' satisfies StaffSortParam,
    header: `Latest PD, ${period}`,
    sortDescFirst: true,
    cell: (info) => latestPdText(info.getValue(), period),
  }),
];

interface StaffTableProps {
  rows: StaffRow[];
  totalCount: number;
  params: StaffViewParams;
  onChange: (changes: Partial<StaffViewParams>) => void;
  /** e.g. "Lincoln Elementary staff, 2025–26 school year". */
  caption: string;
  /** The school year the PD columns count, e.g. "2025–26": their headers say it. */
  period: string;
  busy?: boolean;
}

/**
 * Staff with their PD totals. Sorting and paging happen on the server (the API's `staff` query):
 * the table only reflects and changes the state kept in the URL.
 */
export const StaffTable = memo(function StaffTable({
  rows,
  totalCount,
  params,
  onChange,
  caption,
  period,
  busy = false,
}: StaffTableProps) {
  const columns = useMemo(() => columnsFor(period), [period]);
  const sorting: SortingState = [{ id: params.sort, desc: params.direction === 'DESC' }];
  const pageCount = Math.max(1, Math.ceil(totalCount / params.pageSize));

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: totalCount,
    getRowId: (row) => row.educator.id,
    state: { sorting, pagination: { pageIndex: params.page - 1, pageSize: params.pageSize } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) onChange({ sort: next.id as StaffSortParam, direction: next.desc ? 'DESC' : 'ASC' });
    },
  });

  const first = totalCount === 0 ? 0 : (params.page - 1) * params.pageSize + 1;
  const last = Math.min(totalCount, params.page * params.pageSize);

  return (
    <div>
      {/* Phones: one card per person, every column in words; wider screens: the sortable table. */}
      <Box hiddenFrom="sm">
        <NativeSelect
          label="Sort by"
          size="xs"
          mb="xs"
          data={(Object.keys(SORT_LABELS) as StaffSortParam[]).flatMap((sort) => [
            { value: `${sort}:ASC`, label: `${SORT_LABELS[sort]}, ${sort === 'name' ? 'A to Z' : 'lowest first'}` },
            { value: `${sort}:DESC`, label: `${SORT_LABELS[sort]}, ${sort === 'name' ? 'Z to A' : 'highest first'}` },
          ])}
          value={`${params.sort}:${params.direction}`}
          onChange={(event) => {
            const [sort, direction] = event.currentTarget.value.split(':') as [StaffSortParam, 'ASC' | 'DESC'];
            onChange({ sort, direction });
          }}
        />
        <Stack gap="xs" component="ul" aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <Paper key={row.educator.id} withBorder p="sm" radius="md" component="li">
              <Anchor component={Link} to={`/educators/${row.educator.id}`} fw={600} size="sm">
                {row.educator.fullName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {row.educator.email}
              </Text>
              <Box mt={4}>
                <RenewalSummary renewal={row.renewal} />
              </Box>
              <Text size="xs" mt={4}>
                PD in {period}: {formatDecimal(row.hourEquivalents)} hour equivalents · {formatCount(row.recordCount)}{' '}
                {row.recordCount === 1 ? 'record' : 'records'} · latest {latestPdText(row.lastPdOn, period)}
              </Text>
            </Paper>
          ))}
        </Stack>
      </Box>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <span className="visually-hidden">{caption}. Column headers with buttons sort the table.</span>
          </Table.Caption>
          <Table.Thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <Table.Tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  if (!header.column.getCanSort()) {
                    return (
                      <Table.Th key={header.id} scope="col" ta={numeric ? 'right' : 'left'}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </Table.Th>
                    );
                  }
                  return (
                    <Table.Th
                      key={header.id}
                      scope="col"
                      ta={numeric ? 'right' : 'left'}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <UnstyledButton
                        onClick={header.column.getToggleSortingHandler()}
                        fw={700}
                        fz="sm"
                        style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <Table.Td key={cell.id} ta={numeric ? 'right' : 'left'}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Group justify="space-between" mt="sm" wrap="wrap" gap="sm">
        <Text size="sm" aria-live="polite">
          {totalCount === 0
            ? 'No staff'
            : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(totalCount)} staff`}
        </Text>
        <Group gap="sm" wrap="wrap">
          <NativeSelect
            label="Rows per page"
            size="xs"
            data={PAGE_SIZES.map((size) => String(size))}
            value={String(params.pageSize)}
            onChange={(event) => onChange({ pageSize: Number(event.currentTarget.value) })}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
          />
          <nav aria-label="Staff table pages">
            <Pagination
              total={pageCount}
              value={Math.min(params.page, pageCount)}
              onChange={(page) => onChange({ page })}
              size="sm"
              siblings={1}
              getItemProps={(page) => ({
                'aria-label': `Page ${page}`,
                'aria-current': page === params.page ? 'page' : undefined,
              })}
              getControlProps={(control) => ({
                'aria-label': { first: 'First page', last: 'Last page', next: 'Next page', previous: 'Previous page' }[control],
              })}
            />
          </nav>
        </Group>
      </Group>
    </div>
  );
});
