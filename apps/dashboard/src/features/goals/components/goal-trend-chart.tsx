import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
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

/**
 * A goal's progress over time with its target as a dashed, labelled line (the dash and the label,
 * not only the colour, tell it apart). Drawing only: the card around it gives the same numbers as
 * text and as a table, and hides this SVG from assistive technology.
 */
export function GoalTrendChart({ trend, target, unit, height = 140 }: GoalTrendChartProps) {
  const data = trend.map((point) => ({
    date: point.date,
    label: formatDayAndMonth(point.date),
    value: toChartNumber(point.value),
  }));
  const targetNumber = toChartNumber(target);
  const top = unit === 'PERCENT' ? 100 : Math.max(targetNumber, ...data.map((point) => point.value)) * 1.15;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="label" tick={{ fill: chartColors.axis, fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
        <YAxis
          tick={{ fill: chartColors.axis, fontSize: 11 }}
          width={40}
          domain={[0, Math.ceil(top)]}
          tickFormatter={(value: number) => (unit === 'PERCENT' ? `${value}%` : String(value))}
        />
        <Tooltip
          labelFormatter={(_label, payload) => formatDate((payload?.[0]?.payload as { date?: string } | undefined)?.date ?? '')}
          formatter={(value) => [formatGoalValue(String(value), unit), 'Progress']}
        />
        <ReferenceLine
          y={targetNumber}
          stroke="#c92a2a"
          strokeDasharray="6 4"
          label={{
            value: `Target ${formatGoalValue(target, unit, 'short')}`,
            position: 'insideTopLeft',
            fill: '#a51d1d',
            fontSize: 11,
          }}
        />
        <Line
          isAnimationActive={false}
          type="monotone"
          dataKey="value"
          name="Progress"
          stroke={chartColors.bar}
          strokeWidth={2}
          dot={{ r: 2 }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
