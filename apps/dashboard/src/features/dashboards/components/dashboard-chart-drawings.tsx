import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDecimal } from '../../../utils/format';
import { chartColors } from '../../pd-activity/components/chart-colors';

// The drawings of dashboard-charts.tsx: recharts, in a chunk of its own that a figure loads when it
// comes near the screen.

const axisTick = { fill: chartColors.axis, fontSize: 12 };

/** Room for 22 characters of the 12 px tick font (shortLabel in dashboard-charts.tsx). */
const CATEGORY_AXIS_WIDTH = 176;

/** Horizontal bars by name (competency areas, hours by category or activity type). */
function NamedBarsDrawing({
  data,
  height,
  name,
  format,
  valueLabels = false,
}: {
  data: Array<{ name: string; value: number }>;
  height: number;
  /** What a bar counts, for the tooltip. */
  name: string;
  format: (value: number) => string;
  /** Each bar's number beside it. */
  valueLabels?: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" tick={axisTick} allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={CATEGORY_AXIS_WIDTH} tick={axisTick} interval={0} />
        <Tooltip formatter={(value) => [format(Number(value)), name]} />
        <Bar
          isAnimationActive={false}
          dataKey="value"
          name={name}
          fill={chartColors.bar}
          radius={[0, 3, 3, 0]}
          label={valueLabels ? { position: 'right', fill: chartColors.axis, fontSize: 12 } : undefined}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function CompetencyAreasDrawing({ data, height }: { data: Array<{ name: string; value: number }>; height: number }) {
  return <NamedBarsDrawing data={data} height={height} name="Micro-credentials" format={formatCount} valueLabels />;
}

export function HoursBreakdownDrawing({ data, height }: { data: Array<{ name: string; value: number }>; height: number }) {
  return (
    <NamedBarsDrawing data={data} height={height} name="Hour equivalents" format={(value) => formatDecimal(String(value))} />
  );
}

export function PdTrendDrawing({
  data,
  thisYear,
  lastYear,
}: {
  data: Array<{ label: string; current: number | null; previous: number }>;
  thisYear: string;
  lastYear: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" minTickGap={2} />
        <YAxis tick={axisTick} width={56} allowDecimals={false} />
        <Tooltip formatter={(value, name) => [formatDecimal(String(value)), String(name)]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {/* Solid with circles this year, dashed with squares last year: not told apart by colour alone. */}
        <Line
          isAnimationActive={false}
          type="monotone"
          dataKey="current"
          name={`${thisYear} (solid)`}
          stroke={chartColors.bar}
          strokeWidth={3}
          dot={{ r: 3 }}
          connectNulls={false}
        />
        <Line
          isAnimationActive={false}
          type="monotone"
          dataKey="previous"
          name={`${lastYear} (dashed)`}
          stroke="#495057"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3, strokeWidth: 2 }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
