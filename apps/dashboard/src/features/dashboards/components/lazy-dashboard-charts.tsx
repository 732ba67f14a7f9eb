import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, memo, Suspense } from 'react';

// The figures stay out of the homes' first chunk: headings, numbers, status bars and lists render
// first, the figures follow, and each figure's drawing (recharts) loads only when it comes near the
// screen (dashboard-chart-drawings.tsx).
const charts = () => import('./dashboard-charts');
const CompetencyAreasChunk = lazy(() => charts().then((m) => ({ default: m.CompetencyAreasChart })));
const HoursBreakdownChunk = lazy(() => charts().then((m) => ({ default: m.HoursBreakdownChart })));
const PdTrendChunk = lazy(() => charts().then((m) => ({ default: m.PdTrendChart })));

/** Starts the figures' download early (a home calls it with its own code, not after its data). */
export function preloadDashboardCharts(): void {
  void charts().catch(() => undefined);
}

function ChartSkeleton({ label }: { label: string }) {
  return <Skeleton height={260} radius="md" aria-label={label} />;
}

export const LazyCompetencyAreasChart = memo(function LazyCompetencyAreasChart(
  props: ComponentProps<typeof CompetencyAreasChunk>,
) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the competency areas chart" />}>
      <CompetencyAreasChunk {...props} />
    </Suspense>
  );
});

export const LazyHoursBreakdownChart = memo(function LazyHoursBreakdownChart(props: ComponentProps<typeof HoursBreakdownChunk>) {
  return (
    <Suspense fallback={<ChartSkeleton label={`Loading ${props.title}`} />}>
      <HoursBreakdownChunk {...props} />
    </Suspense>
  );
});

export const LazyPdTrendChart = memo(function LazyPdTrendChart(props: ComponentProps<typeof PdTrendChunk>) {
  return (
    <Suspense fallback={<ChartSkeleton label="Loading the trend chart" />}>
      <PdTrendChunk {...props} />
    </Suspense>
  );
});
