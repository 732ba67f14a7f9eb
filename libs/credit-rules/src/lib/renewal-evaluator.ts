// The renewal evaluator's public surface. The evaluation itself lives in ./renewal/, one module per
// concern, with `evaluateRenewal` (./renewal/evaluate-renewal.ts) as the outline of the algorithm.
export { evaluateRenewal, evaluateRenewalWhatIf } from './renewal/evaluate-renewal';
export {
  EXCLUSION_TEXT,
  type Adjustment,
  type AppliedRule,
  type CategoryResult,
  type ExclusionReason,
  type ExplanationLine,
  type PathwayCategoryResult,
  type PathwayResult,
  type PerYearResult,
  type RenewalEvaluation,
  type RenewalInput,
  type RenewalOptions,
  type RuleLine,
  type StandingResult,
} from './renewal/renewal-types';
