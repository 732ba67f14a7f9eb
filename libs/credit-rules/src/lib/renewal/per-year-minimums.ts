// Per-year minimums (AR): each PD year of the cycle needs its own amount; a closed year below it
// cannot be made up by later hours.
import { formatAmount, parseScaled } from '../exact-amount';
import { addDays, addYears, atMonthDay, yearOf } from '../local-date';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import type { PerYearResult } from './renewal-types';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const formatAmountFast = formatAmount;

/** The PD years of the cycle that have begun by `asOf`, each with its minimum and what it earned. */
export function perYearMinimums(ctx: EvaluationContext, totals: CycleTotals): PerYearResult[] {
  const { cycle, asOf, U, records } = ctx;
  const v = ctx.version.version;
  const perYear: PerYearResult[] = [];
  if (v.perYearMinimum) {
    const need = parseScaled(v.perYearMinimum.amount) * (U / 10_000);
    let ys = atMonthDay(yearOf(cycle.start), v.perYearMinimum.yearStartMonthDay);
    if (ys > cycle.start) ys = atMonthDay(yearOf(cycle.start) - 1, v.perYearMinimum.yearStartMonthDay);
    for (; ys <= cycle.end && ys <= asOf; ys = addYears(ys, 1)) {
      const ye = addDays(addYears(ys, 1), -1);
      if (v.perYearMinimum.wholeYearsOnly && (ys < cycle.start || ye > cycle.end)) continue;
      let sum = 0;
      for (let i = 0; i < records.length; i++) {
        const d = records[i]!.completedOn;
        if (totals.credited[i]! > 0 && d >= ys && d <= ye) sum += totals.credited[i]!;
      }
      const closed = ye < asOf;
      const met = sum >= need;
      perYear.push({ start: ys, end: ye, required: formatAmountFast(need, U), earned: formatAmountFast(sum, U), met, closed });
    }
  }
  return perYear;
}

/** Whether every closed year met its minimum (an unmet open year is not yet a failure). */
export function closedYearsMet(perYear: readonly PerYearResult[]): boolean {
  for (const year of perYear) if (year.closed && !year.met) return false;
  return true;
}
