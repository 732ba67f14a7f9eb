import { RenewalStatus } from '../domain/evaluation.models';
import {
  attentionReasons,
  AttentionReason,
  compareAttention,
  addToCounts,
  emptyStatusCounts,
  type RenewalStanding,
} from './renewal-standing';

function standing(status: RenewalStatus, daysLeft: number, remaining = '10'): RenewalStanding {
  return {
    status,
    daysLeft,
    remaining,
    licenseId: 'l',
    licenseTypeName: 'Instructional II',
    unitName: 'Act 48 hours',
    deadline: '2027-06-30',
    required: '180',
    earned: '170',
  };
}

describe('attentionReasons', () => {
  it('flags lapsed, behind and at-risk renewals by the converter status', () => {
    expect(attentionReasons(standing(RenewalStatus.LAPSED, -400), true)).toEqual([AttentionReason.LAPSED]);
    expect(attentionReasons(standing(RenewalStatus.BEHIND, 500), true)).toEqual([AttentionReason.BEHIND]);
    expect(attentionReasons(standing(RenewalStatus.AT_RISK, 500), true)).toEqual([AttentionReason.AT_RISK]);
    expect(attentionReasons(standing(RenewalStatus.ON_TRACK, 500), true)).toEqual([]);
  });

  it('flags a deadline within 90 days (or passed) when the cycle is not complete', () => {
    expect(attentionReasons(standing(RenewalStatus.ON_TRACK, 90), true)).toEqual([AttentionReason.DEADLINE_SOON]);
    expect(attentionReasons(standing(RenewalStatus.ON_TRACK, 91), true)).toEqual([]);
    expect(attentionReasons(standing(RenewalStatus.BEHIND, -3), true)).toEqual([
      AttentionReason.BEHIND,
      AttentionReason.DEADLINE_SOON,
    ]);
    expect(attentionReasons(standing(RenewalStatus.COMPLETE, 10, '0'), true)).toEqual([]);
  });

  it('flags no PD this year, with or without a license', () => {
    expect(attentionReasons(null, false)).toEqual([AttentionReason.NO_PD_THIS_YEAR]);
    expect(attentionReasons(null, true)).toEqual([]);
    expect(attentionReasons(standing(RenewalStatus.COMPLETE, 400, '0'), false)).toEqual([AttentionReason.NO_PD_THIS_YEAR]);
  });
});

describe('compareAttention', () => {
  it('puts the most urgent reason first, then the nearest deadline', () => {
    const rows = [
      { name: 'no pd', reasons: [AttentionReason.NO_PD_THIS_YEAR], standing: null },
      { name: 'at risk far', reasons: [AttentionReason.AT_RISK], standing: standing(RenewalStatus.AT_RISK, 300) },
      { name: 'at risk near', reasons: [AttentionReason.AT_RISK], standing: standing(RenewalStatus.AT_RISK, 100) },
      { name: 'lapsed', reasons: [AttentionReason.LAPSED], standing: standing(RenewalStatus.LAPSED, -500) },
      { name: 'soon', reasons: [AttentionReason.DEADLINE_SOON], standing: standing(RenewalStatus.ON_TRACK, 30) },
    ];
    expect(rows.sort(compareAttention).map((r) => r.name)).toEqual(['lapsed', 'soon', 'at risk near', 'at risk far', 'no pd']);
  });
});

describe('addToCounts', () => {
  it('counts each status and people without a license', () => {
    const counts = emptyStatusCounts();
    addToCounts(counts, standing(RenewalStatus.ON_TRACK, 1));
    addToCounts(counts, standing(RenewalStatus.ON_TRACK, 1));
    addToCounts(counts, standing(RenewalStatus.LAPSED, 1));
    addToCounts(counts, null);
    expect(counts).toEqual({ complete: 0, onTrack: 2, atRisk: 0, behind: 0, lapsed: 1, noLicense: 1, total: 4 });
  });
});
