import { Table } from '@mantine/core';
import { lazy } from 'react';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { toChartNumber } from '../../../utils/decimal';
import { formatDecimal, HOUR_EQUIVALENTS_EXPLAINED, schoolYearLabel } from '../../../utils/format';
import type { DistrictSchool } from './schools-table';

// The drawing (recharts) loads when the figure comes near the screen.
const HoursBySchoolDrawing = lazy(() => import('./hours-by-school-drawing').then((m) => ({ default: m.HoursBySchoolDrawing })));

interface HoursBySchoolChartProps {
  schools: DistrictSchool[];
  schoolYear: number;
}

export function HoursBySchoolChart({ schools, schoolYear }: HoursBySchoolChartProps) {
  const ranked = [...schools].sort(
    (a, b) => toChartNumber(b.pdSummary.hourEquivalents) - toChartNumber(a.pdSummary.hourEquivalents),
  );
  const chartData = ranked.map((school) => ({ name: school.name, hours: toChartNumber(school.pdSummary.hourEquivalents) }));
  const top = ranked[0];
  const summary =
    top && toChartNumber(top.pdSummary.hourEquivalents) > 0
      ? `${top.name} has the most approved PD in ${schoolYearLabel(schoolYear)}: ${formatDecimal(top.pdSummary.hourEquivalents)} hour equivalents.`
      : `No approved PD recorded yet in ${schoolYearLabel(schoolYear)}.`;

  const chartHeight = Math.max(180, ranked.length * 44);
  return (
    <ChartFigure
      title="PD hour equivalents by school"
      summary={`${summary} ${HOUR_EQUIVALENTS_EXPLAINED}`}
      chartHeight={chartHeight}
      chart={<HoursBySchoolDrawing data={chartData} height={chartHeight} />}
      table={
        <Table striped>
          <Table.Caption>PD hour equivalents by school, {schoolYearLabel(schoolYear)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">School</Table.Th>
              <Table.Th scope="col" ta="right">
                Hour equivalents
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranked.map((school) => (
              <Table.Tr key={school.id}>
                <Table.Th scope="row" fw={400}>
                  {school.name}
                </Table.Th>
                <Table.Td ta="right">{formatDecimal(school.pdSummary.hourEquivalents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
