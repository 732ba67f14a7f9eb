import { Button, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { Component, Suspense, useId, useState, type ReactNode } from 'react';
import { useNearViewport } from '../../utils/use-near-viewport';

interface ChartFigureProps {
  title: string;
  /** One or two sentences that give the chart's message in words. */
  summary: ReactNode;
  /** The drawing; a lazily loaded one suspends until its code arrives, with the skeleton in its place. */
  chart: ReactNode;
  /** The drawing's height in px, kept free while it waits to be drawn (so nothing below moves). */
  chartHeight: number;
  /** The same numbers as a table: the chart's accessible alternative. */
  table: ReactNode;
}

/**
 * Keeps a drawing that fails (its code could not be loaded, say after a new release replaced the
 * old files) from taking the page down with it: the figure keeps its title, summary and table.
 */
class DrawingBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed)
      return (
        <Text size="sm" c="dimmed">
          The chart could not be drawn. Reload the page, or use &ldquo;Show as table&rdquo;.
        </Text>
      );
    return this.props.children;
  }
}

/**
 * A chart with its text summary and a "Show as table" toggle. Screen-reader users get the summary
 * and the table (the SVG is hidden from them); sighted users can switch to the table too.
 * The title, summary and table render at once; the drawing only once the figure comes near the
 * screen, so a home's first screen does not wait for charts far below it (nor, when the drawing is
 * a lazy component, for the chart library's code).
 */
export function ChartFigure({ title, summary, chart, chartHeight, table }: ChartFigureProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const viewId = useId();
  const [drawingRef, nearViewport] = useNearViewport<HTMLDivElement>();
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" component="figcaption">
            {summary}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          onClick={() => setAsTable((value) => !value)}
          aria-controls={viewId}
          aria-pressed={asTable}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </Group>
      <div id={viewId}>
        {asTable ? (
          <div>{table}</div>
        ) : (
          <>
            <div aria-hidden="true" ref={drawingRef}>
              {nearViewport || !chart ? (
                <DrawingBoundary>
                  <Suspense fallback={<Skeleton height={chartHeight} radius="sm" />}>{chart}</Suspense>
                </DrawingBoundary>
              ) : (
                <Skeleton height={chartHeight} radius="sm" />
              )}
            </div>
            <div className="visually-hidden">{table}</div>
          </>
        )}
      </div>
    </Paper>
  );
}
