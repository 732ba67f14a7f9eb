import { Anchor, Box, Group, NativeSelect, Pagination, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { RelicensureReportQuery } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../../../utils/format';
import { daysLeftText } from '../../renewal/utils/renewal-text';
import { REPORT_PAGE_SIZES, type RelicensureParams, type RelicensureSortParam } from '../hooks/use-relicensure-params';
import { ReportStatusBadge } from './report-status-badge';

export type RelicensureRow = RelicensureReportQuery['relicensureReport']['rows'][number];

interface Column {
  sort: RelicensureSortParam | null;
  header: string;
  numeric?: boolean;
  /** The first click on a column sorts descending (largest remaining, latest PD first). */
  descFirst?: boolean;
}

const COLUMNS: readonly Column[] = [
  { sort: 'name', header: 'Educator' },
  { sort: 'school', header: 'School' },
  { sort: null, header: 'License' },
  { sort: 'deadline', header: 'Deadline' },
  { sort: null, header: 'Required', numeric: true },
  { sort: null, header: 'Earned', numeric: true },
  { sort: 'remaining', header: 'Remaining', numeric: true, descFirst: true },
  { sort: null, header: 'Categories' },
  { sort: 'status', header: 'Status' },
  { sort: 'last', header: 'Last PD', descFirst: true },
];

interface RelicensureTableProps {
  rows: RelicensureRow[];
  totalCount: number;
  params: RelicensureParams;
  onChange: (changes: Partial<RelicensureParams>) => void;
  busy?: boolean;
}

/** One row per educator and license; sorting and paging happen in the API, the state is in the URL. */
export function RelicensureTable({ rows, totalCount, params, onChange, busy = false }: RelicensureTableProps) {
  const pageCount = Math.max(1, Math.ceil(totalCount / params.pageSize));
  const first = totalCount === 0 ? 0 : (params.page - 1) * params.pageSize + 1;
  const last = Math.min(totalCount, params.page * params.pageSize);

  function toggle(column: Column) {
    if (!column.sort) return;
    if (params.sort === column.sort) onChange({ direction: params.direction === 'ASC' ? 'DESC' : 'ASC' });
    else onChange({ sort: column.sort, direction: column.descFirst ? 'DESC' : 'ASC' });
  }

  return (
    <div>
      {/* Phones: one card per license with its status first; wider screens: the sortable table. */}
      <Box hiddenFrom="sm">
        <NativeSelect
          label="Sort by"
          size="xs"
          mb="xs"
          data={COLUMNS.filter((column) => column.sort !== null).flatMap((column) => [
            { value: `${column.sort}:ASC`, label: `${column.header}, ascending` },
            { value: `${column.sort}:DESC`, label: `${column.header}, descending` },
          ])}
          value={`${params.sort}:${params.direction}`}
          onChange={(event) => {
            const [sort, direction] = event.currentTarget.value.split(':') as [RelicensureSortParam, 'ASC' | 'DESC'];
            onChange({ sort, direction });
          }}
        />
        <Stack gap="xs" component="ul" aria-label="Relicensure report" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <Paper key={`${row.educatorId}-${row.licenseId}`} withBorder p="sm" radius="md" component="li">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Anchor component={Link} to={`/educators/${row.educatorId}`} fw={600} size="sm">
                  {row.lastName}, {row.firstName}
                </Anchor>
                <ReportStatusBadge status={row.status} />
              </Group>
              <Text size="xs">
                {row.licenseStateCode} {row.licenseType} · {row.schools.length > 0 ? row.schools.join('; ') : 'No school'}
              </Text>
              <Text size="xs">
                {formatDecimal(row.earned, 2)} of {formatDecimal(row.required, 2)} {row.unitName},{' '}
                {formatDecimal(row.remaining, 2)} to go · deadline {formatDate(row.deadline)} ({daysLeftText(row.daysLeft)})
              </Text>
              {row.categories.map((category) => (
                <Text size="xs" key={category.id}>
                  {category.label}: {formatDecimal(category.earned, 2)} of {formatDecimal(category.required, 2)}
                  {category.met ? ' (met)' : ' (not met)'}
                </Text>
              ))}
              <Text size="xs" c="dimmed">
                Last PD {row.lastPdOn ? formatDate(row.lastPdOn) : 'none'}
              </Text>
            </Paper>
          ))}
        </Stack>
      </Box>
      <Table.ScrollContainer minWidth={980} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <span className="visually-hidden">
              Relicensure report. Column headers with arrows are buttons that sort the table.
            </span>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => {
                const sorted = column.sort !== null && params.sort === column.sort ? params.direction : null;
                return (
                  <Table.Th
                    key={column.header}
                    scope="col"
                    ta={column.numeric ? 'right' : 'left'}
                    aria-sort={
                      sorted === 'ASC' ? 'ascending' : sorted === 'DESC' ? 'descending' : column.sort ? 'none' : undefined
                    }
                  >
                    {column.sort ? (
                      <UnstyledButton
                        onClick={() => toggle(column)}
                        fw={700}
                        fz="sm"
                        style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                      >
                        {column.header}
                        <span aria-hidden="true">{sorted === 'ASC' ? '▲' : sorted === 'DESC' ? '▼' : '↕'}</span>
                      </UnstyledButton>
                    ) : (
                      <Text fw={700} fz="sm" component="span">
                        {column.header}
                      </Text>
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.educatorId}-${row.licenseId}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/educators/${row.educatorId}`} fw={600} size="sm">
                    {row.lastName}, {row.firstName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.stateEducatorId ? `State ID ${row.stateEducatorId}` : 'No state ID'}
                  </Text>
                </Table.Td>
                <Table.Td>{row.schools.length > 0 ? row.schools.join('; ') : 'No school'}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {row.licenseStateCode} {row.licenseType}
                  </Text>
                  <Text size="xs" c="dimmed">
                    No. {row.licenseNumber}, cycle {formatDate(row.cycleStart)} – {formatDate(row.cycleEnd)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(row.deadline)}</Text>
                  <Text size="xs" c="dimmed">
                    {daysLeftText(row.daysLeft)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatDecimal(row.required, 2)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(row.earned, 2)}</Table.Td>
                <Table.Td ta="right">
                  {formatDecimal(row.remaining, 2)}
                  <Text size="xs" c="dimmed">
                    {row.unitName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {row.categories.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      None required
                    </Text>
                  ) : (
                    row.categories.map((category) => (
                      <Text size="xs" key={category.id}>
                        {category.label}: {formatDecimal(category.earned, 2)} of {formatDecimal(category.required, 2)}
                        {category.met ? ' (met)' : ' (not met)'}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ReportStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.lastPdOn ? formatDate(row.lastPdOn) : 'None'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="sm" wrap="wrap" gap="sm">
        <Text size="sm" aria-live="polite">
          {totalCount === 0
            ? 'No licenses'
            : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(totalCount)} licenses`}
        </Text>
        <Group gap="sm" wrap="wrap">
          <NativeSelect
            label="Rows per page"
            size="xs"
            data={REPORT_PAGE_SIZES.map((size) => String(size))}
            value={String(params.pageSize)}
            onChange={(event) => onChange({ pageSize: Number(event.currentTarget.value) })}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
          />
          <nav aria-label="Relicensure report pages">
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
}
