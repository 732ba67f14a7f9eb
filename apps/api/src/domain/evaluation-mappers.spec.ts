// The renewal model carries what the converter does not check, the rules that shaped the result,
// what blocks a route and whether each source was confirmed (FL: 20 SWD points on every route).
import { evaluateRenewal, getRuleSetPreset } from '@pd-ledger/credit-rules';
import { toRenewalModel } from './evaluation-mappers';

describe('toRenewalModel', () => {
  it('maps not-checked rules, rule lines, blocked routes and citation checks', () => {
    const result = evaluateRenewal({
      ruleSet: getRuleSetPreset('fl'),
      license: { licenseType: 'professional_reading', cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
      records: [{ id: 'r1', completedOn: '2022-01-10', activityType: 'course', amount: '6', unit: 'semester_credit' }],
      asOf: '2025-01-01',
    });
    const model = toRenewalModel(result, { id: 'l1', stateCode: 'FL', licenseType: 'professional_reading', number: 'FL-1' });
    expect(model.notChecked.map((n) => [n.ruleId, n.citation.checkStatus])).toEqual([['fl-reading-ten-years', 'confirmed']]);
    expect(model.rulesApplied.map((r) => r.ruleId)).toEqual(['fl-college-credit']);
    expect(model.pathways).toEqual([
      expect.objectContaining({
        id: 'fl-college-credit',
        met: false,
        blockedBy: [
          'Teaching students with disabilities (required on every route)',
          'Reading / evidence-based literacy incl. dyslexia (required on every route)',
        ],
      }),
    ]);
    expect(model.status).not.toBe('COMPLETE');
  });
});
