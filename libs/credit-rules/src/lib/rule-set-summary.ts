// What a rules library lists for a rule set: unit, requirement, cycle, and how many of its rules are
// cited and how many rest on uncertain facts. Counted over one version (the latest by default).
import type { RuleSet, RuleSetVersion } from './rule-set.schema';

export interface RuleSetSummary {
  id: string;
  jurisdiction: string;
  name: string;
  version: string;
  effectiveFrom: string;
  unit: { id: string; name: string };
  defaultLicenseType: string;
  /** Required per cycle for the default license type (without per-license increments). */
  required: string;
  cycleYears: number;
  /** Rules (objects with an id and a citation) in the version, each counted once. */
  citedRules: number;
  /** Rules in the version flagged `uncertain`. */
  uncertainFacts: number;
}

/** Every rule object of a version: anything with an `id` and a `citation`, found by walking the data. */
export function rulesOf(version: RuleSetVersion): Array<{ id: string; citation: { url: string }; uncertain?: string }> {
  const out: Array<{ id: string; citation: { url: string }; uncertain?: string }> = [];
  const seen = new Set<object>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (seen.has(value)) return;
      seen.add(value);
      const o = value as Record<string, unknown>;
      if (typeof o['id'] === 'string' && o['citation'] && typeof o['citation'] === 'object')
        out.push(o as unknown as (typeof out)[number]);
      for (const [k, v] of Object.entries(o)) if (k !== 'citation') walk(v);
    }
  };
  walk(version);
  return out;
}

export function summarizeRuleSet(
  ruleSet: RuleSet,
  version: RuleSetVersion = ruleSet.versions[ruleSet.versions.length - 1]!,
): RuleSetSummary {
  const license = version.licenseTypes.find((t) => t.id === version.defaultLicenseType) ?? version.licenseTypes[0]!;
  const rules = rulesOf(version);
  return {
    id: ruleSet.id,
    jurisdiction: ruleSet.jurisdiction,
    name: ruleSet.name,
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    unit: version.unit,
    defaultLicenseType: license.id,
    required: license.required,
    cycleYears: license.cycleYears,
    citedRules: rules.length,
    uncertainFacts: rules.filter((r) => typeof r.uncertain === 'string' && r.uncertain.length > 0).length,
  };
}
