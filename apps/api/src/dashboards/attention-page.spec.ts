import { AttentionReason } from '../renewal-standing/renewal-standing';
import { attentionPage } from './attention-page';
import type { AttentionRowModel } from './dashboards.model';

function row(id: string, reasons: AttentionReason[]): AttentionRowModel {
  return { educator: { id } as AttentionRowModel['educator'], reasons, renewal: null, lastPdOn: null };
}

// Most urgent first, as the school home sorts them.
const ROWS = [
  row('a', [AttentionReason.LAPSED, AttentionReason.NO_PD_THIS_YEAR]),
  row('b', [AttentionReason.BEHIND, AttentionReason.DEADLINE_SOON]),
  row('c', [AttentionReason.NO_PD_THIS_YEAR]),
  row('d', [AttentionReason.NO_PD_THIS_YEAR]),
  row('e', [AttentionReason.NO_PD_THIS_YEAR]),
];
const ids = (rows: AttentionRowModel[]) => rows.map((r) => r.educator.id);

describe('attentionPage', () => {
  it('slices the list, counting everyone and each reason in the order of urgency', () => {
    const page = attentionPage(ROWS, null, 2, 2);
    expect(ids(page.rows)).toEqual(['c', 'd']);
    expect(page).toMatchObject({ total: 5, matching: 5, offset: 2 });
    expect(page.byReason).toEqual([
      { reason: 'LAPSED', count: 1 },
      { reason: 'BEHIND', count: 1 },
      { reason: 'DEADLINE_SOON', count: 1 },
      { reason: 'AT_RISK', count: 0 },
      { reason: 'NO_PD_THIS_YEAR', count: 4 },
    ]);
  });

  it('filters by reason and takes 0 and 10 when offset and limit are left out (or null)', () => {
    expect(ids(attentionPage(ROWS, AttentionReason.NO_PD_THIS_YEAR, undefined, undefined).rows)).toEqual(['a', 'c', 'd', 'e']);
    const page = attentionPage(ROWS, AttentionReason.NO_PD_THIS_YEAR, null, null);
    expect(page).toMatchObject({ total: 5, matching: 4, offset: 0 });
  });

  it('gives the last page for an offset past the end, and an empty first page when nobody matches', () => {
    expect(attentionPage(ROWS, null, 5, 2)).toMatchObject({ offset: 4, rows: [ROWS[4]] });
    expect(attentionPage(ROWS, null, 99, 5)).toMatchObject({ offset: 0, rows: ROWS });
    // An offset inside the list is kept even when it is not a multiple of the limit.
    expect(ids(attentionPage(ROWS, null, 3, 2).rows)).toEqual(['d', 'e']);
    expect(attentionPage(ROWS, AttentionReason.AT_RISK, 30, 10)).toMatchObject({ matching: 0, offset: 0, rows: [] });
    expect(attentionPage([], null, 0, 10)).toMatchObject({ total: 0, matching: 0, offset: 0, rows: [] });
  });
});
