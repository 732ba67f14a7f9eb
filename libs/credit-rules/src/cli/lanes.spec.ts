// End-to-end: spawns the real `lanes` command (tsx) on fixture CSVs, as HR scripts would run it.
// Hand-worked figures: the maplewood-traditional schedule (STMA, PBTA, ISD 199 rules it cites).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const fx = (name: string) => path.join(__dirname, '__fixtures__', name);

function run(...args: string[]) {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'libs/credit-rules/src/cli/lanes.ts'), ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const args = (educators = 'lanes-educators.csv', records = 'lanes-records.csv') => [
  '--schedule',
  'maplewood-traditional',
  '--educators',
  fx(educators),
  '--records',
  fx(records),
  '--as-of',
  '2025-06-30',
];

describe('lanes CLI', () => {
  jest.setTimeout(60_000);

  it('prints each educator: lane, credits toward the next, effective date, salary change this year and over five years, explanation', () => {
    const out = run(...args());
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    type Result = {
      educatorId: string;
      currentLane: string;
      nextLane: string;
      creditsNeeded: string;
      creditsEarned: string;
      creditsRemaining: string;
      qualifiesOn: string | null;
      effectiveDate: string | null;
      salary: { annualDifference: string; thisContractYear: string; nextFiveYearsTotal: string; nextFiveYears: unknown[] };
      explanation: Array<{ recordId: string; credited: string; reason: string | null }>;
    };
    const { results } = JSON.parse(out.stdout) as { results: Result[] };
    // t1: 3 graduate semester credits + 6 quarter credits x 2/3 (4) + 45 in-district hours / 15 (3) + 5 = 15 = BA+15,
    // reached 2024-01-20; the next window (Aug 1 - Sep 15, 2025) pays from Nov 1; step 4: 51,674 - 50,324 = 1,350 a year,
    // 242 of 365 days of the 2025 contract year = 895.06 (rounded down to the cent).
    expect(
      results.map((r) => [
        r.educatorId,
        r.currentLane,
        r.nextLane,
        r.creditsNeeded,
        r.creditsEarned,
        r.creditsRemaining,
        r.qualifiesOn,
        r.effectiveDate,
      ]),
    ).toEqual([
      ['t1', 'BA', 'BA+15', '15', '15', '0', '2024-01-20', '2025-11-01'],
      ['t2', 'MA+15', 'MA+30', '30', '6', '24', null, null],
    ]);
    expect([
      results[0]!.salary.annualDifference,
      results[0]!.salary.thisContractYear,
      results[0]!.salary.nextFiveYears.length,
    ]).toEqual(['1350.00', '895.06', 5]);
    expect(results[0]!.explanation.map((l) => [l.recordId, l.credited])).toEqual([
      ['t1-a', '3'],
      ['t1-b', '4'],
      ['t1-c', '3'],
      ['t1-d', '5'],
    ]);
    // t2: the submitted course does not count.
    expect(results[1]!.explanation.map((l) => [l.recordId, l.reason])).toEqual([
      ['t2-a', null],
      ['t2-b', 'submitted records count only once approved'],
    ]);
  });

  it('prints CSV with --format csv', () => {
    const out = run(...args(), '--format', 'csv');
    expect(out.status).toBe(0);
    expect(out.stdout.split('\n').slice(0, 2)).toEqual([
      'educator_id,current_lane,step,next_lane,credits_needed,credits_earned,credits_remaining,qualifies_on,effective_date,annual_difference,this_contract_year,next_five_years',
      't1,BA,4,BA+15,15,15,0,2024-01-20,2025-11-01,1350.00,895.06,6860.04',
    ]);
  });

  it.each([
    [['lanes-bad-lane.csv'], 'lanes-bad-lane.csv:2: lane: unknown lane "BA+45"'],
    [['lanes-bad-step.csv'], 'lanes-bad-step.csv:2: step: not a whole number of 1 or more: "four"'],
    [['lanes-bad-degree.csv'], 'lanes-bad-degree.csv:3: degree: unknown degree "EdD"'],
    [['lanes-missing-step.csv'], 'lanes-missing-step.csv:1: step: missing column'],
    [
      ['lanes-educators.csv', 'lanes-bad-in-district.csv'],
      'lanes-bad-in-district.csv:2: in_district: must be true, false, yes, no or blank, not "maybe"',
    ],
    [['lanes-educators.csv', 'bad-negative.csv'], 'bad-negative.csv:2: educator_id: unknown educator'],
  ])('rejects %j with status 2, file:line: field on stderr, nothing on stdout', (files, message) => {
    const out = run(...args(...(files as [string, string?])));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
  });

  it('rejects an unknown schedule and an invalid schedule file, naming the file and field', () => {
    const unknown = run(
      '--schedule',
      'nowhere',
      '--educators',
      fx('lanes-educators.csv'),
      '--records',
      fx('lanes-records.csv'),
      '--as-of',
      '2025-06-30',
    );
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain(
      '--schedule: not a schedule preset id (maplewood-traditional, micro-credential-lanes, harmony-stipend, dysart-steps, muskego-equivalency, kettle-moraine-base) or a .json file: nowhere',
    );
    const invalid = run(
      '--schedule',
      fx('lanes-bad-schedule.json'),
      '--educators',
      fx('lanes-educators.csv'),
      '--records',
      fx('lanes-records.csv'),
      '--as-of',
      '2025-06-30',
    );
    expect([invalid.status, invalid.stdout]).toEqual([2, '']);
    expect(invalid.stderr).toMatch(/lanes-bad-schedule\.json(:\d+)?: [\w.[\]]+: invalid salary schedule: /);
  });

  it('computes compensation under a micro-credential pay schedule: Harmony TX $200 per micro-credential, up to 8 a year', () => {
    // Hand-worked (RULE-FACTS: Harmony TX, $200 per MC up to 8/year): t1 has 3 catalog micro-credentials in the
    // 2025-26 contract year (the free-text one has no catalog item and pays nothing) = $600.00; t2 has 9 badges
    // (achievement ids), 8 paid = $1,600.00; together $2,200.00.
    const out = run(
      '--schedule',
      'harmony-stipend',
      '--educators',
      fx('lanes-educators.csv'),
      '--records',
      fx('lanes-mc-records.csv'),
      '--as-of',
      '2025-11-15',
    );
    expect(out.stderr).toBe('');
    const parsed = JSON.parse(out.stdout) as {
      results: Array<{ educatorId: string; compensation: { stipends: string; total: string; nextPayChange: { text: string } } }>;
      compensationTotals: { total: string };
    };
    expect(parsed.results.map((r) => [r.educatorId, r.compensation.stipends, r.compensation.total])).toEqual([
      ['t1', '600.00', '600.00'],
      ['t2', '1600.00', '1600.00'],
    ]);
    expect(parsed.results[0]!.compensation.nextPayChange.text).toBe(
      '1 more micro-credential this contract year: +$200.00 (stipend, 3 of 8 paid so far)',
    );
    expect(parsed.compensationTotals.total).toBe('2200.00');
    const csv = run(
      '--schedule',
      'harmony-stipend',
      '--educators',
      fx('lanes-educators.csv'),
      '--records',
      fx('lanes-mc-records.csv'),
      '--as-of',
      '2025-11-15',
      '--format',
      'csv',
    );
    expect(csv.stdout.split('\n')[0]).toContain(
      'stipends_budget_year,increases_budget_year,compensation_budget_year,next_pay_change',
    );
    expect(csv.stdout.split('\n')[2]).toContain('1600.00,0.00,1600.00');
  });
});
