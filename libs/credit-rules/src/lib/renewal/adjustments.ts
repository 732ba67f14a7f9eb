// What the caps, the minimum per topic and rounding changed overall, one entry per rule, with
// the records each touched.
import { formatAmount } from '../exact-amount';
import { capLimit } from './caps';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import { applied, type Adjustment, type AppliedRule } from './renewal-types';
import { shareText } from './shares';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const formatAmountFast = formatAmount;

// The rule line of a cap is the same in every evaluation: made once per compiled cap.
type CompiledCap = EvaluationContext['version']['caps'][number];
const capLines = new WeakMap<CompiledCap, AppliedRule>();
function capApplied(cap: CompiledCap): AppliedRule {
  let line = capLines.get(cap);
  if (!line) {
    const { rule } = cap;
    line = applied(
      rule,
      `${rule.label}: at most ${rule.limit.kind === 'share' ? `${shareText(rule.limit.share)} of the requirement` : rule.limit.amount}`,
    );
    capLines.set(cap, line);
  }
  return line;
}

export function adjustmentsOf(ctx: EvaluationContext, totals: CycleTotals): Adjustment[] {
  const { version, requiredSub, U, records } = ctx;
  const v = version.version;
  const adjustments: Adjustment[] = [];
  // Plain loops, and nothing at all when no cap removed anything (the usual case).
  const capRemoved = totals.capRemoved;
  const caps = version.caps;
  for (let c = 0; c < caps.length && capRemoved.length > 0; c++) {
    const cap = caps[c]!;
    let removed = 0;
    let recordIds: string[] | null = null;
    for (const h of capRemoved) {
      if (h.cap !== c) continue;
      removed += h.removed;
      (recordIds ??= []).push(records[h.record]!.id);
    }
    if (recordIds === null) continue;
    const line = capApplied(cap);
    // Built field by field (not spread from the rule line): same fields, same order.
    const adjustment: Adjustment = { ruleId: line.ruleId, description: line.description, citation: line.citation } as Adjustment;
    if (line.uncertain) adjustment.uncertain = line.uncertain;
    adjustment.kind = 'cap';
    adjustment.limit = formatAmountFast(capLimit(cap, requiredSub), U);
    adjustment.before = formatAmountFast(totals.capBefore[c]!, U);
    adjustment.removed = formatAmountFast(removed, U);
    adjustment.recordIds = recordIds;
    adjustments.push(adjustment);
  }
  if (totals.topicRemoved.length > 0 && v.topicMinimum) {
    const removed = totals.topicRemoved.reduce((sum, h) => sum + h.removed, 0);
    adjustments.push({
      ...applied(v.topicMinimum, v.topicMinimum.label ?? `a topic counts only with at least ${v.topicMinimum.amount}`),
      kind: 'topic_minimum',
      limit: formatAmountFast(version.topicMinimum, U),
      before: formatAmountFast(removed, U),
      removed: formatAmountFast(removed, U),
      recordIds: totals.topicRemoved.map((h) => records[h.record]!.id),
    });
  }
  if (totals.roundingChange && v.rounding) {
    let change = 0;
    let before = 0;
    const ids: string[] = [];
    for (let i = 0; i < records.length; i++) {
      const d = totals.roundingChange[i]!;
      if (d !== 0) {
        change += d;
        before += totals.converted[i]! - d;
        ids.push(records[i]!.id);
      }
    }
    adjustments.push({
      ...applied(v.rounding, `each record rounded ${v.rounding.mode.replace('_', ' ')} to a multiple of ${v.rounding.increment}`),
      kind: 'rounding',
      limit: null,
      before: formatAmountFast(before, U),
      removed: formatAmountFast(-change, U),
      recordIds: ids,
    });
  }
  return adjustments;
}
