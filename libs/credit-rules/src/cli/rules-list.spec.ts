// End-to-end: spawns `tsx rules-list.ts` as `npm run -s rules:list` does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { RULE_SET_PRESET_IDS } from '../presets/rule-set-presets';

const root = path.resolve(__dirname, '../../../..');

describe('rules:list CLI', () => {
  jest.setTimeout(30_000);

  it('prints one line per preset: id, unit, required per cycle, cycle years, cited rules, uncertain facts', () => {
    const result = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'libs/credit-rules/src/cli/rules-list.ts')],
      { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual([...RULE_SET_PRESET_IDS].sort());
    for (const line of lines) expect(line).toMatch(/^[a-z]{2}\t[^\t]+\t\d+(\.\d+)?\t\d+\t\d+ cited rules\t\d+ uncertain$/);
    // PA (Act 48): 180 Act 48 hours per 5 years; MA (603 CMR 44.06): 150 PDPs per 5 years.
    expect(lines).toContainEqual(expect.stringMatching(/^pa\tAct 48 hours\t180\t5\t\d+ cited rules\t2 uncertain$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ma\tPDPs\t150\t5\t\d+ cited rules\t4 uncertain$/));
  });
});
