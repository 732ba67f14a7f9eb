import type { GoalUnit } from '../../../gql/graphql';
import { toChartNumber } from '../../../utils/decimal';
import { formatDate, formatDayAndMonth } from '../../../utils/format';
import { chartColors } from '../../pd-activity/components/chart-colors';
import { formatGoalValue } from '../utils/goal-text';

export interface GoalTrendChartProps {
  trend: ReadonlyArray<{ date: string; value: string }>;
  target: string;
  unit: GoalUnit;
  height?: number;
}

/** Room around the plot (px): the y axis' labels on the left, the dates below. */
const PLOT = { top: 12, right: 12, bottom: 20, left: 40 } as const;
/** The drawing's own coordinates: x 0..1000, y 0..100, stretched to the plot's box. */
const WIDTH = 1000;
const HEIGHT = 100;
const DAY_MS = 86_400_000;

/** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= rough) return factor * power;
  return 10 * power;
}

/** The y axis' ticks, from 0 to the first step at or above `highest` (percentages: 0-100). */
export function trendTicks(highest: number, unit: GoalUnit): number[] {
  if (unit === 'PERCENT') return [0, 25, 50, 75, 100];
  const step = niceStep(highest / 4);
  const count = Math.max(1, Math.ceil(highest / step));
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/**
 * A goal's progress over time with its target as a dashed, labelled line (the dash and the label,
 * not only the colour, tell it apart). Dates are spaced by time, not by point. Drawing only: the
 * card around it gives the same numbers as text and as a table, and hides this figure from
 * assistive technology; a pointer over a point shows its date and value.
 *
 * Plain SVG rather than recharts: the cards sit on the principal's first screen, and this draws
 * a few dozen elements without the chart library's code or its measuring of the page. The lines
 * are drawn in a stretched coordinate box with strokes that do not scale, and the labels are
 * HTML placed by percentage, so the figure fills any card width without measuring it.
 */
export function GoalTrendChart({ trend, target, unit, height = 140 }: GoalTrendChartProps) {
  const targetNumber = toChartNumber(target);
  const points = trend.map((point) => ({
    date: point.date,
    day: dayNumber(point.date),
    value: toChartNumber(point.value),
    text: point.value,
  }));
  const ticks = trendTicks(Math.max(targetNumber, ...points.map((point) => point.value)) * 1.15, unit);
  const top = ticks[ticks.length - 1]!;
  const first = points[0]?.day ?? 0;
  const span = (points[points.length - 1]?.day ?? first) - first;
  const x = (day: number) => (span > 0 ? ((day - first) / span) * WIDTH : WIDTH / 2);
  const y = (value: number) => HEIGHT - (Math.min(Math.max(value, 0), top) / top) * HEIGHT;
  const line = points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.day).toFixed(1)} ${y(point.value).toFixed(2)}`)
    .join(' ');
  // The first and last dates always; one between them when there is room.
  const dateLabels =
    points.length > 2 ? [points[0]!, points[Math.floor((points.length - 1) / 2)]!, points[points.length - 1]!] : points;
  const plotHeight = height - PLOT.top - PLOT.bottom;
  const yPx = (value: number) => PLOT.top + (y(value) / HEIGHT) * plotHeight;
  return (
    <div className="trend-chart" style={{ height }}>
      {ticks.map((tick) => (
        <span
          key={tick}
          className="trend-chart__y-label"
          style={{ top: yPx(tick), width: PLOT.left - 6, color: chartColors.axis }}
        >
          {unit === 'PERCENT' ? `${tick}%` : String(tick)}
        </span>
      ))}
      <div className="trend-chart__plot" style={{ top: PLOT.top, right: PLOT.right, bottom: PLOT.bottom, left: PLOT.left }}>
        <svg className="trend-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" focusable="false">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={0}
              x2={WIDTH}
              y1={y(tick)}
              y2={y(tick)}
              stroke={chartColors.grid}
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <line
            data-part="target"
            x1={0}
            x2={WIDTH}
            y1={y(targetNumber)}
            y2={y(targetNumber)}
            stroke="#c92a2a"
            strokeDasharray="6 4"
            vectorEffect="non-scaling-stroke"
          />
          {points.length > 1 && (
            <path
              data-part="progress"
              d={line}
              fill="none"
              stroke={chartColors.bar}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          )}
          {points.map((point) => (
            // A zero-length line with round caps and an unscaled stroke: a round dot in a stretched box.
            <path
              key={point.date}
              data-part="point"
              d={`M${x(point.day).toFixed(1)} ${y(point.value).toFixed(2)}h0`}
              stroke={chartColors.bar}
              strokeWidth={6}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            >
              <title>{`${formatDate(point.date)}: ${formatGoalValue(point.text, unit)}`}</title>
            </path>
          ))}
        </svg>
        <span className="trend-chart__target-label" style={{ top: `${y(targetNumber)}%` }}>
          Target {formatGoalValue(target, unit, 'short')}
        </span>
      </div>
      {dateLabels.map((point, index) => (
        <span
          key={point.date}
          className="trend-chart__x-label"
          data-align={
            dateLabels.length === 1 ? 'middle' : index === 0 ? 'start' : index === dateLabels.length - 1 ? 'end' : 'middle'
          }
          style={{
            left: `calc(${PLOT.left}px + (100% - ${PLOT.left + PLOT.right}px) * ${(x(point.day) / WIDTH).toFixed(4)})`,
            color: chartColors.axis,
          }}
        >
          {formatDayAndMonth(point.date)}
        </span>
      ))}
    </div>
  );
}
