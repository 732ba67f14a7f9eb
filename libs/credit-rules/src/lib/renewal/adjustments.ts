// What the caps, the minimum per topic and rounding changed overall, one entry per rule, with
// the records each touched.
import { formatAmount } from '../exact-amount';
import { capLimit } from './caps';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import { applied, type Adjustment } from './renewal-types';
import { shareText } from './shares';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const formatAmountFast = formatAmount;

export function adjustmentsOf(ctx: EvaluationContext, totals: CycleTotals): Adjustment[] {
  const { version, requiredSub, U, records } = ctx;
  const v = version.version;
  const adjustments: Adjustment[] = [];
  version.caps.forEach((cap, c) => {
    const hits = totals.capRemoved.filter((h) => h.cap === c);
    if (hits.length === 0) return;
    const removed = hits.reduce((s, h) => s + h.removed, 0);
    const limit = capLimit(cap, requiredSub);
    adjustments.push({
      ...applied(
        cap.rule,
        `${cap.rule.label}: at most ${cap.rule.limit.kind === 'share' ? `${shareText(cap.rule.limit.share)} of the requirement` : cap.rule.limit.amount}`,
      ),
      kind: 'cap',
      limit: formatAmountFast(limit, U),
      before: formatAmountFast(totals.capBefore[c]!, U),
      removed: formatAmountFast(removed, U),
      recordIds: hits.map((h) => records[h.record]!.id),
    });
  });
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
