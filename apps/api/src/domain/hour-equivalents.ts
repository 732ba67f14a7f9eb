import Decimal from 'decimal.js';
import { PdUnit } from './pd-enums';

/**
 * Hour equivalents: a display measure for dashboards, not a state unit (the converter library
 * does state units). A micro-credential counts as its catalog item's stated hours, 0 if none.
 */
export const HOUR_EQUIVALENT_FACTORS: Readonly<Record<Exclude<PdUnit, PdUnit.MICRO_CREDENTIAL>, string>> = {
  [PdUnit.CLOCK_HOUR]: '1',
  [PdUnit.CEU]: '10',
  [PdUnit.SEMESTER_CREDIT]: '15',
  [PdUnit.QUARTER_CREDIT]: '10',
};

/**
 * The SQL expression for one record's hour equivalents, in exact numeric arithmetic.
 * @param record alias of pd_record
 * @param catalogItem alias of a LEFT JOINed catalog_item
 */
export function hourEquivalentsSql(record: string, catalogItem: string): string {
  const cases = Object.entries(HOUR_EQUIVALENT_FACTORS)
    .map(([unit, factor]) => `WHEN '${unit}' THEN ${record}.amount * ${factor}`)
    .join(' ');
  return `(CASE ${record}.unit ${cases} WHEN '${PdUnit.MICRO_CREDENTIAL}' THEN COALESCE(${catalogItem}.stated_hours, 0) ELSE 0 END)`;
}

/** The same rule in TypeScript, exact, for callers that already hold the values. */
export function hourEquivalents(amount: string, unit: PdUnit, statedHours: string | null): string {
  if (unit === PdUnit.MICRO_CREDENTIAL) return new Decimal(statedHours ?? 0).toFixed();
  return new Decimal(amount).times(HOUR_EQUIVALENT_FACTORS[unit]).toFixed();
}
