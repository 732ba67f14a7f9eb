import Decimal from 'decimal.js';
import {
  getRuleSetPreset,
  isRuleSetPresetId,
  parseRuleSet,
  type ActivityType,
  type Citation,
  type RuleSet,
  type RuleSetVersion,
} from '@pd-ledger/credit-rules';

// District overrides on top of a state preset. An override is a district policy in force
// from a date (and until the day before its end). It becomes part of new rule-set versions derived
// from the preset's version in force on that date, so the converter's ordinary version selection
// (the version in force at the cycle's end, or start for `cycle_start` presets) decides which
// cycles it governs: a cycle governed by an earlier version is never rewritten.
//
// Overrides only add to the state's rules (a district cannot waive a state requirement):
// - EXTRA_REQUIRED: the amount is added to every license type's requirement;
// - CATEGORY_MINIMUM: an extra required category with a minimum amount;
// - ACTIVITY_CAP: at most the amount of one activity type counts per cycle (0 = not accepted).

export const DISTRICT_OVERRIDE_KINDS = ['EXTRA_REQUIRED', 'CATEGORY_MINIMUM', 'ACTIVITY_CAP'] as const;
export type DistrictOverrideKind = (typeof DISTRICT_OVERRIDE_KINDS)[number];

/** An override as the evaluator needs it (a stored district_rule_override row). */
export interface DistrictRuleOverride {
  id: string;
  presetId: string;
  kind: DistrictOverrideKind;
  /** In the preset's unit, exact decimal string. */
  amount: string;
  category: string | null;
  /** The platform's activity type (WORKSHOP ...), for ACTIVITY_CAP. */
  activityType: string | null;
  label: string;
  basis: string;
  policyUrl: string | null;
  effectiveFrom: string;
  endsOn: string | null;
}

/** A preset with the district's overrides: the rule set to evaluate and which overrides each version carries. */
export interface DistrictRuleSet {
  ruleSet: RuleSet;
  /** Overrides in force in a version of `ruleSet` (by version string); none for unmodified preset versions. */
  overridesOf(version: string): readonly DistrictRuleOverride[];
}

/** Before every real date: the preset's first version stays in force before the earliest override. */
const BEGINNING = '1900-01-01';

/** The rule id an override gets inside the derived rule set. */
export function overrideRuleId(override: Pick<DistrictRuleOverride, 'id'>): string {
  return `district-${override.id.toLowerCase()}`;
}

/** The override's citation: the district's policy page when HR gave one, else the override itself. */
export function overrideCitation(override: Pick<DistrictRuleOverride, 'id' | 'basis' | 'policyUrl'>): Citation {
  return {
    url: override.policyUrl ?? `urn:pd-ledger:district-rule-override:${override.id.toLowerCase()}`,
    text: override.basis,
    section: 'District policy',
  };
}

/** The override in words, in the preset's unit ("30 more Act 48 hours required per cycle"). */
export function describeOverride(
  override: Pick<DistrictRuleOverride, 'kind' | 'amount' | 'category' | 'activityType' | 'label'>,
  unitName: string,
): string {
  switch (override.kind) {
    case 'EXTRA_REQUIRED':
      return `${override.label}: ${override.amount} more ${unitName} required per cycle`;
    case 'CATEGORY_MINIMUM':
      return `${override.label}: at least ${override.amount} ${unitName} in ${String(override.category).replace(/_/g, ' ')}`;
    case 'ACTIVITY_CAP':
      return `${override.label}: at most ${override.amount} ${unitName} from ${String(override.activityType).toLowerCase().replace(/_/g, ' ')} per cycle`;
  }
}

const plus = (a: string, b: Decimal) => new Decimal(a).plus(b).toFixed();

/** One preset version with the overrides in force from `effectiveFrom`. */
function applyOverrides(base: RuleSetVersion, overrides: readonly DistrictRuleOverride[], effectiveFrom: string): RuleSetVersion {
  if (overrides.length === 0) return { ...base, effectiveFrom };
  const extra = overrides.filter((o) => o.kind === 'EXTRA_REQUIRED').reduce((sum, o) => sum.plus(o.amount), new Decimal(0));
  const unit = base.unit.name;
  return {
    ...base,
    version: `${base.version}+district-${effectiveFrom}`,
    effectiveFrom,
    summary: `${base.summary} District policy: ${overrides.map((o) => describeOverride(o, unit)).join('; ')}.`,
    licenseTypes: extra.isZero()
      ? base.licenseTypes
      : base.licenseTypes.map((type) => ({
          ...type,
          required: plus(type.required, extra),
          ...(type.requiredByDegree
            ? { requiredByDegree: type.requiredByDegree.map((r) => ({ ...r, required: plus(r.required, extra) })) }
            : {}),
        })),
    categoryRequirements: [
      ...base.categoryRequirements,
      ...overrides
        .filter((o) => o.kind === 'CATEGORY_MINIMUM')
        .map((o) => ({
          id: overrideRuleId(o),
          category: o.category!,
          label: o.label,
          minimum: { kind: 'amount' as const, amount: o.amount },
          citation: overrideCitation(o),
        })),
    ],
    caps: [
      ...base.caps,
      ...overrides
        .filter((o) => o.kind === 'ACTIVITY_CAP')
        .map((o) => ({
          id: overrideRuleId(o),
          label: o.label,
          appliesTo: { activityTypes: [o.activityType!.toLowerCase() as ActivityType] },
          limit: { kind: 'amount' as const, amount: o.amount },
          citation: overrideCitation(o),
        })),
    ],
    notes: [
      ...base.notes,
      ...overrides.map((o) => ({ id: overrideRuleId(o), citation: overrideCitation(o), text: describeOverride(o, unit) })),
    ],
  };
}

const inForce = (o: DistrictRuleOverride, date: string) => o.effectiveFrom <= date && (o.endsOn === null || date < o.endsOn);

/**
 * The preset with the overrides as rule-set versions: a version starts at every preset version's
 * and every override's start and end date, derived from the preset version in force then plus the
 * overrides in force then. Throws RuleDataValidationError when the result is not a valid rule set.
 */
export function buildDistrictRuleSet(preset: RuleSet, overrides: readonly DistrictRuleOverride[]): DistrictRuleSet {
  const own = overrides.filter((o) => o.presetId === preset.id);
  if (own.length === 0) return { ruleSet: preset, overridesOf: () => [] };
  const dates = new Set<string>(preset.versions.map((v) => v.effectiveFrom));
  for (const o of own) {
    dates.add(o.effectiveFrom);
    if (o.endsOn) dates.add(o.endsOn);
  }
  if (own.some((o) => o.effectiveFrom < preset.versions[0]!.effectiveFrom)) dates.add(BEGINNING);
  const byVersion = new Map<string, DistrictRuleOverride[]>();
  const versions: RuleSetVersion[] = [];
  let previousKey = '';
  for (const date of [...dates].sort()) {
    let base = preset.versions[0]!;
    for (const v of preset.versions) if (v.effectiveFrom <= date) base = v;
    const active = own.filter((o) => inForce(o, date)).sort((a, b) => (a.effectiveFrom + a.id < b.effectiveFrom + b.id ? -1 : 1));
    const key = `${base.version}|${active.map((o) => o.id).join(',')}`;
    if (key === previousKey) continue;
    previousKey = key;
    const version = applyOverrides(base, active, date);
    byVersion.set(version.version, active);
    versions.push(version);
  }
  const ruleSet = parseRuleSet({ ...preset, name: `${preset.name}, with district policy`, versions });
  return { ruleSet, overridesOf: (version) => byVersion.get(version) ?? [] };
}

const cache = new Map<string, DistrictRuleSet>();
const CACHE_LIMIT = 500;

/** buildDistrictRuleSet for a preset id, cached by the overrides' content (so reports over many educators build it once). */
export function districtRuleSet(presetId: string, overrides: readonly DistrictRuleOverride[]): DistrictRuleSet | null {
  if (!isRuleSetPresetId(presetId)) return null;
  const own = overrides.filter((o) => o.presetId === presetId);
  const preset = getRuleSetPreset(presetId);
  if (own.length === 0) return { ruleSet: preset, overridesOf: () => [] };
  const key = `${presetId}|${JSON.stringify(own)}`;
  let built = cache.get(key);
  if (!built) {
    built = buildDistrictRuleSet(preset, own);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, built);
  }
  return built;
}

/** A district's overrides, ready to resolve any state's rule set; `NO_DISTRICT_RULES` = the presets as shipped. */
export class DistrictRules {
  private readonly resolved = new Map<string, DistrictRuleSet | null>();

  constructor(readonly overrides: readonly DistrictRuleOverride[]) {}

  /** The rule set licenses of this preset (lower-case state code) are evaluated under in the district; null without a preset. */
  ruleSetFor(presetId: string): DistrictRuleSet | null {
    if (!this.resolved.has(presetId)) this.resolved.set(presetId, districtRuleSet(presetId, this.overrides));
    return this.resolved.get(presetId) ?? null;
  }
}

export const NO_DISTRICT_RULES = new DistrictRules([]);
