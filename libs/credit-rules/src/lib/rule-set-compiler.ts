// Compiles a validated rule set once into lookup tables and integer sub-units; the evaluators
// only read the compiled form. Compilation is cached per rule-set object.
import { CANONICAL_CATEGORIES } from './canonical-ids';
import { compileConversionTable, conversionDenominators, fastLookup, type ConversionTable } from './conversion-table';
import { AMOUNT_SCALE, lcm, parseRational, parseScaled, type Rational } from './exact-amount';
import { ACTIVITY_TYPES, RECORD_UNITS } from './canonical-ids';
import {
  parseRuleSet,
  type CapRule,
  type CategoryRequirementRule,
  type LicenseTypeRule,
  type PathwayRule,
  type RuleSet,
  type RuleSetInput,
  type RuleSetVersion,
} from './rule-set.schema';

export interface CompiledSelector {
  /** Bit i set = activity type i matches (all bits when the selector does not restrict). */
  readonly activityMask: number;
  readonly unitMask: number;
  /** Bits: 1 unknown, 2 graduate, 4 undergraduate. */
  readonly levelMask: number;
  /** Category bits (see CompiledVersion.categoryIndex); 0 = no category restriction. */
  readonly categoryMask: number;
}

export interface CompiledCap {
  readonly rule: CapRule;
  readonly selector: CompiledSelector;
  /** Fixed limit in sub-units, or null when the limit is a share of the requirement. */
  readonly amount: number | null;
  readonly share: Rational | null;
}

export interface CompiledCategoryRequirement {
  readonly rule: CategoryRequirementRule;
  readonly bit: number;
  /** Records matching `rule.source` count here, tagged or not; null when the rule names no source. */
  readonly source: CompiledSelector | null;
}

export interface CompiledPathwayCategory {
  readonly rule: PathwayRule['categoryRequirements'][number];
  readonly bit: number;
  /** Minimum in pathway sub-units (0 for "any", which needs some credit). */
  readonly need: number;
}

export interface CompiledPathway {
  readonly rule: PathwayRule;
  readonly table: ConversionTable;
  /** Sub-units per pathway unit. */
  readonly unit: number;
  readonly required: number;
  readonly categories: readonly CompiledPathwayCategory[];
}

export interface CompiledVersion {
  readonly version: RuleSetVersion;
  readonly table: ConversionTable;
  readonly caps: readonly CompiledCap[];
  readonly categoryRequirements: readonly CompiledCategoryRequirement[];
  /** Category id -> bit, for every category a rule of this version mentions. */
  readonly categoryIndex: Readonly<Record<string, number>>;
  /** The same bits as a fast-property table for the conversion pass (see fastLookup). */
  readonly categoryLookup: Readonly<Record<string, unknown>>;
  readonly licenseTypes: ReadonlyMap<string, LicenseTypeRule>;
  readonly roundingIncrement: number;
  readonly pathways: readonly CompiledPathway[];
  /** Minimum per topic in sub-units (0 = none). */
  readonly topicMinimum: number;
  /** Notes marked `notChecked`: requirements PD Ledger does not evaluate, listed with every result they apply to. */
  readonly notChecked: RuleSetVersion['notes'];
}

/** A rule set ready for evaluation. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  /** Sub-units per one unit of the rule set (the same for every version, so carry-over moves exactly). */
  readonly unit: number;
  readonly versions: readonly CompiledVersion[];
}

const ALL = 0x7fffffff;

function mask<T extends string>(values: readonly T[] | undefined, universe: readonly string[]): number {
  if (!values) return ALL;
  let m = 0;
  for (const v of values) m |= 1 << universe.indexOf(v);
  return m;
}

function levelMask(levels: readonly string[] | undefined): number {
  if (!levels) return ALL;
  let m = 0;
  for (const l of levels) m |= l === 'unknown' ? 1 : l === 'graduate' ? 2 : 4;
  return m;
}

const cache = new WeakMap<object, CompiledRuleSet>();

/** Validates (when given raw data) and compiles a rule set; the result is cached per object. */
export function compileRuleSet(input: RuleSet | RuleSetInput | CompiledRuleSet): CompiledRuleSet {
  if ('versions' in input && 'unit' in input && 'ruleSet' in input) return input as CompiledRuleSet;
  const cached = cache.get(input);
  if (cached) return cached;
  const ruleSet = parseRuleSet(input);
  let l = 1;
  for (const v of ruleSet.versions) {
    l = lcm(l, conversionDenominators(v.conversions));
    for (const c of v.caps) if (c.limit.kind === 'share') l = lcm(l, parseRational(c.limit.share).den);
    for (const r of v.categoryRequirements) if (r.minimum.kind === 'share') l = lcm(l, parseRational(r.minimum.share).den);
  }
  const versions = ruleSet.versions.map((v) => compileVersion(v, l));
  const compiled: CompiledRuleSet = { ruleSet, unit: AMOUNT_SCALE * l, versions };
  cache.set(input, compiled);
  cache.set(ruleSet, compiled);
  return compiled;
}

function compileVersion(version: RuleSetVersion, l: number): CompiledVersion {
  const categoryIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  let nextBit = 0;
  const bitOf = (category: string): number => {
    if (categoryIndex[category] === undefined) {
      if (nextBit >= 30) throw new RangeError('a rule-set version may mention at most 30 categories');
      categoryIndex[category] = 1 << nextBit++;
    }
    return categoryIndex[category]!;
  };
  const selector = (s: CapRule['appliesTo']): CompiledSelector => ({
    activityMask: mask(s.activityTypes, ACTIVITY_TYPES),
    unitMask: mask(s.units, RECORD_UNITS),
    levelMask: levelMask(s.levels),
    categoryMask: s.categories ? s.categories.reduce((m, c) => m | bitOf(c), 0) : 0,
  });
  const caps = version.caps.map((rule) => ({
    rule,
    selector: selector(rule.appliesTo),
    amount: rule.limit.kind === 'amount' ? parseScaled(rule.limit.amount) * l : null,
    share: rule.limit.kind === 'share' ? parseRational(rule.limit.share) : null,
  }));
  const categoryRequirements = version.categoryRequirements.map((rule) => ({
    rule,
    bit: bitOf(rule.category),
    source: rule.source ? selector(rule.source) : null,
  }));
  for (const r of version.standingRequirements) bitOf(r.category);
  const pathways = version.pathways.map((rule) => {
    const pl = conversionDenominators(rule.conversions);
    const categories = rule.categoryRequirements.map((c) => ({
      rule: c,
      bit: bitOf(c.category),
      need: c.minimum.kind === 'amount' ? parseScaled(c.minimum.amount) * pl : 0,
    }));
    return {
      rule,
      table: compileConversionTable(rule.conversions, pl),
      unit: AMOUNT_SCALE * pl,
      required: parseScaled(rule.required) * pl,
      categories,
    };
  });
  return {
    version,
    table: compileConversionTable(version.conversions, l),
    caps,
    categoryRequirements,
    categoryIndex,
    categoryLookup: fastLookup(Object.entries(categoryIndex)),
    licenseTypes: new Map(version.licenseTypes.map((t) => [t.id, t])),
    roundingIncrement: version.rounding ? parseScaled(version.rounding.increment) * l : 0,
    pathways,
    topicMinimum: version.topicMinimum ? parseScaled(version.topicMinimum.amount) * l : 0,
    notChecked: version.notes.filter((n) => n.notChecked),
  };
}

/** The version that governs a cycle: the latest one in force on the cycle's end (or start). */
export function selectVersion(compiled: CompiledRuleSet, cycle: { start: string; end: string }): CompiledVersion {
  const date = compiled.ruleSet.versionSelection === 'cycle_start' ? cycle.start : cycle.end;
  return versionInForce(compiled, date);
}

/** The latest version whose effectiveFrom is on or before `date` (the first version if none is). */
export function versionInForce(compiled: CompiledRuleSet, date: string): CompiledVersion {
  let chosen = compiled.versions[0]!;
  for (const v of compiled.versions) if (v.version.effectiveFrom <= date) chosen = v;
  return chosen;
}

/** True when the category is one of the canonical ids shared by all presets. */
export function isCanonicalCategory(id: string): boolean {
  return (CANONICAL_CATEGORIES as readonly string[]).includes(id);
}
