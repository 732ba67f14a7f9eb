import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, memo, Suspense } from 'react';

// Loading the figures as their own chunk lets a home's heading, numbers and tables render first.
// recharts, the largest dependency (about 110 KB gzipped), is not in these chunks: each figure loads
// its drawing when it comes near the screen, which keeps each route's initial JavaScript well under
// the 300 KB budget.
const monthlyChart = () => import('./pd-hours-by-month-chart');
const schoolsChart = () => import('../../district/components/hours-by-school-chart');
const PdHoursByMonthChartChunk = lazy(() => monthlyChart().then((m) => ({ default: m.PdHoursByMonthChart })));
const PdHoursByMonthFigureChunk = lazy(() => monthlyChart().then((m) => ({ default: m.PdHoursByMonthFigure })));
const HoursBySchoolChartChunk = lazy(() => schoolsChart().then((m) => ({ default: m.HoursBySchoolChart })));

/** Start a chart's download early: a page calls these with its own code, not after its data. */
export function preloadPdHoursByMonthChart(): void {
  void monthlyChart().catch(() => undefined);
}
export function preloadHoursBySchoolChart(): void {
  void schoolsChart().catch(() => undefined);
}

function ChartSkeleton({ label }: { label: string }) {
  return <Skeleton height={320} radius="md" aria-label={label} />;
}

export function LazyPdHoursByMonthChart(props: ComponentProps<typeof PdHoursByMonthChartChunk>) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the monthly chart" />}>
      <PdHoursByMonthChartChunk {...props} />
    </Suspense>
  );
}

export const LazyHoursBySchoolChart = memo(function LazyHoursBySchoolChart(
  props: ComponentProps<typeof HoursBySchoolChartChunk>,
) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the chart of hours by school" />}>
      <HoursBySchoolChartChunk {...props} />
    </Suspense>
  );
});

export const LazyPdHoursByMonthFigure = memo(function LazyPdHoursByMonthFigure(
  props: ComponentProps<typeof PdHoursByMonthFigureChunk>,
) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the monthly chart" />}>
      <PdHoursByMonthFigureChunk {...props} />
    </Suspense>
  );
});
