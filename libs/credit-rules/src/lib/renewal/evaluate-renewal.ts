// Relicensure evaluation: what an educator's records are worth toward one license cycle under a
// state's rule set, with the working shown. All amounts are integer sub-units of the compiled rule
// set (exact); decimal strings are made only when the result is assembled. Each step lives in its
// own module beside this one; this file is the outline.
import { assertSafe, formatAmount } from '../exact-amount';
import type { PdRecordInput } from '../pd-record';
import { compileRuleSet } from '../rule-set-compiler';
import { adjustmentsOf } from './adjustments';
import { carryInto, carryOutOf } from './carry-over';
import { evaluateCategories } from './categories';
import { creditCycle } from './conversion';
import { overlapExclusions } from './earning-window-overlap';
import { explainEvaluation } from './explanation';
import { evaluatePathways } from './pathways';
import { closedYearsMet, perYearMinimums } from './per-year-minimums';
import { requiredFor } from './required-amount';
import type { RenewalEvaluation, RenewalInput, RenewalOptions, RuleLine } from './renewal-types';
import { noteCountingRules, notCheckedFor, noteEventMinimums, notePerCredential, uncertainRules } from './rule-notes';
import { standingRequirements } from './standing-requirements';
import { expectedPace, renewalStatus, wholeYearsElapsed } from './status';
import { countingWindowFor, selectCycle } from './window-selection';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const formatAmountFast = formatAmount;

/**
 * Evaluates one license cycle: the window, required/earned/remaining in the state's unit, required
 * categories, what caps removed, carry-over, the deadline and a status, with explanation lines that
 * add up exactly to `earned`.
 */
export function evaluateRenewal(input: RenewalInput, options: RenewalOptions = {}): RenewalEvaluation {
  const compiled = compileRuleSet(input.ruleSet);
  const U = compiled.unit;
  const { asOf, records, license } = input;

  // 1. The cycle, the version governing it, the amount required and the dates that count.
  const { cycle, version, licenseTypeId, licenseType } = selectCycle(compiled, license, asOf);
  const v = version.version;
  const requiredSub = requiredFor(compiled, version, licenseTypeId, license);
  const counting = countingWindowFor(version, licenseTypeId, cycle);

  // 2. Credit per record: overlap PD a neighbouring cycle takes, then conversion, topic minimum, caps.
  const overlap = v.earningWindow
    ? overlapExclusions(
        compiled,
        version,
        licenseTypeId,
        licenseType.cycleYears,
        license,
        cycle,
        counting.through,
        requiredSub,
        records,
        asOf,
      )
    : null;
  const totals = creditCycle(
    version,
    cycle,
    requiredSub,
    records,
    asOf,
    0,
    counting.from,
    counting.through,
    overlap?.skip ?? null,
  );
  const rulesApplied: RuleLine[] = [];
  noteCountingRules(rulesApplied, version, cycle, counting, overlap?.lines ?? null);
  if (totals.belowEvent > 0) noteEventMinimums(rulesApplied, version, totals, records);

  // 3. Carry-over in (given, or from the previous cycle) and out.
  const carry = carryInto(compiled, version, licenseTypeId, licenseType.cycleYears, input.carryIn, license, cycle, records, asOf);
  const earnedSub = assertSafe(totals.ownEarned + carry.amount, 'earned');
  notePerCredential(rulesApplied, licenseType, license, requiredSub, U);
  const carryOut = carryOutOf(compiled, totals, records, earnedSub);

  // 4. Required categories, alternative pathways, per-year minimums, standing requirements.
  const gradeBand = license.gradeBand || v.defaultGradeBand || null;
  const cats = evaluateCategories(version, licenseTypeId, gradeBand, license, requiredSub, U, totals, records, rulesApplied);
  const routes = evaluatePathways(
    version,
    licenseTypeId,
    totals,
    records,
    requiredSub,
    earnedSub,
    cats.allRoutesUnmet,
    rulesApplied,
  );
  const perYear = perYearMinimums(version, cycle, asOf, U, totals, records);
  const standing = standingRequirements(version, asOf, totals, records);

  // 5. Status: complete on the main route or a pathway, else from the deadlines and the pace.
  const categoriesMet = cats.categories.every((c) => c.met);
  const standingMet = standing.every((s) => s.met);
  const yearsOk = closedYearsMet(perYear);
  const complete = (earnedSub >= requiredSub && categoriesMet && yearsOk && standingMet) || (routes.pathwayMet && standingMet);
  const cycleYears = counting.lookBack ? counting.lookBack.years : licenseType.cycleYears;
  const yearsElapsed = wholeYearsElapsed(counting.from, asOf, cycleYears);
  const paceSub = expectedPace(requiredSub, yearsElapsed, cycleYears);
  const status = renewalStatus({
    complete,
    asOf,
    cycle,
    earnedSub,
    paceSub,
    categoriesMet,
    standingMet,
    yearsOk,
    yearsElapsed,
    cycleYears,
  });

  // 6. The working shown: adjustments, uncertain rules, explanation lines.
  const adjustments = adjustmentsOf(version, requiredSub, U, totals, records);
  const uncertain = uncertainRules(
    version,
    licenseType,
    cycle,
    counting,
    rulesApplied,
    cats.requirements,
    adjustments,
    totals,
    records,
  );
  const explained =
    options.explain !== false
      ? explainEvaluation(version, U, cycle, counting.lookBack, cats.requirements, cats.flows, carry, totals, records)
      : null;

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
    paceExpected: formatAmountFast(paceSub, U),
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
