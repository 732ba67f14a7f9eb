// Required categories: which apply to this license type, grade band and degree, how much each
// needs (a share, a level's amount, an increment per additional credential), and what the
// credited records give each (summed, or allocated exclusively where the state requires it).
import { categoryNeed, type CategoryNeed } from '../category-minimums';
import { formatAmount } from '../exact-amount';
import type { CompiledVersion } from '../rule-set-compiler';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import { allocateExclusive } from './exclusive-allocation';
import { selectorMatchesShape } from './record-match';
import { degreeRank, extraLicenses } from './required-amount';
import { applied, appliedAs, type AppliedRule, type CategoryResult, type RuleLine } from './renewal-types';
import { parseRationalCached } from './shares';

type Requirements = CompiledVersion['categoryRequirements'];

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const formatAmountFast = formatAmount;
const selectorMatchesFast = selectorMatchesShape;

/** The required categories and what the records give them. */
export interface CategoryOutcome {
  requirements: Requirements;
  categories: CategoryResult[];
  /** Unmet categories required on every route: while any is unmet, no pathway renews. */
  allRoutesUnmet: AppliedRule[];
  /** Exclusive allocation only: per record, the amount each category received. */
  flows: Map<number, number[]> | null;
}

/**
 * Evaluates the required categories for this license type and grade band; a level's or a
 * credential increment's minimum is also added to `rulesApplied` with its basis.
 */
export function evaluateCategories(
  ctx: EvaluationContext,
  gradeBand: string | null,
  totals: CycleTotals,
  rulesApplied: RuleLine[],
): CategoryOutcome {
  const { version, licenseTypeId, license, requiredSub, U, records } = ctx;
  let requirements = requirementsFor(version, licenseTypeId, gradeBand, degreeRank(license.highestDegree));
  // No required category for this license (the usual case in many states): nothing to allocate.
  if (requirements.length === 0) return { requirements, categories: [], allRoutesUnmet: [], flows: null };
  const extra = extraLicenses(license);
  // Plain loops, no closures: this runs once per evaluation.
  const categoryNeeds: CategoryNeed[] = [];
  let dropped = false;
  for (const requirement of requirements) {
    const need = categoryNeed(requirement.rule, licenseTypeId, requiredSub, extra, U, parseRationalCached);
    if (need === null) dropped = true;
    else categoryNeeds.push(need);
  }
  if (dropped) {
    // Increment-only requirements with no additional credential held do not apply.
    const kept: Requirements[number][] = [];
    for (const r of requirements)
      if (categoryNeed(r.rule, licenseTypeId, requiredSub, extra, U, parseRationalCached) !== null) kept.push(r);
    requirements = kept;
  }
  const count = requirements.length;
  // Arrays sized up front and filled by index: this runs once per evaluation.
  const needs = new Array<number>(count);
  for (let j = 0; j < count; j++) needs[j] = categoryNeeds[j]!.need;
  let catEarned: number[];
  let flows: Map<number, number[]> | null = null;
  const exclusive = version.version.categoryAllocation?.mode === 'exclusive';
  if (exclusive && count > 0) {
    const chosen = requirements;
    // "any" minimums need at least one sub-unit in the flow.
    const res = allocateExclusive(
      totals,
      needs.map((x) => (x === 0 ? 1 : x)),
      (i, j) => requirementFits(chosen[j]!, totals.shape[i]!, totals.catBits[i]!),
    );
    catEarned = res.earned;
    flows = res.flows;
  } else {
    catEarned = new Array<number>(count);
    const { credited, shape, catBits } = totals;
    for (let j = 0; j < count; j++) {
      const requirement = requirements[j]!;
      let sum = 0;
      for (let i = 0; i < records.length; i++)
        if (credited[i]! > 0 && requirementFits(requirement, shape[i]!, catBits[i]!)) sum += credited[i]!;
      catEarned[j] = sum;
    }
  }
  const allRoutesUnmet: AppliedRule[] = [];
  const categories = new Array<CategoryResult>(count);
  for (let j = 0; j < count; j++) {
    const { rule } = requirements[j]!;
    const met = rule.minimum.kind === 'any' ? catEarned[j]! > 0 : catEarned[j]! >= needs[j]!;
    const out: CategoryResult = {
      id: rule.category,
      label: rule.label,
      minimum: rule.minimum.kind,
      required: formatAmountFast(needs[j]!, U),
      earned: formatAmountFast(catEarned[j]!, U),
      met,
      ruleId: rule.id,
      citation: rule.citation,
    };
    if (rule.uncertain) out.uncertain = rule.uncertain;
    const need = categoryNeeds[j];
    if (need?.basis && need.kind) {
      out.basis = need.basis;
      rulesApplied.push(appliedAs(rule, `${rule.label}: at least ${need.basis}`, need.kind));
    }
    if (rule.allRoutes) {
      out.allRoutes = true;
      // Required on every route: while unmet, no pathway renews.
      if (!met) allRoutesUnmet.push(applied(rule, `${rule.label} (required on every route)`));
    }
    categories[j] = out;
  }
  return { requirements, categories, allRoutesUnmet, flows };
}

/** Whether a credited record counts toward a required category: tagged, any record, or from the rule's source. */
function requirementFits(req: Requirements[number], shape: number, catBits: number): boolean {
  if (req.rule.countsAnyRecord) return true;
  if (req.source) return selectorMatchesFast(req.source, shape, catBits);
  return (catBits & req.bit) !== 0;
}

// Memoised per compiled version, then license type, grade band and degree: nested maps, so no key
// string is built per evaluation.
const requirementMemo = new WeakMap<CompiledVersion, Map<string, Map<string | null, Map<number, Requirements>>>>();
function requirementsFor(version: CompiledVersion, licenseTypeId: string, gradeBand: string | null, degree = -1): Requirements {
  let byType = requirementMemo.get(version);
  if (!byType) requirementMemo.set(version, (byType = new Map()));
  let byBand = byType.get(licenseTypeId);
  if (!byBand) byType.set(licenseTypeId, (byBand = new Map()));
  let byDegree = byBand.get(gradeBand);
  if (!byDegree) byBand.set(gradeBand, (byDegree = new Map()));
  let list = byDegree.get(degree);
  if (!list) {
    list = version.categoryRequirements.filter(
      ({ rule }) =>
        (!rule.licenseTypes || rule.licenseTypes.includes(licenseTypeId)) &&
        (!rule.gradeBands || (gradeBand !== null && rule.gradeBands.includes(gradeBand))) &&
        (!rule.onlyBelowDegree || degree < 0 || degree < degreeRank(rule.onlyBelowDegree)),
    );
    byDegree.set(degree, list);
  }
  return list;
}
