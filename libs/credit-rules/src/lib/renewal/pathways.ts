// Alternative pathways: their own conversions and requirement (the main route's caps and
// categories do not apply), their own category minimums, and every all-routes category.
import { convertAmount, lookupConversion } from '../conversion-table';
import { formatAmount } from '../exact-amount';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import * as codes from './record-codes';
import { applied, type AppliedRule, type PathwayCategoryResult, type PathwayResult, type RuleLine } from './renewal-types';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { COUNTED, R_BELOW_EVENT, R_NO_CONVERSION, R_NO_HOURS, R_NOT_ACCEPTED } = codes;
const lookupConversionFast = lookupConversion;
const convertAmountFast = convertAmount;
const appliedFast = applied;
const formatAmountFast = formatAmount;

/** The pathways open to this license type, whether any is met, and which route is closest to done. */
export interface PathwayOutcome {
  pathways: PathwayResult[];
  pathwayMet: boolean;
  /** A pathway's id, 'main' when the main route is as close or closer, null without pathways. */
  closestPathway: string | null;
}

/** Evaluates each pathway on the records the main route's pass admitted; a met amount held back by a category is added to `rulesApplied`. */
export function evaluatePathways(
  ctx: EvaluationContext,
  totals: CycleTotals,
  earnedSub: number,
  allRoutesUnmet: AppliedRule[],
  rulesApplied: RuleLine[],
): PathwayOutcome {
  const { version, licenseTypeId, requiredSub, records } = ctx;
  const pathways: PathwayResult[] = [];
  let pathwayMet = false;
  let closest: { id: string; ratio: number } | null = null;
  const mainRatio = requiredSub === 0 ? 1 : earnedSub / requiredSub;
  for (const p of version.pathways) {
    if (p.rule.licenseTypes && !p.rule.licenseTypes.includes(licenseTypeId)) continue;
    let sum = 0;
    const catSums = p.categories.length > 0 ? new Array<number>(p.categories.length).fill(0) : null;
    for (let i = 0; i < records.length; i++) {
      const code = totals.reason[i]!;
      if (
        code !== COUNTED &&
        code !== R_NO_CONVERSION &&
        code !== R_NOT_ACCEPTED &&
        code !== R_NO_HOURS &&
        code !== R_BELOW_EVENT
      )
        continue;
      const conv = lookupConversionFast(p.table, records[i]!);
      if (conv < 0) continue;
      const value = convertAmountFast(p.table.conversions[conv]!, totals.scaled[i]!, records[i]!);
      if (value > 0) {
        sum += value;
        const bits = totals.catBits[i] ?? 0;
        if (catSums) p.categories.forEach((c, j) => (bits & c.bit) !== 0 && (catSums[j] = (catSums[j] ?? 0) + value));
      }
    }
    const pathwayCategories: PathwayCategoryResult[] = p.categories.map((c, j) => {
      const earned = catSums?.[j] ?? 0;
      const result: PathwayCategoryResult = {
        id: c.rule.category,
        label: c.rule.label,
        required: formatAmountFast(c.need, p.unit),
        earned: formatAmountFast(earned, p.unit),
        met: c.rule.minimum.kind === 'any' ? earned > 0 : earned >= c.need,
        ruleId: c.rule.id,
        citation: c.rule.citation,
      };
      if (c.rule.uncertain) result.uncertain = c.rule.uncertain;
      return result;
    });
    const blockedBy: AppliedRule[] = [...allRoutesUnmet];
    p.categories.forEach((c, j) => {
      if (pathwayCategories[j]?.met === false) blockedBy.push(appliedFast(c.rule, `${c.rule.label} (this route's minimum)`));
    });
    const amountMet = sum >= p.required;
    const met = amountMet && blockedBy.length === 0;
    if (amountMet && !met) {
      rulesApplied.push({
        ...applied(p.rule, `${p.rule.label}: the amount is met, but not ${blockedBy.map((b) => b.description).join('; ')}`),
        kind: allRoutesUnmet.length > 0 ? 'all_routes' : 'pathway_category',
      });
    }
    pathwayMet ||= met;
    const ratio = p.required === 0 ? 1 : sum / p.required;
    if (!closest || ratio > closest.ratio) closest = { id: p.rule.id, ratio };
    const result: PathwayResult = {
      id: p.rule.id,
      label: p.rule.label,
      unit: p.rule.unit,
      required: formatAmountFast(p.required, p.unit),
      earned: formatAmountFast(sum, p.unit),
      remaining: formatAmountFast(Math.max(0, p.required - sum), p.unit),
      met,
      citation: p.rule.citation,
      categories: pathwayCategories,
      blockedBy,
    };
    if (p.rule.uncertain) result.uncertain = p.rule.uncertain;
    pathways.push(result);
  }
  const closestPathway = pathways.length === 0 ? null : closest && closest.ratio > mainRatio ? closest.id : 'main';
  return { pathways, pathwayMet, closestPathway };
}
