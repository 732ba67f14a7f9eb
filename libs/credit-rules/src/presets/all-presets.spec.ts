// Every registered preset (all batches): valid against the schema, every rule cited with a source
// URL, every uncertain flag explained, the fields the rules library shows present, and each one
// evaluable. Coverage of the 50 states + DC is printed, not enforced (batches land separately).
import { evaluateRenewal } from '../lib/renewal-evaluator';
import { rulesOf, summarizeRuleSet } from '../lib/rule-set-summary';
import { parseRuleSet, type RuleSetInput } from '../lib/rule-set.schema';
import { getRuleSetPreset, isRuleSetPresetId, RULE_SET_PRESET_IDS } from './rule-set-presets';

const JURISDICTIONS = [
  'al',
  'ak',
  'az',
  'ar',
  'ca',
  'co',
  'ct',
  'de',
  'dc',
  'fl',
  'ga',
  'hi',
  'id',
  'il',
  'in',
  'ia',
  'ks',
  'ky',
  'la',
  'me',
  'md',
  'ma',
  'mi',
  'mn',
  'ms',
  'mo',
  'mt',
  'ne',
  'nv',
  'nh',
  'nj',
  'nm',
  'ny',
  'nc',
  'nd',
  'oh',
  'ok',
  'or',
  'pa',
  'ri',
  'sc',
  'sd',
  'tn',
  'tx',
  'ut',
  'vt',
  'va',
  'wa',
  'wv',
  'wi',
  'wy',
];

const ids = [...RULE_SET_PRESET_IDS].sort();

/** Every object in the raw preset that names an id but carries no citation (units and grade bands are names, not rules). */
function uncitedRules(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => uncitedRules(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isName = /\.unit$|\.gradeBands\[\d+\]$/.test(path);
    if ('id' in o && path.includes('.') && !isName && !('citation' in o)) out.push(path);
    for (const [k, v] of Object.entries(o)) if (k !== 'citation') uncitedRules(v, `${path}.${k}`, out);
  }
  return out;
}

// Every fact the state facts mark uncertain is flagged in the preset (rule ids per preset).
const UNCERTAIN_FACTS: Record<string, string[]> = {
  nv: ['nv-cycle'],
  or: ['five_year', 'three_year', 'or-suspension'],
  ri: ['professional', 'ri-semester-credit', 'ri-cycle', 'ri-expiry'],
  sd: ['sd-contact-hours', 'masters', 'sd-contact-hours-cap'],
  ut: ['ut-alternate-learning', 'ut-suicide-prevention'],
  va: ['renewable_10', 'va-college-credit', 'va-clock-hours'],
  vt: ['vt-legacy-7-year'],
  wa: ['wa-semester-credit', 'wa-quarter-credit'],
  wy: ['wy-workshop-hours'],
};

describe('all registered presets', () => {
  it.each(Object.entries(UNCERTAIN_FACTS))('%s marks its uncertain facts', (id, ruleIds) => {
    const flagged = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o['id'] === 'string' && typeof o['uncertain'] === 'string') flagged.add(o['id']);
        Object.values(o).forEach(walk);
      }
    };
    walk(getRuleSetPreset(id).versions);
    for (const r of ruleIds) expect([r, flagged.has(r)]).toEqual([r, true]);
  });

  it('cover the 50 states and DC with their own ids (missing ones are printed, not failed)', () => {
    expect(JURISDICTIONS).toHaveLength(51);
    const unknown = ids.filter((id) => !JURISDICTIONS.includes(id));
    expect(unknown).toEqual([]);
    const missing = JURISDICTIONS.filter((id) => !isRuleSetPresetId(id));
    console.log(`presets: ${ids.length} of 51 jurisdictions; missing: ${missing.length ? missing.join(' ') : 'none'}`);
  });

  describe.each(ids)('%s', (id) => {
    const ruleSet = getRuleSetPreset(id);

    it('validates against the schema, with its id and jurisdiction matching the registry key', () => {
      expect(() => parseRuleSet(ruleSet as RuleSetInput)).not.toThrow();
      expect([ruleSet.id, ruleSet.jurisdiction]).toEqual([id, id.toUpperCase()]);
    });

    it('cites a source URL for every rule and explains every uncertain flag', () => {
      expect(uncitedRules(ruleSet, id, [])).toEqual([]);
      for (const version of ruleSet.versions) {
        const rules = rulesOf(version);
        expect(rules.length).toBeGreaterThan(0);
        for (const rule of rules) {
          expect(rule.citation.url).toMatch(/^https?:\/\/\S+$/);
          if ('uncertain' in rule && rule.uncertain !== undefined) expect(rule.uncertain.trim()).not.toBe('');
        }
      }
    });

    it('has the fields the rules library shows: name, unit name, required per cycle per license type, cycle years', () => {
      expect(ruleSet.name.trim()).not.toBe('');
      for (const version of ruleSet.versions) {
        expect(version.unit.name.trim()).not.toBe('');
        expect(version.summary.trim()).not.toBe('');
        for (const type of version.licenseTypes) {
          expect(type.name.trim()).not.toBe('');
          expect(type.required).toMatch(/^\d+(\.\d{1,4})?$/);
          expect(Number.isInteger(type.cycleYears) && type.cycleYears >= 1 && type.cycleYears <= 12).toBe(true);
        }
      }
      const summary = summarizeRuleSet(ruleSet);
      expect(summary.citedRules).toBeGreaterThanOrEqual(summary.uncertainFacts);
    });

    it('marks as not checked every note that describes a requirement PD Ledger does not compute', () => {
      for (const version of ruleSet.versions) {
        for (const note of version.notes) {
          if (/not (computed|modell?ed|evaluated|applied)|cannot (yet )?(check|count)|rule model cannot/i.test(note.text))
            expect([note.id, note.notChecked]).toEqual([note.id, true]);
        }
      }
    });

    it('evaluates an empty record list for every version and license type; required 0 means complete', () => {
      for (const version of ruleSet.versions) {
        const start = version.effectiveFrom;
        for (const type of version.licenseTypes) {
          const end = `${Number(start.slice(0, 4)) + type.cycleYears}${start.slice(4)}`;
          const cycleEnd = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          const r = evaluateRenewal({
            ruleSet,
            license: { licenseType: type.id, cycleStart: start, cycleEnd },
            records: [],
            asOf: start,
          });
          expect(r.earned).toBe('0');
          if (r.required === '0' && r.categories.length === 0 && r.standingRequirements.length === 0)
            expect(r.status).toBe('complete');
        }
      }
    });
  });
});
