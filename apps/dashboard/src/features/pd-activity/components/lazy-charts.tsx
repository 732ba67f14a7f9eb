import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

// recharts is the largest dependency (about 110 KB gzipped). Loading the charts as their own
// chunk lets a home's heading, numbers and tables render first, and keeps each route's initial
// JavaScript well under the 300 KB budget.
const PdHoursByMonthChartChunk = lazy(() => import('./pd-hours-by-month-chart').then((m) => ({ default: m.PdHoursByMonthChart })));
const PdHoursByMonthFigureChunk = lazy(() => import('./pd-hours-by-month-chart').then((m) => ({ default: m.PdHoursByMonthFigure })));
const HoursBySchoolChartChunk = lazy(() =>
  import('../../district/components/hours-by-school-chart').then((m) => ({ default: m.HoursBySchoolChart })),
);

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

export function LazyHoursBySchoolChart(props: ComponentProps<typeof HoursBySchoolChartChunk>) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the chart of hours by school" />}>
      <HoursBySchoolChartChunk {...props} />
    </Suspense>
  );
}

export function LazyPdHoursByMonthFigure(props: ComponentProps<typeof PdHoursByMonthFigureChunk>) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the monthly chart" />}>
      <PdHoursByMonthFigureChunk {...props} />
    </Suspense>
  );
}
