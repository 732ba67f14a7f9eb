import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { LaneChangeReportQuery } from '../../../gql/graphql';
import { formatCents } from '../../lane/utils/money';

type CompensationReport = NonNullable<LaneChangeReportQuery['laneChangeReport']['compensation']>;

function Total({ label, cents }: { label: string; cents: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={20}>
        {formatCents(cents)}
      </Text>
    </Paper>
  );
}

/** HR: stipends and increases for micro-credentials in the budget year, each educator's figure as on her own lane card. */
export function CompensationReportSection({ report, query }: { report: CompensationReport; query: string }) {
  const year = `${report.budgetYear}–${String((report.budgetYear + 1) % 100).padStart(2, '0')}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby="compensation-report-heading">
      <Title order={2} size="h3" id="compensation-report-heading">
        Micro-credential pay, budget year {year}
      </Title>
      <Text size="sm" c="dimmed">
        Stipends for micro-credentials completed in the budget year and permanent increases in force, as full-year amounts, under
        the schedule's compensation rules (
        <Anchor component={Link} to="/salary-schedule">
          rules and sources
        </Anchor>
        ).
      </Text>
      <Text size="sm">
        Download:{' '}
        <Anchor href={`/api/reports/compensation/csv${query}`} aria-label="Download micro-credential pay as CSV">
          CSV
        </Anchor>
        {' · '}
        <Anchor href={`/api/reports/compensation/xlsx${query}`} aria-label="Download micro-credential pay as an Excel workbook">
          Excel
        </Anchor>
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Total label="Stipends" cents={report.stipendsCents} />
        <Total label="Increases" cents={report.increasesCents} />
        <Total label="Micro-credential pay" cents={report.totalCents} />
        <Total label="Budget year total (with lane changes)" cents={report.budgetYearTotalCents} />
      </SimpleGrid>
      {report.rows.length === 0 ? (
        <Text size="sm">No one is paid for micro-credentials this budget year yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder>
            <Table.Caption>
              {report.rows.length} educators; the rows add up to {formatCents(report.totalCents)}.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Educator</Table.Th>
                <Table.Th scope="col">School</Table.Th>
                <Table.Th scope="col">Lane, step</Table.Th>
                <Table.Th scope="col">Micro-credentials</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Stipends
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Increases
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Total
                </Table.Th>
                <Table.Th scope="col">Next pay change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((row) => (
                <Table.Tr key={row.educatorId}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/educators/${row.educatorId}`}>
                      {row.lastName}, {row.firstName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{row.school}</Table.Td>
                  <Table.Td>
                    {row.lane}, {row.step}
                  </Table.Td>
                  <Table.Td>{row.credentials}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatCents(row.stipendsCents)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatCents(row.increasesCents)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatCents(row.totalCents)}</Table.Td>
                  <Table.Td>{row.nextPayChange ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
