import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../../utils/format';
import { chartColors } from './chart-colors';

/** The bars of PdHoursByMonthFigure: recharts, in a chunk the figure loads when it comes near the screen. */
export function PdHoursByMonthDrawing({ data }: { data: Array<{ label: string; hours: number }> }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="label" tick={{ fill: chartColors.axis, fontSize: 12 }} interval="preserveStartEnd" minTickGap={2} />
        <YAxis tick={{ fill: chartColors.axis, fontSize: 12 }} width={48} allowDecimals={false} />
        <Tooltip formatter={(value) => [formatDecimal(String(value)), 'Hour equivalents']} />
        <Bar isAnimationActive={false} dataKey="hours" name="Hour equivalents" fill={chartColors.bar} radius={[3, 3, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
