// The working shown: one line per record (date, then id order) with its conversion, what caps and
// rounding changed and why it was excluded, plus the carry-in; the printed credits add up exactly
// to the printed `earned`.
import { describeConversion } from '../conversion-table';
import { formatAmount, formatAmountGroup } from '../exact-amount';
import type { LocalDate } from '../local-date';
import type { PdRecordInput } from '../pd-record';
import type { CompiledVersion } from '../rule-set-compiler';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import type { CarryIn } from './carry-over';
import * as codes from './record-codes';
import { compareRecords } from './record-match';
import { EXCLUSION_TEXT, applied, type ExplanationLine } from './renewal-types';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { COUNTED, R_BELOW_EVENT, R_LOOK_BACK, R_NEXT, R_NO_HOURS, R_NOT_ACCEPTED, R_PREVIOUS, exclusionOf } = codes;
const compareRecordsFast = compareRecords;
const appliedFast = applied;
const formatAmountFast = formatAmount;
const describeConversionFast = describeConversion;
const EXCLUSION = EXCLUSION_TEXT;

/** The explanation lines and `earned` as printed from them. */
export interface Explanation {
  lines: ExplanationLine[];
  earned: string;
}

export function explainEvaluation(
  ctx: EvaluationContext,
  requirements: CompiledVersion['categoryRequirements'],
  flows: Map<number, number[]> | null,
  carry: CarryIn,
  totals: CycleTotals,
): Explanation {
  const { version, U, cycle, records } = ctx;
  const lookBack = ctx.counting.lookBack;
  const carryIn = carry.amount;
  const previousCycle = carry.previousCycle;
  const carryInRule = carry.rule;
  const order = records.map((_, i) => i).sort((a, b) => compareRecordsFast(records, a, b));
  const parts = order.map((i) => totals.credited[i]!);
  if (carryIn > 0) parts.push(carryIn);
  const formatted = formatAmountGroup(parts, U);
  const categoryIds = requirements.map((r) => r.rule.category);
  const explanation = order.map((i, k) =>
    explainRecord(version, totals, records, i, formatted.parts[k]!, U, categoryIds, flows, lookBack, cycle.end),
  );
  if (carryIn > 0) {
    explanation.push({
      kind: 'carry_in',
      recordId: null,
      title: previousCycle ? `Carry-over from ${previousCycle.start} to ${previousCycle.end}` : 'Carry-over (given)',
      completedOn: null,
      activityType: null,
      recorded: null,
      counted: true,
      reason: null,
      reasonText: null,
      conversion: null,
      converted: formatted.parts[parts.length - 1]!,
      adjustments: carryInRule ? [{ ...carryInRule, kind: 'carry_over', change: formatted.parts[parts.length - 1]! }] : [],
      credited: formatted.parts[parts.length - 1]!,
      categories: [],
    });
  }
  return { lines: explanation, earned: formatted.total };
}

function explainRecord(
  version: CompiledVersion,
  totals: CycleTotals,
  records: readonly PdRecordInput[],
  i: number,
  creditedText: string,
  U: number,
  categoryIds: string[],
  flows: Map<number, number[]> | null,
  lookBack: CompiledVersion['version']['lookBack'] | null,
  cycleEnd: LocalDate,
): ExplanationLine {
  const r = records[i]!;
  const code = totals.reason[i]!;
  const convIndex = totals.convIndex[i]!;
  const conv = convIndex >= 0 ? version.table.conversions[convIndex]! : null;
  const counted = code === COUNTED;
  const reason = code === COUNTED ? null : exclusionOf(code);
  const adjustments: ExplanationLine['adjustments'] = [];
  if (totals.roundingChange && totals.roundingChange[i] && version.version.rounding) {
    const rounding = version.version.rounding;
    adjustments.push({
      ...applied(rounding, `rounded ${rounding.mode.replace('_', ' ')} to a multiple of ${rounding.increment}`),
      kind: 'rounding',
      change: formatAmountFast(totals.roundingChange[i]!, U),
    });
  }
  for (const hit of totals.topicRemoved) {
    if (hit.record !== i || !version.version.topicMinimum) continue;
    const rule = version.version.topicMinimum;
    adjustments.push({
      ...applied(rule, rule.label ?? `a topic counts only with at least ${rule.amount}`),
      kind: 'topic_minimum',
      change: `-${formatAmountFast(hit.removed, U)}`,
    });
  }
  for (const hit of totals.capRemoved) {
    if (hit.record !== i) continue;
    const cap = version.caps[hit.cap]!;
    adjustments.push({ ...applied(cap.rule, cap.rule.label), kind: 'cap', change: `-${formatAmountFast(hit.removed, U)}` });
  }
  const line: ExplanationLine = {
    kind: 'record',
    recordId: r.id,
    title: r.title ?? null,
    completedOn: r.completedOn,
    activityType: r.activityType,
    recorded: { amount: r.amount, unit: r.unit },
    counted,
    reason,
    reasonText: reason ? EXCLUSION[reason] : null,
    conversion:
      conv && (code === COUNTED || code === R_NOT_ACCEPTED || code === R_NO_HOURS || code === R_BELOW_EVENT)
        ? { ...applied(conv.rule, conv.rule.description), arithmetic: describeConversionFast(conv) }
        : null,
    converted: formatAmountFast(totals.converted[i]!, U),
    adjustments,
    credited: creditedText,
    categories: [...(r.categories ?? [])],
  };
  const window = version.version.earningWindow;
  if (code === R_LOOK_BACK && lookBack)
    line.rule = appliedFast(lookBack, `only the last ${lookBack.years} years of the cycle count`);
  else if (code === R_PREVIOUS && window)
    line.rule = appliedFast(window, 'PD after an expiry counts for the expiring license first');
  else if (code === R_NEXT && window)
    line.rule = appliedFast(window, 'PD after the expiry counts here only as far as this license needs it');
  else if (code === R_BELOW_EVENT && conv?.rule.perEvent)
    line.rule = appliedFast(conv.rule, `at least ${conv.rule.perEvent.minimum} at one event`);
  else if (code === COUNTED && window && r.completedOn > cycleEnd)
    line.rule = appliedFast(
      window,
      `counted after the ${cycleEnd} expiry: PD through ${window.throughMonthDay} (month-day) counts`,
    );
  const flow = flows?.get(i);
  if (flow)
    line.allocation = flow
      .map((amount, j) => ({ category: categoryIds[j]!, amount: formatAmountFast(amount, U) }))
      .filter((a) => a.amount !== '0');
  if (r.hypothetical) line.hypothetical = true;
  return line;
}
