// Exclusive category allocation (NC): a record may be split across required categories but never
// counted twice, found as a maximum flow from records to categories.
import type { CycleTotals } from './conversion';

/** Exclusive allocation (NC): a record may be split across categories but not double counted. Max flow. */
export function allocateExclusive(
  totals: CycleTotals,
  needs: number[],
  fits: (i: number, j: number) => boolean,
): { earned: number[]; flows: Map<number, number[]> } {
  const m = needs.length;
  const recs: number[] = [];
  for (let i = 0; i < totals.count; i++) {
    if (totals.credited[i]! <= 0) continue;
    for (let j = 0; j < m; j++) {
      if (fits(i, j)) {
        recs.push(i);
        break;
      }
    }
  }
  const n = recs.length;
  // Nodes: 0 source, 1..n records, n+1..n+m categories, n+m+1 sink.
  const size = n + m + 2;
  const sink = size - 1;
  const cap = Array.from({ length: size }, () => new Float64Array(size));
  recs.forEach((i, k) => {
    cap[0]![k + 1] = totals.credited[i]!;
    for (let j = 0; j < m; j++) if (fits(i, j)) cap[k + 1]![n + 1 + j] = totals.credited[i]!;
  });
  for (let j = 0; j < m; j++) cap[n + 1 + j]![sink] = needs[j]!;
  const flow = Array.from({ length: size }, () => new Float64Array(size));
  for (;;) {
    const parent = new Int32Array(size).fill(-1);
    parent[0] = 0;
    const queue = [0];
    while (queue.length && parent[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < size; v++) {
        if (parent[v] === -1 && cap[u]![v]! - flow[u]![v]! > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] === -1) break;
    let push = Infinity;
    for (let v = sink; v !== 0; v = parent[v]!) push = Math.min(push, cap[parent[v]!]![v]! - flow[parent[v]!]![v]!);
    for (let v = sink; v !== 0; v = parent[v]!) {
      flow[parent[v]!]![v]! += push;
      flow[v]![parent[v]!]! -= push;
    }
  }
  const earned = needs.map((_, j) => flow[n + 1 + j]![sink]!);
  const flows = new Map<number, number[]>();
  recs.forEach((i, k) =>
    flows.set(
      i,
      needs.map((_, j) => Math.max(0, flow[k + 1]![n + 1 + j]!)),
    ),
  );
  return { earned, flows };
}
