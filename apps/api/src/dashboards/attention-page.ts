import { checkIntRange } from '../common/validation';
import { ATTENTION_REASON_ORDER, type AttentionReason } from '../renewal-standing/renewal-standing';
import type { AttentionPageModel, AttentionRowModel } from './dashboards.model';

export const ATTENTION_DEFAULT_LIMIT = 10;
export const ATTENTION_MAX_LIMIT = 100;
/** Far past any school's staff; only there to refuse nonsense with a clear error. */
export const ATTENTION_MAX_OFFSET = 1_000_000;

/**
 * One page of a school home's attention list (`rows`, already sorted most urgent first), with the
 * counts the filter shows. Only slices what was computed: no database work. An offset past the end
 * of the matching rows gives the last page (its start is returned as `offset`).
 */
export function attentionPage(
  rows: readonly AttentionRowModel[],
  reason: AttentionReason | null | undefined,
  offset: number | null | undefined,
  limit: number | null | undefined,
): AttentionPageModel {
  checkIntRange('offset', offset, 0, ATTENTION_MAX_OFFSET);
  checkIntRange('limit', limit, 1, ATTENTION_MAX_LIMIT);
  const pageSize = limit ?? ATTENTION_DEFAULT_LIMIT;
  const matchingRows = reason ? rows.filter((row) => row.reasons.includes(reason)) : rows;
  const lastPageStart = matchingRows.length === 0 ? 0 : Math.floor((matchingRows.length - 1) / pageSize) * pageSize;
  const start = Math.min(offset ?? 0, lastPageStart);
  return {
    total: rows.length,
    byReason: ATTENTION_REASON_ORDER.map((r) => ({ reason: r, count: rows.filter((row) => row.reasons.includes(r)).length })),
    matching: matchingRows.length,
    offset: start,
    rows: matchingRows.slice(start, start + pageSize),
  };
}
