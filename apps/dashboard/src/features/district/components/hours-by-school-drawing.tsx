import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../../utils/format';
import { chartColors } from '../../pd-activity/components/chart-colors';

/** The bars of HoursBySchoolChart: recharts, in a chunk the figure loads when it comes near the screen. */
export function HoursBySchoolDrawing({ data, height }: { data: Array<{ name: string; hours: number }>; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" tick={{ fill: chartColors.axis, fontSize: 12 }} allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fill: chartColors.axis, fontSize: 12 }} />
        <Tooltip formatter={(value) => [formatDecimal(String(value)), 'Hour equivalents']} />
        <Bar isAnimationActive={false} dataKey="hours" name="Hour equivalents" fill={chartColors.bar} radius={[0, 3, 3, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
