// Property tests (fast-check) for the compensation evaluator under the four micro-credential pay
// presets and a combined schedule: the order of records never matters, yearly caps are never
// exceeded, and the cents add up (lines -> rules -> totals).
import fc from 'fast-check';
import { getSalarySchedulePreset, SALARY_SCHEDULE_PRESET_IDS } from '../salary-schedules/salary-schedule-presets';
import { MUSKEGO_FOUNDATIONAL_NAMES } from '../salary-schedules/micro-credential-pay.salary-schedules';
import { evaluateCompensation } from './compensation-evaluator';
import type { PdRecordInput } from './pd-record';
import type { SalaryScheduleInput } from './salary-schedule.schema';

const harmony = getSalarySchedulePreset('harmony-stipend');
const combined: SalaryScheduleInput = {
  ...harmony,
  id: 'combined',
  compensation: {
    ...harmony.compensation!,
    sets: getSalarySchedulePreset('muskego-equivalency').compensation!.sets,
    rules: [
      { ...harmony.compensation!.rules[0]!, maxPerYear: 3, maxCentsPerYear: 50_000 } as never,
      ...getSalarySchedulePreset('dysart-steps').compensation!.rules.map((r) => ({ ...r, notCombinableWith: ['hy-stipend'] })),
      ...getSalarySchedulePreset('muskego-equivalency').compensation!.rules,
      {
        ...getSalarySchedulePreset('kettle-moraine-base').compensation!.rules[0]!,
        maxPerYear: 2,
        notCombinableWith: ['hy-stipend'],
      } as never,
    ],
  },
};
const schedules = [
  ...SALARY_SCHEDULE_PRESET_IDS.map((id) => getSalarySchedulePreset(id)).filter((s) => s.compensation),
  combined,
];

const names = [...MUSKEGO_FOUNDATIONAL_NAMES, ...Array.from({ length: 20 }, (_, k) => `Elective ${k}`)];
const recordArb = fc.record({
  day: fc.integer({ min: 0, max: 3 * 365 }),
  item: fc.integer({ min: 0, max: names.length - 1 }),
  status: fc.constantFrom('approved', 'verified', 'submitted', 'rejected', undefined),
  linked: fc.boolean(),
});
const recordsArb = fc.array(recordArb, { maxLength: 60 }).map((list) =>
  list.map((r, k): PdRecordInput => ({
    id: `r${String(k).padStart(3, '0')}`,
    completedOn: new Date(Date.UTC(2024, 6, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
    activityType: 'micro_credential',
    amount: '1',
    unit: 'micro_credential',
    status: r.status ?? null,
    catalogItemId: r.linked || r.item % 3 ? `item-${r.item}` : null,
    catalogItemName: names[r.item]!,
  })),
);
const educatorArb = fc.record({
  lane: fc.constantFrom('BA', 'BA+15', 'MA'),
  step: fc.integer({ min: 1, max: 25 }),
});
const scheduleArb = fc.constantFrom(...schedules);
const asOfArb = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((d) => new Date(Date.UTC(2024, 6, 1) + d * 86_400_000).toISOString().slice(0, 10));

function run(schedule: SalaryScheduleInput, e: { lane: string; step: number }, records: PdRecordInput[], asOf: string) {
  return evaluateCompensation({
    schedule,
    educator: { id: 'e', lane: e.lane, step: e.step, hireDate: '2010-08-01', highestDegree: e.lane === 'MA' ? 'MA' : 'BA' },
    records,
    asOf,
  })!;
}

describe('evaluateCompensation properties', () => {
  it('the order of the records never changes a figure or a line', () => {
    fc.assert(
      fc.property(scheduleArb, educatorArb, recordsArb, asOfArb, fc.integer(), (schedule, e, records, asOf, seed) => {
        const shuffled = [...records].sort(
          (a, b) => ((a.id.charCodeAt(3) * 31 + seed) % 17) - ((b.id.charCodeAt(3) * 31 + seed) % 17) || (a.id < b.id ? 1 : -1),
        );
        expect(run(schedule, e, shuffled, asOf)).toEqual(run(schedule, e, records, asOf));
      }),
      { numRuns: 150 },
    );
  });

  it('yearly caps are never exceeded and no credential is paid twice where rules may not combine', () => {
    fc.assert(
      fc.property(scheduleArb, educatorArb, recordsArb, asOfArb, (schedule, e, records, asOf) => {
        const c = run(schedule, e, records, asOf);
        const rules = (schedule.compensation ?? { rules: [] }).rules;
        for (const result of c.rules) {
          const rule = rules.find((r) => r.id === result.ruleId)!;
          const paid = result.lines.filter((l) => l.cents > 0);
          if (rule.kind === 'stipend') {
            const ids = paid.flatMap((l) => l.recordIds);
            if (rule.maxPerYear !== undefined) expect(ids.length).toBeLessThanOrEqual(rule.maxPerYear);
            if (rule.maxCentsPerYear !== undefined) expect(result.budgetYearCents).toBeLessThanOrEqual(rule.maxCentsPerYear);
            expect(result.budgetYearCents).toBeLessThanOrEqual(ids.length * rule.amountCents);
          }
          if (rule.kind === 'base_increase' && rule.maxPerYear !== undefined) {
            const perYear = new Map<number, number>();
            for (const id of paid.flatMap((l) => l.recordIds)) {
              const year = c.credentials.find((cr) => cr.recordId === id)!.contractYear;
              perYear.set(year, (perYear.get(year) ?? 0) + 1);
            }
            for (const n of perYear.values()) expect(n).toBeLessThanOrEqual(rule.maxPerYear);
          }
        }
        // Stipend and base increase in the combined schedule are not combinable: no record paid by both.
        const stipendIds = new Set(
          c.rules
            .find((r) => r.kind === 'stipend')
            ?.lines.filter((l) => l.cents > 0)
            .flatMap((l) => l.recordIds),
        );
        for (const r of c.rules.filter((r) => r.kind === 'base_increase'))
          for (const l of r.lines.filter((l) => l.cents > 0))
            for (const id of l.recordIds) expect(stipendIds.has(id)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('cents add up: lines make each rule, rules make stipends + increases = total; every figure is whole cents', () => {
    fc.assert(
      fc.property(scheduleArb, educatorArb, recordsArb, asOfArb, (schedule, e, records, asOf) => {
        const c = run(schedule, e, records, asOf);
        for (const r of c.rules) {
          expect(Number.isSafeInteger(r.budgetYearCents)).toBe(true);
          expect(r.budgetYearCents).toBeGreaterThanOrEqual(0);
          expect(r.lines.reduce((a, l) => a + l.cents, 0)).toBe(r.budgetYearCents);
        }
        expect(c.stipendsCents + c.increasesCents).toBe(c.totalCents);
        expect(c.rules.reduce((a, r) => a + r.budgetYearCents, 0)).toBe(c.totalCents);
        // Only counted, catalog-linked records are credentials, each catalog item once.
        const items = c.credentials.map((cr) => records.find((r) => r.id === cr.recordId)!.catalogItemId);
        expect(items.every((i) => i != null)).toBe(true);
        expect(new Set(items).size).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });
});
