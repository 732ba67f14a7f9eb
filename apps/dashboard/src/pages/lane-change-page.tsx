import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { formatCents } from '../features/lane/utils/money';
import { DownloadLinks } from '../features/reports/components/download-links';
import { CompensationReportSection } from '../features/compensation/components/compensation-report';
import { SchoolSelect } from '../features/staff/components/school-select';
import { LaneChangeReportDocument, SchoolOptionsDocument } from '../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../utils/format';

/** HR: who moves to the next salary lane at their next effective date, and what it costs the district. */
export function LaneChangePage() {
  const viewer = useViewer();
  const isHr = viewer.role === 'HR_ADMIN';
  const [searchParams, setSearchParams] = useSearchParams();
  const schoolId = searchParams.get('school') || null;
  const asOf = searchParams.get('asOf') ?? '';
  const schools = useQuery(SchoolOptionsDocument, { skip: !isHr }).data?.schools ?? [];
  const { data, previousData, error, loading, refetch } = useQuery(LaneChangeReportDocument, {
    skip: !isHr,
    variables: { filter: { schoolId, asOf: asOf || null } },
  });

  if (!isHr) {
    return (
      <EmptyState title="The lane-change report is for HR">
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </EmptyState>
    );
  }

  const setParam = (key: string, value: string | null) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const report = data?.laneChangeReport ?? previousData?.laneChangeReport;
  const query = new URLSearchParams();
  if (schoolId) query.set('school', schoolId);
  if (asOf) query.set('asOf', asOf);
  const suffix = query.toString() ? `?${query.toString()}` : '';

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/reports" size="sm">
          ← Relicensure report
        </Anchor>
        <Title order={1}>Lane-change report</Title>
        <Text c="dimmed">
          Who qualifies for the next salary lane at their next effective date — with approved work now, or once pending work is
          approved — and the cost for the contract year of that date, from the district's salary schedule
          {report?.scheduleName ? ` (${report.scheduleName})` : ''}.
        </Text>
      </div>

      <Group gap="md" align="flex-end" wrap="wrap">
        <SchoolSelect schools={schools} value={schoolId} allowAll onChange={(id) => setParam('school', id)} />
        <TextInput
          label="As of"
          type="date"
          value={asOf}
          onChange={(event) => setParam('asOf', event.currentTarget.value || null)}
        />
      </Group>

      <Paper withBorder p="sm" radius="md">
        <DownloadLinks
          title="Download this report:"
          links={[
            {
              label: 'CSV',
              href: `/api/reports/lane-change/csv${suffix}`,
              description: 'Download the lane-change report as CSV',
            },
            {
              label: 'Excel',
              href: `/api/reports/lane-change/xlsx${suffix}`,
              description: 'Download the lane-change report as an Excel workbook',
            },
            {
              label: 'PDF',
              href: `/api/reports/lane-change/pdf${suffix}`,
              description: 'Download the lane-change report as PDF, with the cost per school',
            },
          ]}
        />
      </Paper>

      {error && !report ? (
        <ErrorState error={error} title="The lane-change report could not be loaded" onRetry={() => void refetch()} />
      ) : !report ? (
        <PageLoader label="Evaluating salary lanes…" />
      ) : report.scheduleName === null ? (
        <EmptyState title="No salary schedule">
          The district has no salary schedule in force on this date, so no lane change can be evaluated.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="lane-cost-heading">
            <Title order={2} size="h3" id="lane-cost-heading" mb="xs">
              Cost to the district
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" c="dimmed">
                  Qualify now ({formatCount(report.totals.countNow)})
                </Text>
                <Text fw={700} size="xl">
                  {formatCents(report.totals.costNowCents)}
                </Text>
              </Paper>
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" c="dimmed">
                  With pending work ({formatCount(report.totals.countWithPending)})
                </Text>
                <Text fw={700} size="xl">
                  {formatCents(report.totals.costWithPendingCents)}
                </Text>
              </Paper>
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" c="dimmed">
                  Total cost for the next contract year
                </Text>
                <Text fw={700} size="xl">
                  {formatCents(report.totals.totalCostCents)}
                </Text>
              </Paper>
            </SimpleGrid>
          </section>
          <section aria-labelledby="lane-rows-heading">
            <Title order={2} size="h3" id="lane-rows-heading" mb="xs">
              Educators
            </Title>
            {report.rows.length === 0 ? (
              <EmptyState title="Nobody qualifies for a lane change">
                Nobody's approved or pending work reaches the next lane on this date.
              </EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs" aria-busy={loading}>
                  <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                    <span className="visually-hidden">Educators who qualify for the next lane, with their salaries</span>
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {[
                        'Educator',
                        'School',
                        'Current lane',
                        'Next lane',
                        'Current salary',
                        'Next salary',
                        'Difference',
                        'Effective',
                        'Credits',
                        'Qualifies',
                      ].map((header) => (
                        <Table.Th key={header} scope="col">
                          {header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.rows.map((row) => (
                      <Table.Tr key={row.educatorId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/educators/${row.educatorId}`} size="sm" fw={600}>
                            {row.lastName}, {row.firstName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{row.school}</Table.Td>
                        <Table.Td>
                          {row.currentLane}, step {row.currentStep}
                        </Table.Td>
                        <Table.Td>
                          {row.nextLane}, step {row.nextStep}
                        </Table.Td>
                        <Table.Td ta="right">{formatCents(row.currentSalaryCents)}</Table.Td>
                        <Table.Td ta="right">{formatCents(row.nextSalaryCents)}</Table.Td>
                        <Table.Td ta="right">{formatCents(row.differenceCents)}</Table.Td>
                        <Table.Td>{formatDate(row.effectiveDate)}</Table.Td>
                        <Table.Td>
                          {formatDecimal(row.creditsEarned, 2)} of {formatDecimal(row.creditsNeeded, 2)}
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            variant="outline"
                            color={row.qualifies === 'NOW' ? 'green.9' : 'orange.9'}
                            style={{ textTransform: 'none' }}
                          >
                            {row.qualifies === 'NOW' ? 'Now' : 'With pending work'}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
          {report.compensation && <CompensationReportSection report={report.compensation} query={suffix} />}
        </>
      )}
    </Stack>
  );
}
