// Limits on what counts, applied to a cycle's credited amounts in place: the minimum per topic
// (MA), then the caps in the order the rule set lists them.
import type { PdRecordInput } from '../pd-record';
import type { CycleTotals } from './conversion';
import { compareRecords, selectorMatchesShape } from './record-match';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const selectorMatchesFast = selectorMatchesShape;
const compareRecordsFast = compareRecords;

/**
 * Minimum per topic (MA): a topic (first category; untagged records share one) counts only once
 * its credited total reaches the minimum.
 */
export function applyTopicMinimum(totals: CycleTotals, records: readonly PdRecordInput[]): void {
  const { credited, count: n } = totals;
  const minimum = totals.version.topicMinimum;
  const byTopic = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (credited[i]! <= 0) continue;
    const topic = records[i]!.categories?.[0] ?? '';
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + credited[i]!);
  }
  for (let i = 0; i < n; i++) {
    if (credited[i]! <= 0) continue;
    if (byTopic.get(records[i]!.categories?.[0] ?? '')! >= minimum) continue;
    totals.topicRemoved.push({ record: i, removed: credited[i]! });
    totals.ownEarned -= credited[i]!;
    credited[i] = 0;
  }
}

/**
 * Caps, in the order the rule set lists them. The earliest records keep their credit; the cap
 * removes from the latest ones (by date, then id) so the result does not depend on input order.
 */
export function applyCaps(totals: CycleTotals, records: readonly PdRecordInput[]): void {
  const { credited, catBits, shape, count: n, requiredSub, capRemoved } = totals;
  const caps = totals.version.caps;
  if (caps.length === 0) return;
  // Plain loops and one array per evaluation: no closure, and the matching records are listed
  // only for a cap that removes something (the usual cap removes nothing).
  const capBefore = new Array<number>(caps.length);
  totals.capBefore = capBefore;
  for (let c = 0; c < caps.length; c++) {
    const cap = caps[c]!;
    const selector = cap.selector;
    const limit = capLimit(cap, requiredSub);
    let sum = 0;
    for (let i = 0; i < n; i++)
      if (credited[i]! > 0 && selectorMatchesFast(selector, shape[i]!, catBits[i]!)) sum += credited[i]!;
    capBefore[c] = sum;
    if (sum <= limit) continue;
    const matched: number[] = [];
    for (let i = 0; i < n; i++) if (credited[i]! > 0 && selectorMatchesFast(selector, shape[i]!, catBits[i]!)) matched.push(i);
    matched.sort((a, b) => compareRecordsFast(records, a, b));
    let allowed = limit;
    for (const i of matched) {
      const keep = Math.min(credited[i]!, allowed);
      allowed -= keep;
      const removed = credited[i]! - keep;
      if (removed > 0) {
        credited[i] = keep;
        totals.ownEarned -= removed;
        capRemoved.push({ cap: c, record: i, removed });
      }
    }
  }
}

/** A cap's limit in sub-units: a fixed amount, or a share of the requirement. */
export function capLimit(cap: CycleTotals['version']['caps'][number], requiredSub: number): number {
  return cap.amount ?? (requiredSub * cap.share!.num) / cap.share!.den;
}
