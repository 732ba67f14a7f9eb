import { Table } from '@mantine/core';
import { lazy } from 'react';
import { ChartFigure } from '../../../components/ui/chart-figure';
import type { ActivityType, DistrictDashboardQuery, SchoolDashboardQuery } from '../../../gql/graphql';
import { toChartNumber } from '../../../utils/decimal';
import {
  activityTypeLabels,
  formatCount,
  formatDate,
  formatDayAndMonth,
  formatDecimal,
  formatMonth,
  HOUR_EQUIVALENTS_EXPLAINED,
  schoolYearLabel,
} from '../../../utils/format';

type CompetencyArea = SchoolDashboardQuery['schoolDashboard']['competencyAreas'][number];
type NamedTotal = DistrictDashboardQuery['districtDashboard']['hoursByCategory'][number];
type TrendMonth = DistrictDashboardQuery['districtDashboard']['trend'][number];

// The drawings (recharts) load when a figure comes near the screen; titles, summaries and tables
// render without them.
const drawings = () => import('./dashboard-chart-drawings');
const CompetencyAreasDrawing = lazy(() => drawings().then((m) => ({ default: m.CompetencyAreasDrawing })));
const HoursBreakdownDrawing = lazy(() => drawings().then((m) => ({ default: m.HoursBreakdownDrawing })));
const PdTrendDrawing = lazy(() => drawings().then((m) => ({ default: m.PdTrendDrawing })));

/**
 * Long names wrap poorly on an axis: keep the label short there (the table has the full name). The
 * category axis is CATEGORY_AXIS_WIDTH wide (dashboard-chart-drawings.tsx), room for 22 characters
 * of the 12 px tick font, so a label is never clipped at its start.
 */
function shortLabel(value: string, max = 22): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function CompetencyAreasChart({
  areas,
  subject,
  schoolYear,
}: {
  areas: CompetencyArea[];
  subject: string;
  schoolYear: number;
}) {
  const data = areas.map((area) => ({ name: shortLabel(area.area), value: area.credentialCount }));
  const top = areas[0];
  const summary = top
    ? `${subject} staff earned ${formatCount(areas.reduce((sum, a) => sum + a.credentialCount, 0))} approved micro-credentials in ${areas.length} competency area${areas.length === 1 ? '' : 's'} in ${schoolYearLabel(schoolYear)}; the most in ${top.area} (${formatCount(top.credentialCount)}).`
    : `No approved micro-credentials at ${subject} in ${schoolYearLabel(schoolYear)} yet. They appear here by the catalog's competency area once approved or verified.`;
  const chartHeight = Math.max(160, areas.length * 36);
  return (
    <ChartFigure
      title="Competency areas the staff are building"
      summary={summary}
      chartHeight={chartHeight}
      chart={areas.length === 0 ? null : <CompetencyAreasDrawing data={data} height={chartHeight} />}
      table={
        <Table striped>
          <Table.Caption>
            Approved micro-credentials by competency area, {subject}, {schoolYearLabel(schoolYear)}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Competency area</Table.Th>
              <Table.Th scope="col" ta="right">
                Micro-credentials
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Educators
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Hour equivalents
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {areas.map((area) => (
              <Table.Tr key={area.area}>
                <Table.Th scope="row" fw={400}>
                  {area.area}
                </Table.Th>
                <Table.Td ta="right">{formatCount(area.credentialCount)}</Table.Td>
                <Table.Td ta="right">{formatCount(area.educatorCount)}</Table.Td>
                <Table.Td ta="right">{formatDecimal(area.hourEquivalents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

interface HoursBreakdownChartProps {
  title: string;
  totals: NamedTotal[];
  kind: 'category' | 'activityType';
  schoolYear: number;
  note?: string;
}

export function nameOfTotal(total: NamedTotal, kind: 'category' | 'activityType'): string {
  if (kind === 'activityType') return activityTypeLabels[total.key as ActivityType] ?? total.key ?? 'Other';
  return total.key ?? 'No category';
}

export function HoursBreakdownChart({ title, totals, kind, schoolYear, note }: HoursBreakdownChartProps) {
  const shown = totals.slice(0, 12);
  const data = shown.map((total) => ({
    name: shortLabel(nameOfTotal(total, kind)),
    value: toChartNumber(total.hourEquivalents),
  }));
  const top = totals[0];
  const summary = top
    ? `Most approved PD in ${schoolYearLabel(schoolYear)} was ${nameOfTotal(top, kind)}: ${formatDecimal(top.hourEquivalents)} hour equivalents.${totals.length > shown.length ? ` The chart shows the top ${shown.length}; the table lists all ${totals.length}.` : ''}${note ? ` ${note}` : ''} ${HOUR_EQUIVALENTS_EXPLAINED}`
    : `No approved PD recorded in ${schoolYearLabel(schoolYear)} yet.`;
  const chartHeight = Math.max(160, shown.length * 32);
  return (
    <ChartFigure
      title={title}
      summary={summary}
      chartHeight={chartHeight}
      chart={totals.length === 0 ? null : <HoursBreakdownDrawing data={data} height={chartHeight} />}
      table={
        <Table striped>
          <Table.Caption>
            {title}, {schoolYearLabel(schoolYear)}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{kind === 'category' ? 'Category' : 'Activity type'}</Table.Th>
              <Table.Th scope="col" ta="right">
                Hour equivalents
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Records
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.map((total) => (
              <Table.Tr key={total.key ?? '(none)'}>
                <Table.Th scope="row" fw={400}>
                  {nameOfTotal(total, kind)}
                </Table.Th>
                <Table.Td ta="right">{formatDecimal(total.hourEquivalents)}</Table.Td>
                <Table.Td ta="right">{formatCount(total.recordCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

/**
 * The trend in words: where this year stands against the same day last year (the API counts last
 * year's figure for the month under way only to the same day, `previousThrough`).
 */
export function trendSummary(trend: TrendMonth[], schoolYear: number): string {
  const latest = [...trend].reverse().find((month) => month.cumulative !== null);
  if (!latest || latest.cumulative === null) return `No approved PD recorded in ${schoolYearLabel(schoolYear)} yet.`;
  const now = toChartNumber(latest.cumulative);
  const before = toChartNumber(latest.previousCumulative);
  const lastYearDay = latest.previousThrough;
  const thisYearDay = `${Number(lastYearDay.slice(0, 4)) + 1}${lastYearDay.slice(4)}`;
  const comparison =
    before === 0
      ? `nothing was recorded by ${formatDate(lastYearDay)}`
      : now >= before
        ? `ahead of last year's ${formatDecimal(latest.previousCumulative)} by ${formatDate(lastYearDay)}`
        : `behind last year's ${formatDecimal(latest.previousCumulative)} by ${formatDate(lastYearDay)}`;
  return `${formatDecimal(latest.cumulative)} hour equivalents of approved PD in ${schoolYearLabel(schoolYear)} by ${formatDayAndMonth(thisYearDay)}, ${comparison}.`;
}

export function PdTrendChart({ trend, schoolYear }: { trend: TrendMonth[]; schoolYear: number }) {
  const thisYear = schoolYearLabel(schoolYear);
  const lastYear = schoolYearLabel(schoolYear - 1);
  const data = trend.map((month) => ({
    label: formatMonth(month.month, 'short'),
    current: month.cumulative === null ? null : toChartNumber(month.cumulative),
    previous: toChartNumber(month.previousCumulative),
  }));
  return (
    <ChartFigure
      title="PD hour equivalents this year against last year"
      summary={`${trendSummary(trend, schoolYear)} ${HOUR_EQUIVALENTS_EXPLAINED}`}
      chartHeight={260}
      chart={<PdTrendDrawing data={data} thisYear={thisYear} lastYear={lastYear} />}
      table={
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Caption>
              Cumulative PD hour equivalents from July 1, {thisYear} against {lastYear}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Through the end of</Table.Th>
                <Table.Th scope="col" ta="right">
                  {thisYear}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {lastYear}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((month) => (
                <Table.Tr key={month.month}>
                  <Table.Th scope="row" fw={400}>
                    {formatMonth(month.month).split(' ')[0]}
                  </Table.Th>
                  <Table.Td ta="right">{month.cumulative === null ? 'not yet' : formatDecimal(month.cumulative)}</Table.Td>
                  <Table.Td ta="right">{formatDecimal(month.previousCumulative)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
