// Property tests (fast-check) for the rules beyond plain conversion, each under the preset that uses
// it: per-event minimums (AK), look-back windows (NE), earning windows past expiry (MT), categories
// required on every route and pathway category minimums (FL, MD), minimums per additional credential
// (DC) and per license level (VT).
import fc from 'fast-check';
import { getRuleSetPreset } from '../presets/rule-set-presets';
import type { PdRecordInput } from './pd-record';
import { evaluateRenewal } from './renewal-evaluator';

const toUnits = (s: string) => BigInt(Math.round(Number(s) * 10_000));
const dayArb = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((d) => new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10));
const hoursArb = fc.integer({ min: 0, max: 80 * 4 }).map((q) => (q % 4 === 0 ? String(q / 4) : String(q / 4)));
const withIds = (prefix: string) => (rs: Omit<PdRecordInput, 'id'>[]) =>
  rs.map((r, i) => ({ ...r, id: `${prefix}${String(i).padStart(3, '0')}` }) as PdRecordInput);

const clockRecordArb = (from: string, days: number, categories: string[] = []) =>
  fc.record({
    completedOn: dayArb(from, days),
    activityType: fc.constant('workshop' as const),
    amount: hoursArb,
    unit: fc.constant('clock_hour' as const),
    categories: fc.subarray(categories),
  });
const mixedRecordArb = (from: string, days: number, categories: string[]) =>
  fc.record({
    completedOn: dayArb(from, days),
    activityType: fc.constantFrom('workshop', 'course') as fc.Arbitrary<PdRecordInput['activityType']>,
    amount: fc.integer({ min: 0, max: 40 }).map(String),
    unit: fc.constantFrom('clock_hour', 'semester_credit') as fc.Arbitrary<PdRecordInput['unit']>,
    categories: fc.subarray(categories),
    level: fc.constantFrom('graduate', 'undergraduate', null) as fc.Arbitrary<PdRecordInput['level']>,
  });

describe('per-event minimums (AK non-academic hours)', () => {
  const ak = getRuleSetPreset('ak');
  const license = { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' };
  const asOf = '2026-06-30';

  it('each event credits exactly its whole 15-hour blocks / 15, and under 15 hours nothing', () => {
    fc.assert(
      fc.property(fc.array(clockRecordArb('2021-07-01', 1800), { maxLength: 12 }).map(withIds('e')), (records) => {
        const r = evaluateRenewal({ ruleSet: ak, license, records, asOf });
        for (const line of r.explanation) {
          const hours = Number(line.recorded!.amount);
          const blocks = Math.floor(hours / 15);
          expect(toUnits(line.credited)).toBe(toUnits(line.credited === '0' ? '0' : line.credited));
          expect(Number(line.credited) * 15).toBeCloseTo(blocks * 15, 6);
          expect(line.reason).toBe(hours < 15 ? 'below_event_minimum' : null);
        }
      }),
    );
  });

  it('splitting one event into two records never adds credit (hours from different events are not combined)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, b) => {
        const one = evaluateRenewal({
          ruleSet: ak,
          license,
          asOf,
          records: [{ id: 'w', completedOn: '2022-01-01', activityType: 'workshop', amount: String(a + b), unit: 'clock_hour' }],
        });
        const two = evaluateRenewal({
          ruleSet: ak,
          license,
          asOf,
          records: [
            { id: 'w1', completedOn: '2022-01-01', activityType: 'workshop', amount: String(a), unit: 'clock_hour' },
            { id: 'w2', completedOn: '2022-01-02', activityType: 'workshop', amount: String(b), unit: 'clock_hour' },
          ],
        });
        expect(toUnits(two.earned) <= toUnits(one.earned)).toBe(true);
      }),
    );
  });
});

describe('look-back windows (NE Professional, 10 years, last 5 count)', () => {
  const ne = getRuleSetPreset('ne');
  const license = { licenseType: 'professional', cycleStart: '2021-09-01', cycleEnd: '2031-08-31' };

  it('records before the look-back never change earned, remaining or status', () => {
    fc.assert(
      fc.property(
        fc.array(mixedRecordArb('2026-09-01', 1825, []), { maxLength: 8 }).map(withIds('in')),
        fc.array(mixedRecordArb('2021-09-01', 1825 - 1, []), { minLength: 1, maxLength: 8 }).map(withIds('old')),
        dayArb('2021-09-01', 3650),
        (inside, before, asOf) => {
          const base = evaluateRenewal({ ruleSet: ne, license, records: inside, asOf }, { explain: false });
          const more = evaluateRenewal({ ruleSet: ne, license, records: [...inside, ...before], asOf }, { explain: false });
          expect([more.earned, more.remaining, more.status]).toEqual([base.earned, base.remaining, base.status]);
          expect([more.countedFrom, more.countedThrough]).toEqual(['2026-09-01', '2031-08-31']);
        },
      ),
    );
  });
});

describe('earning windows past expiry (MT: through August 31 after a June 30 expiry)', () => {
  const mt = getRuleSetPreset('mt');
  const first = { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' };
  const second = { cycleStart: '2024-07-01', cycleEnd: '2029-06-30' };

  it('no record counts for both licenses, and nothing after August 31 counts for the expiring one', () => {
    fc.assert(
      fc.property(fc.array(clockRecordArb('2023-01-01', 900), { maxLength: 15 }).map(withIds('m')), (records) => {
        const a = evaluateRenewal({ ruleSet: mt, license: first, records, asOf: '2024-08-31' });
        const b = evaluateRenewal({ ruleSet: mt, license: second, records, asOf: '2029-06-30' });
        const creditedA = new Map(a.explanation.map((l) => [l.recordId, toUnits(l.credited)]));
        for (const line of b.explanation) {
          const inA = creditedA.get(line.recordId) ?? 0n;
          expect(inA > 0n && toUnits(line.credited) > 0n).toBe(false);
        }
        for (const line of a.explanation) if (line.completedOn! > '2024-08-31') expect(line.credited).toBe('0');
      }),
    );
  });

  it('overlap PD goes to the expiring license only as far as it needs it', () => {
    fc.assert(
      fc.property(
        fc.array(clockRecordArb('2024-07-01', 61), { maxLength: 10 }).map(withIds('o')),
        fc.integer({ min: 0, max: 80 }),
        (overlap, earlier) => {
          const records = [
            {
              id: 'early',
              completedOn: '2021-01-01',
              activityType: 'workshop' as const,
              amount: String(earlier),
              unit: 'clock_hour' as const,
            },
            ...overlap,
          ];
          const a = evaluateRenewal({ ruleSet: mt, license: first, records, asOf: '2024-08-31' });
          const b = evaluateRenewal({ ruleSet: mt, license: second, records, asOf: '2029-06-30' });
          const usedByA = b.explanation
            .filter((l) => l.reason === 'used_by_previous_cycle')
            .reduce((s, l) => s + toUnits(l.recorded!.amount), 0n);
          // Without the last record it took, the expiring license would still have been short.
          if (usedByA > 0n)
            expect(toUnits(a.earned) >= 60n * 10_000n || toUnits(a.earned) === BigInt(earlier) * 10_000n + usedByA).toBe(true);
          expect(BigInt(earlier) * 10_000n + usedByA - 60n * 10_000n < 80n * 10_000n).toBe(true);
        },
      ),
    );
  });
});

describe('categories on every route and pathway minimums (FL, MD)', () => {
  it('FL: while the students-with-disabilities minimum is unmet, no route completes the renewal', () => {
    const fl = getRuleSetPreset('fl');
    fc.assert(
      fc.property(
        fc
          .array(mixedRecordArb('2021-07-01', 1825, ['students_with_disabilities', 'literacy']), { maxLength: 12 })
          .map(withIds('f')),
        (records) => {
          const r = evaluateRenewal({
            ruleSet: fl,
            license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
            records,
            asOf: '2026-06-30',
          });
          const swd = r.categories.find((c) => c.id === 'students_with_disabilities')!;
          if (!swd.met) {
            expect(r.status).not.toBe('complete');
            expect(r.pathways.every((p) => !p.met && p.blockedBy.some((b) => b.ruleId === 'fl-swd'))).toBe(true);
          }
        },
      ),
    );
  });

  it('MD legacy: the PDP route is met only with every one of its four areas', () => {
    const md = getRuleSetPreset('md');
    const areas = ['content_or_pedagogy', 'english_language_learners', 'students_with_disabilities', 'cultural_competency'];
    fc.assert(
      fc.property(fc.array(mixedRecordArb('2021-07-01', 1800, areas), { maxLength: 12 }).map(withIds('d')), (records) => {
        const r = evaluateRenewal({ ruleSet: md, license: { issuedOn: '2021-07-01' }, records, asOf: '2026-06-30' });
        const route = r.pathways.find((p) => p.id === 'md-legacy-pdp-option')!;
        expect(route.met).toBe(toUnits(route.earned) >= 90n * 10_000n && route.categories.every((c) => c.met));
      }),
    );
  });
});

describe('minimums per additional credential and per license level (DC, VT)', () => {
  it('DC: required is 120 + 45 per additional credential, and the additional-content minimum is 45 each', () => {
    const dc = getRuleSetPreset('dc');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (n) => {
        const r = evaluateRenewal({
          ruleSet: dc,
          license: { cycleStart: '2021-08-01', cycleEnd: '2025-07-31', additionalLicenses: n },
          records: [],
          asOf: '2022-01-01',
        });
        expect(r.required).toBe(String(120 + 45 * n));
        const extra = r.categories.find((c) => c.id === 'additional_credential_content');
        if (n === 0) expect(extra).toBeUndefined();
        else expect(extra!.required).toBe(String(45 * n));
      }),
    );
  });

  it('VT: the endorsement and core minimums follow the license level, the endorsement one grows per endorsement', () => {
    const vt = getRuleSetPreset('vt');
    fc.assert(
      fc.property(fc.constantFrom('level_i', 'level_ii'), fc.integer({ min: 0, max: 4 }), (level, endorsements) => {
        const r = evaluateRenewal({
          ruleSet: vt,
          license: {
            licenseType: level,
            cycleStart: '2021-08-15',
            cycleEnd: level === 'level_i' ? '2024-08-14' : '2026-08-14',
            endorsements,
          },
          records: [],
          asOf: '2022-01-01',
        });
        const base = level === 'level_i' ? 15 : 30;
        expect(r.categories.map((c) => [c.id, c.required])).toEqual([
          ['subject_area', String(base * (1 + endorsements))],
          ['core_teaching_leadership_standards', String(level === 'level_i' ? 30 : 60)],
        ]);
      }),
    );
  });
});

describe('order independence under the new rules', () => {
  it.each([
    ['ak', { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' }],
    ['mt', { cycleStart: '2024-07-01', cycleEnd: '2029-06-30' }],
    ['ne', { licenseType: 'professional', cycleStart: '2021-09-01', cycleEnd: '2031-08-31' }],
    ['fl', { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' }],
  ])('%s: shuffled records give the same result', (id, license) => {
    const ruleSet = getRuleSetPreset(id);
    const recordsArb = fc
      .array(mixedRecordArb('2019-01-01', 4000, ['students_with_disabilities']), { maxLength: 15 })
      .map(withIds('s'));
    fc.assert(
      fc.property(
        recordsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([records, shuffled]) => {
          const a = evaluateRenewal({ ruleSet, license, records, asOf: '2028-01-01' });
          const b = evaluateRenewal({ ruleSet, license, records: shuffled, asOf: '2028-01-01' });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 50 },
    );
  });
});
