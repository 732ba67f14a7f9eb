// Compensation cases worked by hand from the rules cited in the four micro-credential pay presets
// (RULE-FACTS "Micro-credentials for salary"). Every case names its source. Salaries come from the
// illustrative table: contract year 2026 is the 2025 table raised 2% (rounded down to the cent);
// BA step 5 = 51,815.00 x 1.02 = 52,851.30; MA step 5 = 57,556.00 x 1.02 = 58,707.12.
import { getSalarySchedulePreset } from '../salary-schedules/salary-schedule-presets';
import { MUSKEGO_FOUNDATIONAL_NAMES } from '../salary-schedules/micro-credential-pay.salary-schedules';
import { evaluateCompensation, formatCents } from './compensation-evaluator';
import { evaluateLane } from './lane-evaluator';
import type { PdRecordInput } from './pd-record';
import { parseSalarySchedule, type SalaryScheduleInput } from './salary-schedule.schema';
import { RuleDataValidationError } from './rule-set.schema';

const baTeacher = { id: 'e1', lane: 'BA', step: 5, hireDate: '2016-08-01', highestDegree: 'BA' };
const asOf = '2026-11-15';

let seq = 0;
/** A catalog micro-credential record (catalog item `item`, named `name`). */
function mc(completedOn: string, item: string, extra: Partial<PdRecordInput> = {}): PdRecordInput {
  return {
    id: `m${String(++seq).padStart(3, '0')}`,
    completedOn,
    activityType: 'micro_credential',
    amount: '1',
    unit: 'micro_credential',
    catalogItemId: `item-${item}`,
    catalogItemName: item,
    ...extra,
  };
}
/** `n` different catalog micro-credentials completed from `start`, one a day. */
function many(n: number, start: string, prefix: string): PdRecordInput[] {
  const d0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: n }, (_, k) => mc(new Date(d0 + k * 86_400_000).toISOString().slice(0, 10), `${prefix} ${k + 1}`));
}

describe('evaluateCompensation: Harmony TX stipend ($200 per micro-credential, up to 8 a year)', () => {
  const schedule = getSalarySchedulePreset('harmony-stipend');
  const source = 'RULE-FACTS: Harmony TX, $200 per MC up to 8/year (harmonytx.org)';

  it(`10 this contract year: 8 paid = $1,600.00, 2 over the limit; last year, a duplicate, a free-text claim and a submission pay nothing [${source}]`, () => {
    const thisYear = many(10, '2026-07-10', 'Harmony');
    const records = [
      mc('2026-03-01', 'Last year'),
      ...thisYear,
      mc('2026-09-01', 'Harmony 1'), // the same catalog item again
      {
        id: 'free',
        completedOn: '2026-09-02',
        activityType: 'micro_credential',
        amount: '1',
        unit: 'micro_credential',
        title: 'My own badge',
      },
      mc('2026-09-03', 'Pending one', { status: 'submitted' }),
    ] as PdRecordInput[];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.budgetYear).toEqual({ year: 2026, start: '2026-07-01', end: '2027-06-30' });
    expect(c.stipendsCents).toBe(160_000);
    expect(c.increasesCents).toBe(0);
    expect(c.totalCents).toBe(160_000);
    const rule = c.rules[0]!;
    expect(rule.lines[0]!.recordIds).toEqual(thisYear.slice(0, 8).map((r) => r.id));
    expect(rule.lines[0]!.text).toContain('$200.00 for each micro-credential');
    expect(rule.lines[0]!.text).toContain('= $1,600.00');
    expect(rule.lines[1]!.recordIds).toEqual(thisYear.slice(8).map((r) => r.id));
    expect(c.credentials.map((cr) => cr.recordId)).not.toContain('free');
    expect(c.excluded.map((e) => e.reason)).toEqual([
      expect.stringContaining('counts once'),
      'submitted: pays only once approved',
    ]);
    expect(c.nextPayChange!.text).toContain('yearly limit is reached');
  });

  it(`3 this contract year: $600.00; the next one is worth +$200.00 (3 of 8 paid) [${source}]`, () => {
    const c = evaluateCompensation({ schedule, educator: baTeacher, records: many(3, '2026-08-01', 'Harmony'), asOf })!;
    expect(c.totalCents).toBe(60_000);
    expect(c.nextPayChange).toEqual(
      expect.objectContaining({ credentialsNeeded: 1, cents: 20_000, recurring: false, ruleId: 'hy-stipend' }),
    );
    expect(c.nextPayChange!.text).toBe('1 more micro-credential this contract year: +$200.00 (stipend, 3 of 8 paid so far)');
  });
});

describe('evaluateCompensation: Dysart AZ growth steps (15 = +4%, 30 = a further +4%, at least 5 a year, not combinable)', () => {
  const schedule = getSalarySchedulePreset('dysart-steps');
  const source = 'RULE-FACTS: Dysart AZ, 15 MCs = +4%, 30 = another +4%, >=5/year, not combinable (dysart.org)';

  it(`4 in 2024-25 (under the minimum), 10 in 2025-26, 5 in 2026-27: 15 count = +4% of $52,851.30 = $2,114.05 (211,405.2 cents, half up) [${source}]`, () => {
    const short = many(4, '2024-09-01', 'Y24');
    const records = [...short, ...many(10, '2025-09-01', 'Y25'), ...many(5, '2026-08-01', 'Y26')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.baseSalaryCents).toBe(5_285_130);
    expect(c.increasesCents).toBe(211_405);
    const rule = c.rules[0]!;
    expect(rule.lines[0]!.recordIds).toEqual(short.map((r) => r.id));
    expect(rule.lines[0]!.text).toContain('fewer than the minimum of 5 a year: not counted');
    expect(rule.lines[1]!.text).toContain('+4% of the lane salary $52,851.30 (rounded half up to the cent) = $2,114.05 a year');
    expect(rule.next).toEqual(expect.objectContaining({ credentialsNeeded: 15, cents: 211_405 }));
    // Not combinable: the micro-credentials earn no lane credit.
    const lane = evaluateLane({ schedule, educator: baTeacher, records, asOf });
    expect(lane.creditsEarned).toBe('0');
    expect(lane.explanation[0]!.reason).toBe('paid by Micro-credential growth steps instead: not combinable with lane credit');
  });

  it(`10 in 2025-26 and 3 so far in 2026-27: 10 count, no step yet; 2 more this year reach 15 (the year then has 5) [${source}]`, () => {
    const records = [...many(10, '2025-09-01', 'Y25'), ...many(3, '2026-08-01', 'Y26')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.totalCents).toBe(0);
    expect(c.nextPayChange).toEqual(expect.objectContaining({ credentialsNeeded: 2, cents: 211_405, recurring: true }));
    expect(c.nextPayChange!.text).toBe(
      '2 more micro-credentials to step 1 of Micro-credential growth steps: +$2,114.05 a year (at least 5 in a contract year)',
    );
  });

  it(`30 counted: both steps, 2 x $2,114.05 = $4,228.10 [${source}]`, () => {
    const records = [...many(15, '2025-08-01', 'Y25'), ...many(15, '2026-07-02', 'Y26')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.increasesCents).toBe(422_810);
    expect(c.nextPayChange).toBeNull();
  });
});

describe("evaluateCompensation: Muskego-Norway WI master's equivalency (15 foundational from the list + 15 electives)", () => {
  const schedule = getSalarySchedulePreset('muskego-equivalency');
  const source =
    'RULE-FACTS: Muskego-Norway WI, 30 MCs = advanced-degree equivalent; 15 foundational + 15 electives (mnsd.k12.wi.us)';
  const foundational = (n: number, start: string) =>
    MUSKEGO_FOUNDATIONAL_NAMES.slice(0, n).map((name, k) => mc(`${start.slice(0, 8)}${String(k + 1).padStart(2, '0')}`, name));

  it(`14 foundational + 16 electives: 1 more foundational credential to the MA lane, +$5,855.82 a year (58,707.12 - 52,851.30) [${source}]`, () => {
    const records = [...foundational(14, '2025-10-01'), ...many(16, '2026-01-01', 'Elective')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.totalCents).toBe(0);
    expect(c.rules[0]!.lines[0]!.text).toContain('14 of 15 from "foundational"');
    expect(c.nextPayChange!.text).toBe("1 more foundational credential to the master's equivalency: +$5,855.82 a year");
    expect(c.nextPayChange!.cents).toBe(585_582);
  });

  it(`16 foundational + 14 electives: the 16th foundational one is an elective, so the equivalency is met: +$5,855.82 [${source}]`, () => {
    const records = [...foundational(16, '2025-10-01'), ...many(14, '2026-01-01', 'Elective')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.increasesCents).toBe(585_582);
    expect(c.rules[0]!.lines.at(-1)!.recordIds).toHaveLength(30);
  });

  it(`13 foundational, 10 electives: "2 more foundational credentials and 5 more electives" [${source}]`, () => {
    const records = [...foundational(13, '2025-10-01'), ...many(10, '2026-01-01', 'Elective')];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.nextPayChange!.text).toBe(
      "2 more foundational credentials and 5 more electives to the master's equivalency: +$5,855.82 a year",
    );
    expect(c.nextPayChange!.credentialsNeeded).toBe(7);
  });

  it(`a teacher already in the MA lane gains nothing from it [${source}]`, () => {
    const c = evaluateCompensation({
      schedule,
      educator: { ...baTeacher, lane: 'MA', highestDegree: 'MA' },
      records: foundational(16, '2025-10-01'),
      asOf,
    })!;
    expect(c.totalCents).toBe(0);
    expect(c.nextPayChange).toBeNull();
  });
});

describe('evaluateCompensation: Kettle Moraine WI base increase per micro-credential after peer review', () => {
  const schedule = getSalarySchedulePreset('kettle-moraine-base');
  const source = 'RULE-FACTS: Kettle Moraine WI, permanent base-salary increase per MC (kmsd.edu); $500 illustrative (uncertain)';

  it(`3 accepted = 3 x $500.00 = $1,500.00 a year; one awaiting the panel; each next one +$500.00 a year [${source}]`, () => {
    const records = [...many(3, '2025-05-01', 'KM'), mc('2026-10-01', 'Waiting', { status: 'submitted' })];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.increasesCents).toBe(150_000);
    expect(c.rules[0]!.lines.map((l) => l.cents)).toEqual([50_000, 50_000, 50_000, 0]);
    expect(c.rules[0]!.lines[3]!.text).toBe('Awaiting review by the peer panel: Waiting.');
    expect(c.rules[0]!.uncertain).toContain('illustrative');
    expect(c.nextPayChange!.text).toBe('Each micro-credential accepted by the peer panel: +$500.00 a year');
  });
});

describe('compensation rules together', () => {
  const base = getSalarySchedulePreset('harmony-stipend');
  const combined = (rules: unknown[], extra: object = {}): SalaryScheduleInput =>
    ({
      ...base,
      id: 'combined',
      compensation: { ...base.compensation!, ...extra, rules },
    }) as SalaryScheduleInput;

  it('a listed definition counts only its catalog entries, by name or achievement id (hand-worked)', () => {
    const schedule = combined([base.compensation!.rules[0]], {
      microCredentials: {
        ...base.compensation!.microCredentials,
        source: 'listed',
        items: [{ name: 'Listed A' }, { achievementId: 'urn:b' }],
      },
    });
    const records = [
      mc('2026-08-01', 'Listed A'),
      mc('2026-08-02', 'Other', { achievementId: 'urn:b' }),
      mc('2026-08-03', 'Not listed'),
    ];
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.credentials.map((cr) => cr.name)).toEqual(['Listed A', 'Other']);
    expect(c.totalCents).toBe(40_000);
  });

  it('not combinable: a stipend and a base increase never pay the same credential (hand-worked: 3 credentials, stipend at most 2)', () => {
    const schedule = combined([
      { ...base.compensation!.rules[0], maxPerYear: 2 },
      {
        kind: 'base_increase',
        id: 'inc',
        label: 'Base increase',
        amountCents: 10_000,
        review: 'HR',
        notCombinableWith: ['hy-stipend'],
        citation: base.citation,
      },
    ]);
    const records = many(3, '2026-08-01', 'X');
    const c = evaluateCompensation({ schedule, educator: baTeacher, records, asOf })!;
    expect(c.stipendsCents).toBe(40_000);
    // The third (over the stipend's limit) is free for the base increase.
    expect(c.increasesCents).toBe(10_000);
    expect(c.rules[1]!.lines[0]!.text).toContain('Not combinable with Micro-credential stipend: 2 micro-credentials');
    expect(c.totalCents).toBe(50_000);
  });

  it('a stipend capped by amount pays the remainder, never more (hand-worked: $200 each, at most $500 a year)', () => {
    const schedule = combined([{ ...base.compensation!.rules[0], maxPerYear: undefined, maxCentsPerYear: 50_000 }]);
    const c = evaluateCompensation({ schedule, educator: baTeacher, records: many(4, '2026-08-01', 'X'), asOf })!;
    expect(c.stipendsCents).toBe(50_000);
    expect(c.rules[0]!.lines[1]!.recordIds).toHaveLength(1);
  });
});

describe('compensation validation names the bad field', () => {
  const base = getSalarySchedulePreset('muskego-equivalency');
  const bad = (mutate: (s: SalaryScheduleInput) => void): string => {
    const copy = JSON.parse(JSON.stringify(base)) as SalaryScheduleInput;
    mutate(copy);
    try {
      parseSalarySchedule(copy);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleDataValidationError);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it.each([
    [
      'an unknown set',
      (s: SalaryScheduleInput) => ((s.compensation!.rules[0] as { required: Array<{ set: string }> }).required[0]!.set = 'nope'),
      'compensation.rules[0].required[0].set: unknown set "nope"',
    ],
    [
      'an unknown lane',
      (s: SalaryScheduleInput) => ((s.compensation!.rules[0] as { grantsLane: string }).grantsLane = 'EdD'),
      'compensation.rules[0].grantsLane: unknown lane "EdD"',
    ],
    [
      'fractional cents',
      (s: SalaryScheduleInput) =>
        Object.assign(s.compensation!.rules[0]!, {
          kind: 'stipend',
          amountCents: 1.5,
          required: undefined,
          electives: undefined,
          grantsLane: undefined,
        }),
      'compensation.rules[0].amountCents',
    ],
    [
      'an unknown rule to combine with',
      (s: SalaryScheduleInput) => (s.compensation!.rules[0]!.notCombinableWith = ['ghost']),
      'compensation.rules[0].notCombinableWith[0]: unknown compensation rule "ghost"',
    ],
    [
      'a listed definition without items',
      (s: SalaryScheduleInput) => (s.compensation!.microCredentials.source = 'listed'),
      'compensation.microCredentials.items: a listed definition needs items',
    ],
    [
      'a citation without a url',
      (s: SalaryScheduleInput) => ((s.compensation!.sets![0]!.citation as { url: string }).url = 'not a url'),
      'compensation.sets[0].citation.url',
    ],
  ])('%s', (_name, mutate, message) => {
    expect(bad(mutate)).toContain(message);
  });

  it('formats cents exactly', () => {
    expect([formatCents(0), formatCents(5), formatCents(123_456_789)]).toEqual(['$0.00', '$0.05', '$1,234,567.89']);
  });
});
