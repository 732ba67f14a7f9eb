// Relicensure evaluation: what an educator's records are worth toward one license cycle under a
// state's rule set, with the working shown. All amounts are integer sub-units of the compiled rule
// set (exact); decimal strings are made only when the result is assembled. Each step lives in its
// own module beside this one; this file is the outline.
import * as exactAmount from '../exact-amount';
import type { PdRecordInput } from '../pd-record';
import * as compiler from '../rule-set-compiler';
import * as adjustmentSteps from './adjustments';
import * as carryOver from './carry-over';
import * as categorySteps from './categories';
import * as conversion from './conversion';
import * as earningWindowOverlap from './earning-window-overlap';
import * as evaluationContexts from './evaluation-context';
import * as explanation from './explanation';
import * as pathwaySteps from './pathways';
import * as perYearSteps from './per-year-minimums';
import type { RenewalEvaluation, RenewalInput, RenewalOptions, RuleLine } from './renewal-types';
import * as ruleNotes from './rule-notes';
import * as standingSteps from './standing-requirements';
import * as statusSteps from './status';

// Bound locally: imported bindings compile to a getter call per use under CommonJS, and this runs
// once per evaluation.
const { assertSafe, formatAmount: formatAmountFast } = exactAmount;
const { compileRuleSet } = compiler;
const { adjustmentsOf } = adjustmentSteps;
const { carryInto, carryOutOf } = carryOver;
const { evaluateCategories } = categorySteps;
const { creditEvaluatedCycle } = conversion;
const { overlapExclusions } = earningWindowOverlap;
const { evaluationContext } = evaluationContexts;
const { explainEvaluation } = explanation;
const { evaluatePathways } = pathwaySteps;
const { closedYearsMet, perYearMinimums } = perYearSteps;
const { noteCountingRules, notCheckedFor, noteEventMinimums, notePerCredential, uncertainRules } = ruleNotes;
const { standingRequirements } = standingSteps;
const { paceAt, renewalStatus } = statusSteps;

/**
 * Evaluates one license cycle: the window, required/earned/remaining in the state's unit, required
 * categories, what caps removed, carry-over, the deadline and a status, with explanation lines that
 * add up exactly to `earned`.
 */
export function evaluateRenewal(input: RenewalInput, options: RenewalOptions = {}): RenewalEvaluation {
  const compiled = compileRuleSet(input.ruleSet);
  const { asOf, records, license } = input;

  // 1. The cycle, the version governing it, the amount required and the dates that count.
  const ctx = evaluationContext(compiled, license, records, asOf);
  const { cycle, version, licenseTypeId, licenseType, requiredSub, counting, U } = ctx;
  const v = version.version;

  // 2. Credit per record: overlap PD a neighbouring cycle takes, then conversion, topic minimum, caps.
  const overlap = v.earningWindow ? overlapExclusions(ctx) : null;
  const totals = creditEvaluatedCycle(ctx, overlap?.skip ?? null);
  const rulesApplied: RuleLine[] = [];
  noteCountingRules(rulesApplied, ctx, overlap?.lines ?? null);
  if (totals.belowEvent > 0) noteEventMinimums(rulesApplied, ctx, totals);

  // 3. Carry-over in (given, or from the previous cycle) and out.
  const carry = carryInto(ctx, input.carryIn, totals);
  const earnedSub = assertSafe(totals.ownEarned + carry.amount, 'earned');
  notePerCredential(rulesApplied, ctx);
  const carryOut = carryOutOf(compiled, totals, records, earnedSub);

  // 4. Required categories, alternative pathways, per-year minimums, standing requirements.
  const gradeBand = license.gradeBand || v.defaultGradeBand || null;
  const cats = evaluateCategories(ctx, gradeBand, totals, rulesApplied);
  const routes = evaluatePathways(ctx, totals, earnedSub, cats.allRoutesUnmet, rulesApplied);
  const perYear = perYearMinimums(ctx, totals);
  const standing = standingRequirements(ctx, totals);

  // 5. Status: complete on the main route or a pathway, else from the deadlines and the pace.
  const categoriesMet = cats.categories.every((c) => c.met);
  const standingMet = standing.every((s) => s.met);
  const yearsOk = closedYearsMet(perYear);
  const complete = (earnedSub >= requiredSub && categoriesMet && yearsOk && standingMet) || (routes.pathwayMet && standingMet);
  const pace = paceAt(ctx);
  const status = renewalStatus(ctx, pace, earnedSub, complete, categoriesMet, standingMet, yearsOk);

  // 6. The working shown: adjustments, uncertain rules, explanation lines.
  const adjustments = adjustmentsOf(ctx, totals);
  const uncertain = uncertainRules(ctx, rulesApplied, cats.requirements, adjustments, totals);
  const explained = options.explain !== false ? explainEvaluation(ctx, cats.requirements, cats.flows, carry, totals) : null;

  return {
    educatorId: input.educatorId ?? null,
    ruleSetId: compiled.ruleSet.id,
    ruleSetVersion: v.version,
    versionEffectiveFrom: v.effectiveFrom,
    unit: v.unit,
    licenseType: { id: licenseType.id, name: licenseType.name },
    gradeBand,
    cycle,
    asOf,
    required: formatAmountFast(requiredSub, U),
    earned: explained ? explained.earned : formatAmountFast(earnedSub, U),
    // Exact: required is a terminating decimal, so required - earned agrees with the printed figures (see exact-amount.ts).
    remaining: formatAmountFast(Math.max(0, requiredSub - earnedSub), U),
    carryIn: formatAmountFast(carry.amount, U),
    carryOut: formatAmountFast(carryOut, U),
    paceExpected: formatAmountFast(pace.expected, U),
    status,
    categories: cats.categories,
    adjustments,
    pathways: routes.pathways,
    closestPathway: routes.closestPathway,
    perYear,
    standingRequirements: standing,
    uncertain,
    countedFrom: counting.from,
    countedThrough: counting.through,
    rulesApplied,
    notChecked: notCheckedFor(version, licenseTypeId),
    explanation: explained ? explained.lines : [],
  };
}

/** What-if: the same evaluation with hypothetical records added (counted as approved, marked in the explanation). */
export function evaluateRenewalWhatIf(
  input: RenewalInput,
  hypothetical: readonly PdRecordInput[],
  options: RenewalOptions = {},
): { baseline: RenewalEvaluation; withHypothetical: RenewalEvaluation } {
  const baseline = evaluateRenewal(input, options);
  const withHypothetical = evaluateRenewal(
    { ...input, records: [...input.records, ...hypothetical.map((r) => ({ ...r, hypothetical: true }))] },
    options,
  );
  return { baseline, withHypothetical };
}
