// Which completion dates count for a cycle: a look-back shorter than the license (NE: the last 5
// years of a 10-year certificate) moves the start; an earning window past the expiry (MT: through
// August 31 after a June 30 expiry) moves the end. PD in such an overlap counts for the expiring
// license as far as its total needs it, and the rest for the next cycle (never for both).
import type { CycleWindow } from './cycle-window';
import { addDays, addYears, type LocalDate } from './local-date';
import type { PdRecordInput } from './pd-record';
import type { LookBackRule, RuleSetVersion } from './rule-set.schema';

export interface CountingWindow {
  /** First completion date that counts. */
  from: LocalDate;
  /** Last completion date that counts. */
  through: LocalDate;
  /** The look-back rule that moved `from`, if any. */
  lookBack: LookBackRule | null;
}

/** The completion dates that count for a cycle of this license type. */
export function countingWindow(version: RuleSetVersion, licenseTypeId: string, cycle: CycleWindow): CountingWindow {
  const through = cycle.earnUntil ?? cycle.end;
  const rule = version.lookBack;
  if (!rule || (rule.licenseTypes && !rule.licenseTypes.includes(licenseTypeId)))
    return { from: cycle.start, through, lookBack: null };
  const from = addDays(addYears(cycle.end, -rule.years), 1);
  return from > cycle.start ? { from, through, lookBack: rule } : { from: cycle.start, through, lookBack: null };
}

/** What a cycle's evaluation gives the overlap allocation. */
export interface CycleCredit {
  /** Required for the cycle, in sub-units. */
  required: number;
  /** Credit per record under the cycle's rules, with its earning window (0 when it does not count there). */
  credited: Float64Array;
}

/**
 * The records completed after a cycle's end but within its earning window that the cycle needs to
 * reach its requirement (marked 1), taken in date order, whole records; null when no record falls
 * there. The expiring cycle keeps exactly these, and the next cycle leaves exactly these out, so that
 * no record counts twice.
 */
export function overlapUsedBy(
  cycle: CycleWindow,
  records: readonly PdRecordInput[],
  order: (a: number, b: number) => number,
  credit: () => CycleCredit,
): { overlap: number[]; used: Uint8Array } | null {
  const overlapEnd = cycle.earnUntil;
  if (!overlapEnd || overlapEnd <= cycle.end) return null;
  let overlap: number[] | null = null;
  for (const [i, record] of records.entries()) {
    if (record.completedOn > cycle.end && record.completedOn <= overlapEnd) (overlap ??= []).push(i);
  }
  if (!overlap) return null;
  const { required, credited } = credit();
  let own = 0;
  records.forEach((record, i) => {
    if (record.completedOn <= cycle.end) own += credited[i] ?? 0;
  });
  let need = required - own;
  const used = new Uint8Array(records.length);
  overlap.sort(order);
  for (const i of overlap) {
    if (need <= 0) break;
    const value = credited[i] ?? 0;
    if (value <= 0) continue;
    used[i] = 1;
    need -= value;
  }
  return { overlap, used };
}
