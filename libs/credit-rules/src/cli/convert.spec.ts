// End-to-end: spawns the real command (tsx) on fixture CSVs, as HR scripts would run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const fixtures = path.join(__dirname, '__fixtures__');
const fx = (name: string) => path.join(fixtures, name);

function run(...args: string[]) {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'libs/credit-rules/src/cli/convert.ts'), ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const base = ['--rules', 'pa', '--educators', fx('educators.csv'), '--as-of', '2024-06-30'];

describe('convert CLI', () => {
  jest.setTimeout(30_000);

  it('prints JSON results with decimal strings and explanations', () => {
    const out = run(...base, '--records', fx('records.csv'));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as {
      results: Array<
        Record<string, unknown> & { explanation: Array<{ recordId: string; credited: string; reason: string | null }> }
      >;
    };
    expect(
      json.results.map((r) => [r['educatorId'], r['unit'], r['cycle'], r['required'], r['earned'], r['remaining'], r['status']]),
    ).toEqual([
      ['e1', 'act48_hour', { start: '2021-09-01', end: '2026-08-31' }, '180', '122.5', '57.5', 'on_track'],
      ['e2', 'act48_hour', { start: '2020-01-15', end: '2025-01-14' }, '180', '7.25', '172.75', 'behind'],
    ]);
    const e1 = json.results[0]!;
    expect(e1.explanation.map((l) => [l.credited, l.reason])).toEqual([
      ['90', null],
      ['12.5', null],
      ['0', 'not_approved'],
      ['20', null],
    ]);
    expect(Object.keys(e1)).toEqual(
      expect.arrayContaining([
        'educatorId',
        'unit',
        'cycle',
        'required',
        'earned',
        'remaining',
        'status',
        'categories',
        'adjustments',
        'explanation',
      ]),
    );
  });

  it('prints CSV with --format csv', () => {
    const out = run(...base, '--records', fx('records.csv'), '--format', 'csv');
    expect(out.status).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe(
      'educator_id,unit,license_type,cycle_start,cycle_end,deadline,required,earned,remaining,carry_in,carry_out,status,categories',
    );
    expect(out.stdout).toContain('e1,act48_hour,instructional_ii,2021-09-01,2026-08-31,2026-08-31,180,122.5,57.5,0,0,on_track,');
  });

  it.each([
    ['bad-date.csv', ':2: completed_on: not a calendar date'],
    ['bad-negative.csv', ':2: amount: negative amount "-3"'],
    ['bad-amount.csv', ':2: amount: not a non-negative decimal'],
    ['bad-unit.csv', ':3: unit: unknown unit "furlong"'],
    ['bad-activity.csv', ':2: activity_type: unknown activity type "knitting"'],
    ['bad-educator.csv', ':2: educator_id: unknown educator "e9"'],
    ['bad-level.csv', ':2: level: unknown level "doctoral"'],
  ])('rejects %s with status 2, file:line: field on stderr, nothing on stdout', (file, message) => {
    const out = run(...base, '--records', fx(file));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${file}${message}`);
  });

  it('reads the records.csv level column (graduate, undergraduate, blank) and the educators.csv highest_degree and additional_licenses columns', () => {
    // MA (DESE PD FAQ): graduate semester hour = 22.5 PDPs, undergraduate or unknown = 15; +30 PDPs per additional license.
    const out = run(
      '--rules',
      'ma',
      '--educators',
      fx('educators-ma.csv'),
      '--records',
      fx('records-levels.csv'),
      '--as-of',
      '2024-06-30',
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const [result] = (
      JSON.parse(out.stdout) as {
        results: Array<{ required: string; earned: string; explanation: Array<{ title: string; credited: string }> }>;
      }
    ).results;
    expect([result!.required, result!.earned]).toEqual(['180', '52.5']);
    expect(result!.explanation.map((l) => [l.title, l.credited])).toEqual([
      ['Graduate course', '22.5'],
      ['Undergraduate course', '15'],
      ['Course of unknown level', '15'],
    ]);
  });

  it('rejects an unknown highest_degree with status 2 naming file, line and field', () => {
    const out = run(
      '--rules',
      'ks',
      '--educators',
      fx('bad-degree.csv'),
      '--records',
      fx('records-levels.csv'),
      '--as-of',
      '2024-06-30',
    );
    expect([out.status, out.stdout]).toEqual([2, '']);
    expect(out.stderr).toContain('bad-degree.csv:2: highest_degree: unknown degree "phd"');
  });

  it('rejects an invalid rule-set file naming the file, line and field path', () => {
    const out = run(
      '--rules',
      fx('bad-rules.json'),
      '--educators',
      fx('educators.csv'),
      '--records',
      fx('records.csv'),
      '--as-of',
      '2024-06-30',
    );
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('bad-rules.json:11: versions[0].licenseTypes[0].required: invalid rule set');
  });

  it('rejects an impossible --as-of date and unknown presets', () => {
    expect(run(...base.slice(0, 4), '--as-of', '2024-13-01', '--records', fx('records.csv'))).toEqual(
      expect.objectContaining({ status: 2, stdout: '' }),
    );
    expect(
      run('--rules', 'zz', '--educators', fx('educators.csv'), '--records', fx('records.csv'), '--as-of', '2024-06-30'),
    ).toEqual(expect.objectContaining({ status: 2, stdout: '' }));
  });
});
