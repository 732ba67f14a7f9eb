// One-time and must-be-current requirements: any admissible record in the category, ever (or
// recently enough), whether or not it falls in the cycle or adds credit.
import { addMonths, type LocalDate } from '../local-date';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import * as codes from './record-codes';
import type { StandingResult } from './renewal-types';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { COUNTED, R_BELOW_EVENT, R_LOOK_BACK, R_NEXT, R_NO_CONVERSION, R_NO_HOURS, R_NOT_ACCEPTED, R_OUTSIDE, R_PREVIOUS } = codes;

export function standingRequirements(ctx: EvaluationContext, totals: CycleTotals): StandingResult[] {
  const { version, asOf, records } = ctx;
  const v = version.version;
  if (v.standingRequirements.length === 0) return [];
  return v.standingRequirements.map((rule) => {
    const bit = version.categoryIndex[rule.category]!;
    let last: LocalDate | null = null;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const code = totals.reason[i]!;
      const countable =
        code === COUNTED ||
        code === R_OUTSIDE ||
        code === R_NO_CONVERSION ||
        code === R_NOT_ACCEPTED ||
        code === R_NO_HOURS ||
        code === R_LOOK_BACK ||
        code === R_NEXT ||
        code === R_PREVIOUS ||
        code === R_BELOW_EVENT;
      if (
        countable &&
        (totals.catBits[i]! & bit) !== 0 &&
        (r.hypothetical || r.completedOn <= asOf) &&
        (last === null || r.completedOn > last)
      )
        last = r.completedOn;
    }
    const met = last !== null && (rule.kind === 'one_time' || last >= addMonths(asOf, -(rule.validMonths ?? 0)));
    return {
      id: rule.id,
      kind: rule.kind,
      category: rule.category,
      label: rule.label,
      met,
      lastCompletedOn: last,
      citation: rule.citation,
    };
  });
}
