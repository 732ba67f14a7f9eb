// Equivalence properties (fast-check) for the converter's hot path: the evaluation without
// explanations (typed arrays, integer sub-units, the previous cycle's pass reusing the evaluated
// cycle's reading of the records) against the evaluation with explanations, against the previous
// cycle evaluated on its own, and against exact decimal arithmetic done here with BigInt.
import fc from 'fast-check';
import { RULE_SET_PRESET_IDS, getRuleSetPreset } from '../presets/rule-set-presets';
import type { PdRecordInput } from './pd-record';
import { evaluateRenewal } from './renewal-evaluator';
import type { ConversionRule } from './rule-set.schema';

const ACTIVITIES = [
  'workshop',
  'course',
  'conference',
  'independent_study',
  'presenting',
  'mentoring',
  'micro_credential',
] as const;
const UNITS = ['clock_hour', 'semester_credit', 'quarter_credit', 'ceu', 'micro_credential'] as const;

// Amounts with 0 to 4 decimals, small and large (up to 10^6).
const amountArb = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }))
  .map(([whole, frac, places]) => {
    if (places === 0) return String(whole);
    const digits = String(frac).padStart(4, '0').slice(0, places);
    return `${whole}.${digits}`;
  });
const smallAmountArb = fc.integer({ min: 0, max: 40_0000 }).map((c) => {
  const whole = Math.floor(c / 10_000);
  const frac = String(c % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
});
const dateArb = fc
  .integer({ min: 0, max: 12 * 365 })
  .map((d) => new Date(Date.UTC(2014, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const recordArb = (amount: fc.Arbitrary<string>) =>
  fc.record({
    completedOn: dateArb,
    activityType: fc.constantFrom(...ACTIVITIES) as fc.Arbitrary<PdRecordInput['activityType']>,
    amount,
    unit: fc.constantFrom(...UNITS) as fc.Arbitrary<PdRecordInput['unit']>,
    status: fc.constantFrom('approved', 'verified', 'submitted', 'rejected', 'voided', null) as fc.Arbitrary<
      PdRecordInput['status']
    >,
    categories: fc.subarray(['students_with_disabilities', 'literacy', 'suicide_prevention', 'ethics']),
    statedHours: fc.constantFrom(null, '15', '10.5', '2.25'),
    level: fc.constantFrom(null, 'graduate', 'undergraduate'),
    inDistrict: fc.boolean(),
    hypothetical: fc.constantFrom(false, false, false, true),
  });
const recordsArb = (amount: fc.Arbitrary<string>) =>
  fc.array(recordArb(amount), { maxLength: 25 }).map((rs) =>
    rs.map(
      (r, i) =>
        ({
          ...r,
          id: `r${i}`,
          // A micro-credential is earned whole.
          amount: r.unit === 'micro_credential' ? String(Math.floor(Number(r.amount)) % 4) : r.amount,
        }) as PdRecordInput,
    ),
  );

/** A decimal string in millionths (exactly, for at most 6 places). */
function toMicro(text: string): bigint {
  const [whole, frac = ''] = text.split('.');
  return BigInt(whole!) * 1_000_000n + BigInt(frac.padEnd(6, '0').slice(0, 6));
}

/** The outcome of an evaluation, or the error it threw (name and message). */
function outcome(run: () => ReturnType<typeof evaluateRenewal>) {
  try {
    return { ok: run() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe('converter hot path equivalence', () => {
  it.each(RULE_SET_PRESET_IDS.map((id) => [id]))(
    '%s: without explanations every figure equals the evaluation with explanations',
    (id) => {
      const ruleSet = getRuleSetPreset(id);
      fc.assert(
        fc.property(
          recordsArb(fc.oneof(smallAmountArb, amountArb)),
          fc.constantFrom('2023-06-30', '2025-11-22', '2027-01-15'),
          (records, asOf) => {
            const input = { ruleSet, license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' }, records, asOf };
            const fast = outcome(() => evaluateRenewal(input, { explain: false }));
            const full = outcome(() => evaluateRenewal(input));
            if ('error' in full) {
              expect(fast).toEqual(full);
              return;
            }
            expect('ok' in fast).toBe(true);
            expect({ ...fast.ok, earned: null }).toEqual({ ...full.ok, explanation: [], earned: null });
            // Earned is the same figure. Printed: equal, except that a total whose decimal does not
            // terminate is printed with as many places as the explanation lines need (at least 4)
            // beside the explanation, and with at most 4 without it (exact-amount.ts, display rule).
            if (fast.ok!.earned !== full.ok.earned) {
              const diff = toMicro(fast.ok!.earned) - toMicro(full.ok.earned);
              expect(diff >= -100n && diff <= 100n).toBe(true);
              // (4 places, trailing zeros dropped: 97043.5830 prints as 97043.583.)
              expect(fast.ok!.earned.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it('PA: the carry-over computed from the previous cycle equals that cycle evaluated on its own', () => {
    const pa = getRuleSetPreset('pa');
    fc.assert(
      fc.property(recordsArb(smallAmountArb), (records) => {
        const asOf = '2025-11-22';
        const current = evaluateRenewal(
          { ruleSet: pa, license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' }, records, asOf },
          { explain: false },
        );
        // The previous cycle on its own, with nothing carried into it (carry-over goes one level back).
        const previous = evaluateRenewal(
          { ruleSet: pa, license: { cycleStart: '2016-07-01', cycleEnd: '2021-06-30' }, records, asOf, carryIn: '0' },
          { explain: false },
        );
        expect(current.carryIn).toBe(previous.carryOut);
        // And the current cycle given that amount is the same evaluation.
        const given = evaluateRenewal(
          {
            ruleSet: pa,
            license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
            records,
            asOf,
            carryIn: previous.carryOut,
          },
          { explain: false },
        );
        expect(given.earned).toBe(current.earned);
        expect(given.status).toBe(current.status);
      }),
      { numRuns: 200 },
    );
  });

  // Exact decimal reference: approved records in the cycle converted by their first matching rule,
  // summed as fractions with BigInt, printed exactly (or half-up to 4 places when the decimal does
  // not terminate). Presets whose conversions include thirds (quarter credits) and plain factors.
  const exactCases = RULE_SET_PRESET_IDS.filter((id) => {
    const v = getRuleSetPreset(id).versions.at(-1)!;
    return (
      v.caps.length === 0 &&
      !v.rounding &&
      !v.topicMinimum &&
      !v.carryOver &&
      !v.lookBack &&
      !v.earningWindow &&
      v.conversions.every((c) => !c.perEvent)
    );
  });

  it('there are presets for the exact reference, thirds among them', () => {
    expect(exactCases.length).toBeGreaterThan(3);
    expect(
      exactCases.some((id) =>
        getRuleSetPreset(id).versions.some((v) =>
          v.conversions.some((c) => (c.value.kind === 'factor' ? c.value.factor.includes('/') : false)),
        ),
      ),
    ).toBe(true);
  });

  const pow10 = (n: number) => 10n ** BigInt(n);
  function fraction(text: string): [bigint, bigint] {
    if (text.includes('/')) {
      const [n, d] = text.split('/');
      return [BigInt(n!), BigInt(d!)];
    }
    const [whole, frac = ''] = text.split('.');
    return [BigInt(whole! + frac), pow10(frac.length)];
  }
  function exactText(num: bigint, den: bigint): string {
    for (let places = 0; places <= 40; places++) {
      if ((num * pow10(places)) % den === 0n) return decimal((num * pow10(places)) / den, places);
    }
    return decimal((num * pow10(4) * 2n + den) / (den * 2n), 4);
  }
  function decimal(scaled: bigint, places: number): string {
    const digits = scaled.toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const frac = digits.slice(digits.length - places).replace(/0+$/, '');
    return frac ? `${whole}.${frac}` : whole;
  }
  function matches(rule: ConversionRule, r: PdRecordInput): boolean {
    const m = rule.match;
    const level = r.level ?? 'unknown';
    return (
      (!m.activityTypes || m.activityTypes.includes(r.activityType)) &&
      (!m.units || m.units.includes(r.unit)) &&
      (!m.levels || m.levels.includes(level as never)) &&
      (m.inDistrict === undefined || m.inDistrict === (r.inDistrict === true))
    );
  }

  it.each(exactCases.map((id) => [id]))('%s: earned equals exact decimal arithmetic', (id) => {
    const ruleSet = getRuleSetPreset(id);
    const version = ruleSet.versions.at(-1)!;
    const licenseType = version.licenseTypes.find((t) => t.id === version.defaultLicenseType)!;
    const start = version.effectiveFrom > '2015-01-01' ? version.effectiveFrom : '2015-01-01';
    const startYear = Number(start.slice(0, 4)) + 1;
    const license = {
      cycleStart: `${startYear}-01-01`,
      cycleEnd: `${startYear + licenseType.cycleYears - 1}-12-31`,
    };
    const asOf = license.cycleEnd;
    fc.assert(
      fc.property(recordsArb(fc.oneof(smallAmountArb, amountArb)), (generated) => {
        // Approved, in the cycle, converted by a factor, a fixed amount or catalog hours.
        const records = generated.map((r, i) => ({
          ...r,
          status: 'approved' as const,
          hypothetical: false,
          categories: [],
          completedOn: `${startYear + (i % licenseType.cycleYears)}-06-15`,
        }));
        let num = 0n;
        let den = 1n;
        const add = ([n, d]: [bigint, bigint]) => {
          num = num * d + n * den;
          den *= d;
        };
        const counted: PdRecordInput[] = [];
        for (const r of records) {
          const rule = version.conversions.find((c) => matches(c, r));
          if (!rule) continue;
          const value = rule.value;
          const [an, ad] = fraction(r.amount);
          if (value.kind === 'factor') {
            const [fn, fd] = fraction(value.factor);
            add([an * fn, ad * fd]);
          } else if (value.kind === 'per_record') add(fraction(value.amount));
          else if (value.kind === 'catalog_hours') {
            if (!r.statedHours) continue;
            const [fn, fd] = fraction(value.factor);
            const [hn, hd] = fraction(r.statedHours);
            add([an * hn * fn, ad * hd * fd]);
          } else if (value.kind === 'not_accepted') add([0n, 1n]);
          else continue;
          counted.push(r);
        }
        const result = outcome(() => evaluateRenewal({ ruleSet, license, records: counted, asOf }, { explain: false }));
        if ('error' in result) {
          // The only refusal allowed is an amount beyond the exact range, never a rounded figure.
          expect(result.error).toMatch(/exact range/);
          return;
        }
        expect(result.ok.earned).toBe(exactText(num, den));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses what sub-units cannot hold exactly instead of rounding it', () => {
    const ruleSet = getRuleSetPreset('tx');
    const license = { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' };
    const record = (amount: string): PdRecordInput => ({
      id: 'r',
      completedOn: '2022-01-01',
      activityType: 'workshop',
      amount,
      unit: 'clock_hour',
    });
    for (const explain of [false, true]) {
      // More than 4 decimals: not an amount.
      expect(() => evaluateRenewal({ ruleSet, license, records: [record('1.00001')], asOf: '2025-11-22' }, { explain })).toThrow(
        /at most 4 places/,
      );
      // Beyond Number.MAX_SAFE_INTEGER sub-units: refused, never rounded.
      expect(() =>
        evaluateRenewal(
          {
            ruleSet,
            license,
            records: Array.from({ length: 1000 }, (_, i) => ({ ...record('999999999.9999'), id: `r${i}` })),
            asOf: '2025-11-22',
          },
          { explain },
        ),
      ).toThrow(/exact range/);
    }
  });
});
