// The shapes an evaluation takes in and hands back, the exclusion reasons in words, and the
// helper that turns a cited rule into a line a user reads.
import type { RenewalStatus } from '../canonical-ids';
import type { CycleWindow, LicenseInput } from '../cycle-window';
import type { LocalDate } from '../local-date';
import type { PdRecordInput } from '../pd-record';
import type { CompiledRuleSet } from '../rule-set-compiler';
import type { Citation, RuleSet, RuleSetInput } from '../rule-set.schema';

/** What to evaluate. */
export interface RenewalInput {
  ruleSet: RuleSet | RuleSetInput | CompiledRuleSet;
  educatorId?: string;
  license: LicenseInput;
  records: readonly PdRecordInput[];
  asOf: LocalDate;
  /** Amount carried in from the previous cycle, in the rule set's unit. Absent: computed from the records. */
  carryIn?: string;
}

export interface RenewalOptions {
  /** Build explanation lines (default true). The totals, categories and adjustments never depend on it. */
  explain?: boolean;
}

/** A rule as shown to users. */
export interface AppliedRule {
  ruleId: string;
  description: string;
  citation: Citation;
  uncertain?: string;
}

/** Why a record adds nothing. */
export type ExclusionReason =
  | 'rejected'
  | 'not_approved'
  | 'outside_cycle'
  | 'after_as_of'
  | 'no_conversion'
  | 'not_accepted'
  | 'no_stated_hours'
  | 'outside_look_back'
  | 'used_by_previous_cycle'
  | 'below_event_minimum'
  | 'counts_for_next_cycle'
  | 'voided';

export const EXCLUSION_TEXT: Readonly<Record<ExclusionReason, string>> = {
  rejected: 'rejected records do not count',
  not_approved: 'submitted records count only once approved',
  outside_cycle: 'completed outside the cycle window',
  after_as_of: 'completed after the evaluation date',
  no_conversion: 'the rule set has no conversion for this activity type and unit',
  not_accepted: 'the rule set does not accept this kind of record',
  no_stated_hours: 'the catalog states no hours for this micro-credential',
  outside_look_back: 'completed before the look-back window (only the most recent years of the cycle count)',
  used_by_previous_cycle: 'counted for the previous license, which needed it (PD after an expiry counts there first)',
  below_event_minimum: 'below the minimum for one event (hours from different events are not combined)',
  counts_for_next_cycle: 'completed after the expiry and not needed for this license: it counts for the next one',
  voided: 'voided by the district (the record shows why): it no longer counts',
};

/** A rule beyond plain conversion that shaped this evaluation, in words (look-back, earning window, route and level minimums, ...). */
export interface RuleLine extends AppliedRule {
  kind:
    | 'look_back'
    | 'earning_window'
    | 'all_routes'
    | 'pathway_category'
    | 'license_level'
    | 'per_additional_credential'
    | 'event_minimum';
}

/** One credited (or not credited) amount, traced to its record and rules. */
export interface ExplanationLine {
  kind: 'record' | 'carry_in';
  recordId: string | null;
  title: string | null;
  completedOn: LocalDate | null;
  activityType: string | null;
  recorded: { amount: string; unit: string } | null;
  counted: boolean;
  reason: ExclusionReason | null;
  reasonText: string | null;
  conversion: (AppliedRule & { arithmetic: string }) | null;
  /** Amount after conversion and rounding, before caps. */
  converted: string;
  /** Caps and rounding that changed this record's credit; `change` is negative when something was removed. */
  adjustments: Array<AppliedRule & { kind: 'cap' | 'rounding' | 'carry_over' | 'topic_minimum'; change: string }>;
  /** What this line adds to `earned`; the lines sum exactly to `earned`. */
  credited: string;
  categories: string[];
  /** Exclusive category allocation (NC): how much of this record each category received. */
  allocation?: Array<{ category: string; amount: string }>;
  /** The rule, other than the conversion, that excluded or admitted this record (look-back, earning window, per-event minimum). */
  rule?: AppliedRule;
  hypothetical?: true;
}

/** What a cap or rounding rule changed overall. */
export interface Adjustment extends AppliedRule {
  /** topic_minimum: topics below the rule set's minimum per topic were not counted (MA: 10 PDPs). */
  kind: 'cap' | 'rounding' | 'topic_minimum';
  /** The cap's limit in the rule set's unit (caps only). */
  limit: string | null;
  /** Total of the matching records before the rule. */
  before: string;
  /** Amount removed (negative when rounding up added some). */
  removed: string;
  recordIds: string[];
}

export interface CategoryResult {
  id: string;
  label: string;
  minimum: 'amount' | 'share' | 'any' | 'by_license_type';
  required: string;
  earned: string;
  met: boolean;
  ruleId: string;
  citation: Citation;
  uncertain?: string;
  /** How the minimum was found when a license level or an increment per credential set it ("30 + 30 x 1 additional = 60"). */
  basis?: string;
  /** Required on every route, pathways included. */
  allRoutes?: true;
}

/** A category minimum of a pathway, in the pathway's unit. */
export interface PathwayCategoryResult {
  id: string;
  label: string;
  required: string;
  earned: string;
  met: boolean;
  ruleId: string;
  citation: Citation;
  uncertain?: string;
}

export interface PathwayResult {
  id: string;
  label: string;
  unit: { id: string; name: string };
  required: string;
  earned: string;
  remaining: string;
  /** The amount, the pathway's own categories and every all-routes category are met. */
  met: boolean;
  citation: Citation;
  uncertain?: string;
  categories: PathwayCategoryResult[];
  /** Unmet rules that keep this route from renewing (its own categories, all-routes categories). */
  blockedBy: AppliedRule[];
}

export interface PerYearResult {
  start: LocalDate;
  end: LocalDate;
  required: string;
  earned: string;
  met: boolean;
  /** True once the year is over (an unmet open year is not yet a failure). */
  closed: boolean;
}

export interface StandingResult {
  id: string;
  kind: 'one_time' | 'current';
  category: string;
  label: string;
  met: boolean;
  lastCompletedOn: LocalDate | null;
  citation: Citation;
}

/** The evaluation of one license cycle. */
export interface RenewalEvaluation {
  educatorId: string | null;
  ruleSetId: string;
  ruleSetVersion: string;
  versionEffectiveFrom: LocalDate;
  unit: { id: string; name: string };
  licenseType: { id: string; name: string };
  gradeBand: string | null;
  cycle: CycleWindow;
  asOf: LocalDate;
  required: string;
  earned: string;
  remaining: string;
  carryIn: string;
  carryOut: string;
  /** Amount the pro-rated pace expects by `asOf` (see README: status rule). */
  paceExpected: string;
  status: RenewalStatus;
  categories: CategoryResult[];
  adjustments: Adjustment[];
  pathways: PathwayResult[];
  closestPathway: string | null;
  perYear: PerYearResult[];
  standingRequirements: StandingResult[];
  /** Rules used here whose facts are uncertain (check with the state). */
  uncertain: AppliedRule[];
  /** First and last completion dates that count (a look-back or an earning window moves them off the cycle). */
  countedFrom: LocalDate;
  countedThrough: LocalDate;
  /** Rules beyond conversion that shaped the result, each named with its citation. */
  rulesApplied: RuleLine[];
  /** The state's requirements PD Ledger does not check ("not checked by PD Ledger: ..."): `complete` covers only the rest. */
  notChecked: AppliedRule[];
  explanation: ExplanationLine[];
}

/** A cited rule as a user-facing line. */
/**
 * `{ ...applied(rule, description), kind }` built field by field, in the same order: the spread
 * measured about ten times slower per line on the evaluation's hot path.
 */
export function appliedAs<K extends string>(
  rule: { id: string; citation: Citation; uncertain?: string | undefined },
  description: string,
  kind: K,
): AppliedRule & { kind: K } {
  const out = { ruleId: rule.id, description, citation: rule.citation } as AppliedRule & { kind: K };
  if (rule.uncertain) out.uncertain = rule.uncertain;
  out.kind = kind;
  return out;
}

export function applied(
  rule: { id: string; citation: Citation; uncertain?: string | undefined },
  description: string,
): AppliedRule {
  const out: AppliedRule = { ruleId: rule.id, description, citation: rule.citation };
  if (rule.uncertain) out.uncertain = rule.uncertain;
  return out;
}
