// Carry-over: the excess a cycle passes to the next (limited to what was earned in the carry-over
// period and to the maximum), and what this cycle receives from the previous one (given, or
// computed from the previous cycle's own records, one level back).
import type { CycleWindow } from '../cycle-window';
import { parseScaled } from '../exact-amount';
import { addDays, addYears, atMonthDay, yearOf, type LocalDate } from '../local-date';
import { PdRecordError, type PdRecordInput } from '../pd-record';
import * as compiler from '../rule-set-compiler';
import type { CompiledRuleSet } from '../rule-set-compiler';
import * as conversion from './conversion';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import * as requiredAmount from './required-amount';
import { applied, type AppliedRule } from './renewal-types';
import * as windowSelection from './window-selection';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { selectVersion } = compiler;
const { creditCycle } = conversion;
const { requiredFor } = requiredAmount;
const { previousCycleOf } = windowSelection;

/** Carry-out of a cycle: the excess over the requirement, limited to what was earned in the carry-over period and the maximum. */
export function carryOutOf(
  compiled: CompiledRuleSet,
  totals: CycleTotals,
  records: readonly PdRecordInput[],
  earned: number,
): number {
  const rule = totals.version.version.carryOver;
  if (!rule) return 0;
  const excess = earned - totals.requiredSub;
  if (excess <= 0) return 0;
  const end = totals.cycle.end;
  let from: LocalDate = totals.cycle.start;
  let to: LocalDate = end;
  if (rule.earnedWithin.kind === 'last_years') from = addDays(addYears(end, -rule.earnedWithin.years), 1);
  else if (rule.earnedWithin.kind === 'final_year_dates') {
    from = atMonthDay(yearOf(end), rule.earnedWithin.from);
    to = atMonthDay(yearOf(end), rule.earnedWithin.to);
  }
  let inPeriod = 0;
  for (let i = 0; i < records.length; i++) {
    const d = records[i]!.completedOn;
    if (totals.credited[i]! > 0 && d >= from && d <= to) inPeriod += totals.credited[i]!;
  }
  let out = Math.min(excess, inPeriod);
  if (rule.maxAmount !== undefined) out = Math.min(out, parseScaled(rule.maxAmount) * (compiled.unit / 10_000));
  return out;
}

/** What this cycle receives from the previous one, the rule that allows it, and that cycle (when computed). */
export interface CarryIn {
  amount: number;
  rule: AppliedRule | null;
  previousCycle: CycleWindow | null;
}

/** `evaluated`: the evaluated cycle's pass over the same records, whose per-record reading the previous cycle reuses. */
export function carryInto(ctx: EvaluationContext, given: string | undefined, evaluated: CycleTotals | null = null): CarryIn {
  const { compiled, version, licenseTypeId, license, cycle, records, asOf } = ctx;
  const v = version.version;
  if (given !== undefined) {
    const scaledCarry = parseScaled(given);
    if (Number.isNaN(scaledCarry)) throw new PdRecordError('(carry-in)', 'carryIn', `not a decimal: ${JSON.stringify(given)}`);
    return {
      amount: scaledCarry * (compiled.unit / 10_000),
      rule: v.carryOver ? applied(v.carryOver, 'amount carried in, as given') : null,
      previousCycle: null,
    };
  }
  const previousCycle = previousCycleOf(compiled, version, ctx.licenseType.cycleYears, cycle);
  const prevVersion = selectVersion(compiled, previousCycle);
  if (!prevVersion.version.carryOver || !prevVersion.licenseTypes.has(licenseTypeId))
    return { amount: 0, rule: null, previousCycle };
  const prevRequired = requiredFor(compiled, prevVersion, licenseTypeId, license);
  const prev = creditCycle(
    prevVersion,
    previousCycle,
    prevRequired,
    records,
    asOf,
    1,
    previousCycle.start,
    previousCycle.end,
    null,
    evaluated,
  );
  return {
    amount: carryOutOf(compiled, prev, records, prev.ownEarned),
    rule: applied(prevVersion.version.carryOver, `carried in from the cycle ${previousCycle.start} to ${previousCycle.end}`),
    previousCycle,
  };
}
