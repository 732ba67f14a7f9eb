import { useQuery } from '@apollo/client/react';
import { Skeleton, Table } from '@mantine/core';
import { lazy } from 'react';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { ErrorState } from '../../../components/ui/error-state';
import { PdHoursByMonthDocument, type PdHoursByMonthQuery } from '../../../gql/graphql';
import { sumDecimalStrings, toChartNumber } from '../../../utils/decimal';
import { formatCount, formatDecimal, formatMonth, HOUR_EQUIVALENTS_EXPLAINED, schoolYearLabel } from '../../../utils/format';

// The drawing (recharts) loads when the figure comes near the screen.
const PdHoursByMonthDrawing = lazy(() =>
  import('./pd-hours-by-month-drawing').then((m) => ({ default: m.PdHoursByMonthDrawing })),
);

type MonthTotal = Omit<PdHoursByMonthQuery['pdHoursByMonth'][number], '__typename'>;

interface PdHoursByMonthChartProps {
  /** null: the whole district (HR only). */
  schoolId: string | null;
  schoolYear: number;
  /** Who the numbers are about, e.g. "Lincoln Elementary". */
  subject: string;
}

function summarize(months: MonthTotal[], subject: string, schoolYear: number): string {
  const total = sumDecimalStrings(months.map((month) => month.hourEquivalents));
  const busiest = months.reduce<MonthTotal | null>(
    (best, month) => (best === null || toChartNumber(month.hourEquivalents) > toChartNumber(best.hourEquivalents) ? month : best),
    null,
  );
  const base = `${formatDecimal(total)} hour equivalents of approved PD at ${subject} in ${schoolYearLabel(schoolYear)}`;
  if (!busiest || toChartNumber(busiest.hourEquivalents) === 0) return `${base}; none recorded yet.`;
  return `${base}; the busiest month was ${formatMonth(busiest.month)} with ${formatDecimal(busiest.hourEquivalents)}. ${HOUR_EQUIVALENTS_EXPLAINED}`;
}

export function PdHoursByMonthChart({ schoolId, schoolYear, subject }: PdHoursByMonthChartProps) {
  const { data, error, loading, refetch } = useQuery(PdHoursByMonthDocument, { variables: { schoolId, schoolYear } });

  if (error && !data)
    return <ErrorState error={error} title="The monthly chart could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={320} radius="md" aria-label="Loading the monthly chart" />;
  return <PdHoursByMonthFigure months={data?.pdHoursByMonth ?? []} schoolYear={schoolYear} subject={subject} />;
}

/** The monthly chart for months already loaded (a home's query brings them with its other figures). */
export function PdHoursByMonthFigure({
  months,
  schoolYear,
  subject,
}: {
  months: MonthTotal[];
  schoolYear: number;
  subject: string;
}) {
  const chartData = months.map((month) => ({
    label: formatMonth(month.month, 'short'),
    hours: toChartNumber(month.hourEquivalents),
  }));

  return (
    <ChartFigure
      title="PD hour equivalents by month"
      summary={summarize(months, subject, schoolYear)}
      chartHeight={240}
      chart={<PdHoursByMonthDrawing data={chartData} />}
      table={
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Caption>
              PD hour equivalents by month, {subject}, {schoolYearLabel(schoolYear)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Month</Table.Th>
                <Table.Th scope="col" ta="right">
                  Hour equivalents
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Records
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((month) => (
                <Table.Tr key={month.month}>
                  <Table.Th scope="row" fw={400}>
                    {formatMonth(month.month)}
                  </Table.Th>
                  <Table.Td ta="right">{formatDecimal(month.hourEquivalents)}</Table.Td>
                  <Table.Td ta="right">{formatCount(month.recordCount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
