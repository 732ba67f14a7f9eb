import Decimal from 'decimal.js';

/** Normalises a decimal string from PostgreSQL numeric: "12.50" -> "12.5", "0.00" -> "0". */
export function normalizeDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined) return '0';
  return new Decimal(value).toFixed();
}

/** Sums decimal strings exactly. */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed();
}
