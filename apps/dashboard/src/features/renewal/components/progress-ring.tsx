interface ProgressRingProps {
  /** 0..100, for drawing only; the exact figures are in the text beside the ring. */
  percent: number;
  /** What the centre says, e.g. "38%". */
  label: string;
  size?: number;
  /** A CSS colour for the filled arc; the words beside the ring carry the meaning. */
  color?: string;
}

/**
 * A progress ring in plain SVG (no chart library on the teacher's first screen). Decorative for
 * assistive technology: the card states the same numbers in words.
 */
export function ProgressRing({ percent, label, size = 112, color = 'var(--mantine-color-blue-8)' }: ProgressRingProps) {
  const stroke = 12;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0 }}
    >
      <circle cx={size / 2} cy={size / 2} r={radius} fill="none" stroke="var(--mantine-color-gray-3)" strokeWidth={stroke} />
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill="none"
        stroke={color}
        strokeWidth={stroke}
        strokeLinecap={clamped > 0 ? 'round' : 'butt'}
        strokeDasharray={`${(clamped / 100) * circumference} ${circumference}`}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
      <text
        x="50%"
        y="50%"
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={size / 5}
        fontWeight={700}
        fill="var(--mantine-color-black)"
      >
        {label}
      </text>
    </svg>
  );
}
