// Entry point: `npm run -s rules:list` prints one tab-separated line per shipped preset:
// id, unit, required per cycle (default license type, latest version), cycle years, cited rules, uncertain facts.
import { summarizeRuleSet } from '../lib/rule-set-summary';
import { getRuleSetPreset, RULE_SET_PRESET_IDS } from '../presets/rule-set-presets';

export function rulesListLines(): string[] {
  return [...RULE_SET_PRESET_IDS].sort().map((id) => {
    const s = summarizeRuleSet(getRuleSetPreset(id));
    return [
      s.id,
      s.unit.name,
      s.required,
      String(s.cycleYears),
      `${s.citedRules} cited rules`,
      `${s.uncertainFacts} uncertain`,
    ].join('\t');
  });
}

if (require.main === module) {
  try {
    process.stdout.write(`${rulesListLines().join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`rules:list: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
