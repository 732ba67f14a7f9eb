/**
 * Adds exact decimal strings ("12.5" + "0.25" = "12.75") with BigInt, never JS floats: totals
 * shown to HR must match the API's exact sums to the last digit.
 */
export function sumDecimalStrings(values: readonly string[]): string {
  const parsed = values.map((value) => {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
    if (!match) throw new Error(`Not a decimal string: ${value}`);
    return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
  });
  const scale = Math.max(0, ...parsed.map((part) => part.fraction.length));
  let total = 0n;
  for (const part of parsed) {
    const units = BigInt(part.whole + part.fraction.padEnd(scale, '0'));
    total += part.negative ? -units : units;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A decimal string as a number for drawing a chart only. Bar lengths do not need exactness; every
 * number shown as text comes from the string itself.
 */
export function toChartNumber(value: string): number {
  return Number(value);
}
