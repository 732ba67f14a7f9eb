// How a record is matched against the compiled rule set (category bits, cap and category
// selectors) and the one order records are taken in wherever order changes the result.
import { ACTIVITY_INDEX, UNIT_INDEX, levelIndex } from '../conversion-table';
import type { PdRecordInput } from '../pd-record';
import type { CompiledSelector } from '../rule-set-compiler';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const ACTIVITY = ACTIVITY_INDEX;
const UNITS = UNIT_INDEX;

/** The record's categories as a bit set of the version's category index (its `categoryLookup`). */
export function categoryBits(record: PdRecordInput, lookup: Readonly<Record<string, unknown>>): number {
  const categories = record.categories;
  if (!categories || categories.length === 0) return 0;
  let bits = 0;
  for (let i = 0; i < categories.length; i++) {
    const bit = lookup[categories[i]!];
    if (typeof bit === 'number') bits |= bit;
  }
  return bits;
}

export function selectorMatches(s: CompiledSelector, record: PdRecordInput, catBits: number): boolean {
  return (
    (s.activityMask & (1 << ACTIVITY[record.activityType]!)) !== 0 &&
    (s.unitMask & (1 << UNITS[record.unit]!)) !== 0 &&
    (s.levelMask & (1 << levelIndex(record.level))) !== 0 &&
    (s.categoryMask === 0 || (s.categoryMask & catBits) !== 0)
  );
}

/** selectorMatches for a record's shape (see recordShape in conversion-table.ts), with no string lookup. */
export function selectorMatchesShape(s: CompiledSelector, shape: number, catBits: number): boolean {
  return (
    (s.activityMask & (1 << (shape & 0xff))) !== 0 &&
    (s.unitMask & (1 << ((shape >>> 8) & 0xff))) !== 0 &&
    (s.levelMask & (1 << ((shape >>> 16) & 0xff))) !== 0 &&
    (s.categoryMask === 0 || (s.categoryMask & catBits) !== 0)
  );
}

/** Date, then id, then content: the result never depends on the order records arrive in. */
export function compareRecords(records: readonly PdRecordInput[], a: number, b: number): number {
  const ra = records[a]!;
  const rb = records[b]!;
  if (ra.completedOn !== rb.completedOn) return ra.completedOn < rb.completedOn ? -1 : 1;
  if (ra.id !== rb.id) return ra.id < rb.id ? -1 : 1;
  // Identical ids and dates: order by content so the result still does not depend on input order.
  const ka = `${ra.amount}|${ra.unit}|${ra.activityType}`;
  const kb = `${rb.amount}|${rb.unit}|${rb.activityType}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
