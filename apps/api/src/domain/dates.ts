// Calendar dates in the API are `YYYY-MM-DD` strings compared as strings; arithmetic goes through
// UTC day numbers, so no time zone can shift a result. The converter's local-date functions are
// the implementation; this file adds the day count the API shows and today's date.
import { addDays, isLocalDate, type LocalDate } from '@pd-ledger/credit-rules';

export { addDays, isLocalDate, type LocalDate };
export { todayIsoDate } from '../common/school-year';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(
    (Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) -
      Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) /
      86_400_000,
  );
}
