// The shipped relicensure presets, validated and compiled once on first use.
import { compileRuleSet, type CompiledRuleSet } from '../lib/rule-set-compiler';
import { parseRuleSet, type RuleSet } from '../lib/rule-set.schema';
import { withCitationChecks } from './citation-checks';
import { RULE_SET_PRESET_SOURCES } from './preset-registry';

const SOURCES = RULE_SET_PRESET_SOURCES;

/** Ids of the shipped rule-set presets (lower-case state codes). */
export const RULE_SET_PRESET_IDS: readonly string[] = Object.freeze(Object.keys(SOURCES));

const loaded = new Map<string, RuleSet>();

/** True when `id` names a shipped preset. */
export function isRuleSetPresetId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

/** A shipped preset, validated against the schema (throws for an unknown id). */
export function getRuleSetPreset(id: string): RuleSet {
  let ruleSet = loaded.get(id);
  if (!ruleSet) {
    const source = isRuleSetPresetId(id) ? SOURCES[id] : undefined;
    if (!source) throw new RangeError(`Unknown rule-set preset "${id}" (known: ${RULE_SET_PRESET_IDS.join(', ')})`);
    ruleSet = parseRuleSet(withCitationChecks(source));
    loaded.set(id, ruleSet);
  }
  return ruleSet;
}

/** A shipped preset, compiled for evaluation. */
export function getCompiledRuleSetPreset(id: string): CompiledRuleSet {
  return compileRuleSet(getRuleSetPreset(id));
}
