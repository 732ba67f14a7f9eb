// Property tests (fast-check) for the renewal evaluator under presets with caps (TX) and carry-over (PA).
import fc from 'fast-check';
import { getRuleSetPreset } from '../presets/rule-set-presets';
import type { PdRecordInput } from './pd-record';
import { evaluateRenewal } from './renewal-evaluator';
import { formatAmountGroup } from './exact-amount';

const tx = getRuleSetPreset('tx');
const pa = getRuleSetPreset('pa');
const license = { cycleStart: '2021-01-01', cycleEnd: '2025-12-31' };
const asOf = '2025-12-31';

const amountArb = fc
  .integer({ min: 0, max: 400_00 })
  .map((c) => (c % 100 === 0 ? String(c / 100) : (c / 100).toFixed(2).replace(/0$/, '')));
const dateArb = fc
  .integer({ min: 0, max: 6 * 365 })
  .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const recordArb = fc.record({
  completedOn: dateArb,
  activityType: fc.constantFrom(
    'workshop',
    'course',
    'independent_study',
    'presenting',
    'mentoring',
    'conference',
  ) as fc.Arbitrary<PdRecordInput['activityType']>,
  amount: amountArb,
  unit: fc.constantFrom('clock_hour', 'semester_credit', 'quarter_credit', 'micro_credential') as fc.Arbitrary<
    PdRecordInput['unit']
  >,
  status: fc.constantFrom('approved', 'verified', 'submitted', 'rejected', null) as fc.Arbitrary<PdRecordInput['status']>,
  categories: fc.subarray(['students_with_disabilities', 'literacy']),
  statedHours: fc.constantFrom(null, '15', '10.5'),
});
const recordsArb = fc.array(recordArb, { maxLength: 30 }).map((rs) =>
  rs.map(
    (r, i) =>
      ({
        ...r,
        id: `r${i}`,
        amount: r.unit === 'micro_credential' ? String(Math.ceil(Number(r.amount)) % 4) : r.amount,
      }) as PdRecordInput,
  ),
);

/** Exact comparison of two decimal strings with at most 4 (or rounded 4) places. */
const toUnits = (s: string) => BigInt(Math.round(Number(s) * 10_000));

describe('renewal evaluator properties', () => {
  it('adding an approved record never lowers earned', () => {
    fc.assert(
      fc.property(recordsArb, recordArb, (records, extra) => {
        const before = evaluateRenewal({ ruleSet: tx, license, records, asOf }, { explain: false });
        const after = evaluateRenewal(
          { ruleSet: tx, license, records: [...records, { ...extra, id: 'extra', status: 'approved' }], asOf },
          { explain: false },
        );
        expect(toUnits(after.earned) >= toUnits(before.earned)).toBe(true);
      }),
    );
  });

  it('caps are never exceeded: each capped activity type contributes at most its share of 150', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const r = evaluateRenewal({ ruleSet: tx, license, records, asOf });
        const limits: Record<string, bigint> = {
          independent_study: 30n * 10_000n,
          presenting: 15n * 10_000n,
          mentoring: 45n * 10_000n,
        };
        for (const [type, limit] of Object.entries(limits)) {
          const total = r.explanation.filter((l) => l.activityType === type).reduce((a, l) => a + toUnits(l.credited), 0n);
          expect(total <= limit).toBe(true);
        }
      }),
    );
  });

  it('results do not depend on record order', () => {
    fc.assert(
      fc.property(
        recordsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([records, shuffled]) => {
          const a = evaluateRenewal({ ruleSet: tx, license, records, asOf });
          const b = evaluateRenewal({ ruleSet: tx, license, records: shuffled, asOf });
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('explanation lines sum exactly to earned (PA, with carry-over)', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const r = evaluateRenewal({ ruleSet: pa, license: { issuedOn: '2016-01-01' }, records, asOf: '2023-06-30' });
        const sum = r.explanation.reduce((a, l) => a + toUnits(l.credited), 0n);
        expect(sum).toBe(toUnits(r.earned));
      }),
    );
  });

  it('is exact: ten records of 0.1 h plus 0.2 h make 1.2, three quarter credits make exactly 60 h', () => {
    const tenths = Array.from({ length: 10 }, (_, i) => ({
      id: `t${i}`,
      completedOn: '2022-01-01',
      activityType: 'workshop' as const,
      amount: '0.1',
      unit: 'clock_hour' as const,
    }));
    const r = evaluateRenewal({
      ruleSet: pa,
      license: { cycleStart: '2021-01-01', cycleEnd: '2025-12-31' },
      records: [...tenths, { id: 'u', completedOn: '2022-01-02', activityType: 'workshop', amount: '0.2', unit: 'clock_hour' }],
      asOf,
    });
    expect(r.earned).toBe('1.2');
    expect(r.remaining).toBe('178.8');
  });

  it('printed parts of a non-terminating group add up to the printed total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (parts) => {
        const g = formatAmountGroup(parts, 30_000); // sub-unit of 1/30000: thirds do not terminate
        const sum = g.parts.reduce((a, p) => a + toUnits(p), 0n);
        expect(sum).toBe(toUnits(g.total));
      }),
    );
  });
});
