import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// GraphQL shapes of the converter's results. Kept separate from the converter's own types so the
// API's contract does not change when the library's internals do. Amounts are exact decimal
// strings; money is integer cents as strings (five-year totals can pass 2^31).

export enum RenewalStatus {
  COMPLETE = 'COMPLETE',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BEHIND = 'BEHIND',
  LAPSED = 'LAPSED',
}
registerEnumType(RenewalStatus, {
  name: 'RenewalStatus',
  description: 'complete: total and every required category met; lapsed: past the grace end.',
});

@ObjectType('Citation')
export class CitationModel {
  @Field(() => String)
  url!: string;

  @Field(() => String, { description: 'The wording relied on.' })
  text!: string;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => String, {
    description:
      'confirmed: the page was read and says this; unconfirmed: it could not be confirmed; unchecked: never compared with the page.',
  })
  checkStatus!: 'confirmed' | 'unconfirmed' | 'unchecked';

  @Field(() => String, { nullable: true, description: 'When the page was last compared (YYYY-MM-DD).' })
  checkedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What was (or could not be) seen on the page.' })
  checkNote!: string | null;
}

@ObjectType('RuleReference', { description: 'A rule as shown to users, with its source.' })
export class RuleReferenceModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  description!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true, description: 'Why the fact is uncertain (check with the state); null when it is not.' })
  uncertain!: string | null;
}

@ObjectType('RenewalCategory')
export class RenewalCategoryModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;
}

@ObjectType('RenewalAdjustment', { description: 'What a cap or rounding rule changed overall.' })
export class RenewalAdjustmentModel {
  @Field(() => String, { description: 'cap or rounding' })
  kind!: string;

  @Field(() => String)
  ruleId!: string;

  @Field(() => String, { description: 'Amount removed (negative when rounding added some).' })
  amount!: string;

  @Field(() => String, { nullable: true, description: "The cap's limit in the state's unit." })
  limit!: string | null;

  @Field(() => String, { description: 'Total of the matching records before the rule.' })
  before!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;

  @Field(() => [String])
  recordIds!: string[];
}

@ObjectType('RenewalPathway')
export class RenewalPathwayModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => String)
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => String)
  remaining!: string;

  @Field(() => Boolean, {
    description: "The amount, the route's own categories and every category required on all routes are met.",
  })
  met!: boolean;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => [String], { description: 'Unmet rules that keep this route from renewing, in words.' })
  blockedBy!: string[];
}

@ObjectType('LineAdjustment', { description: "A cap, rounding or carry-over rule that changed one record's credit." })
export class LineAdjustmentModel {
  @Field(() => String)
  kind!: string;

  @Field(() => String, { description: 'Negative when something was removed.' })
  change!: string;

  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  description!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;
}

@ObjectType('RenewalExplanationLine', {
  description: 'One credited (or not credited) amount; the credited amounts sum exactly to earned.',
})
export class RenewalExplanationLineModel {
  @Field(() => String, { description: 'record or carry_in' })
  kind!: string;

  @Field(() => String, { nullable: true })
  recordId!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true })
  recordedAmount!: string | null;

  @Field(() => String, { nullable: true, description: "The record's unit (clock_hour, semester_credit, ...)." })
  recordedUnit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The conversion rule and its arithmetic ("1 semester credit = 30 Act 48 hours: 1 x 30").',
  })
  conversion!: string | null;

  @Field(() => CitationModel, { nullable: true })
  conversionCitation!: CitationModel | null;

  @Field(() => String, { nullable: true })
  conversionUncertain!: string | null;

  @Field(() => String, { description: 'After conversion and rounding, before caps.' })
  converted!: string;

  @Field(() => String, { description: 'What this line adds to earned.' })
  credited!: string;

  @Field(() => Boolean)
  counted!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the record adds nothing, in words.' })
  reason!: string | null;

  @Field(() => [LineAdjustmentModel])
  adjustments!: LineAdjustmentModel[];

  @Field(() => [String])
  categories!: string[];

  @Field(() => Boolean)
  hypothetical!: boolean;
}

@ObjectType('RenewalEvaluation', { description: "One license cycle evaluated under the state's rule set, as of a date." })
export class RenewalEvaluationModel {
  @Field(() => ID)
  licenseId!: string;

  @Field(() => String)
  licenseNumber!: string;

  @Field(() => String)
  stateCode!: string;

  @Field(() => String)
  ruleSetId!: string;

  @Field(() => String)
  ruleSetVersion!: string;

  @Field(() => String)
  licenseType!: string;

  @Field(() => String)
  licenseTypeName!: string;

  @Field(() => String, { description: "The state's unit id (act48_hour, pdp, ...)." })
  unit!: string;

  @Field(() => String, { description: "The state's unit for display (Act 48 hours)." })
  unitName!: string;

  @Field(() => String)
  asOf!: string;

  @Field(() => String)
  cycleStart!: string;

  @Field(() => String)
  cycleEnd!: string;

  @Field(() => String)
  deadline!: string;

  @Field(() => String)
  graceEnd!: string;

  @Field(() => Int, { description: 'Days from asOf to the deadline (negative once past).' })
  daysLeft!: number;

  @Field(() => String)
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => String)
  remaining!: string;

  @Field(() => String)
  carryIn!: string;

  @Field(() => String)
  carryOut!: string;

  @Field(() => String, { description: 'What the pro-rated pace expects by asOf.' })
  paceExpected!: string;

  @Field(() => RenewalStatus)
  status!: RenewalStatus;

  @Field(() => [RenewalCategoryModel])
  categories!: RenewalCategoryModel[];

  @Field(() => [RenewalAdjustmentModel])
  adjustments!: RenewalAdjustmentModel[];

  @Field(() => [RenewalPathwayModel])
  pathways!: RenewalPathwayModel[];

  @Field(() => [RuleReferenceModel], { description: 'Rules used here whose facts are uncertain, and other caveats.' })
  uncertain!: RuleReferenceModel[];

  @Field(() => [RuleReferenceModel], {
    description: "District overrides in force in the rule-set version that governs this cycle (citation: the district's basis).",
  })
  districtRules!: RuleReferenceModel[];

  @Field(() => [RuleReferenceModel], {
    description:
      'State requirements PD Ledger does not check for this license ("not checked by PD Ledger"): a complete status covers only the rest.',
  })
  notChecked!: RuleReferenceModel[];

  @Field(() => [RuleReferenceModel], {
    description:
      'Rules beyond conversion that shaped this result (look-back, earning window, required on every route, per-level and per-credential minimums, per-event minimums), in words.',
  })
  rulesApplied!: RuleReferenceModel[];

  @Field(() => [RenewalExplanationLineModel])
  explanation!: RenewalExplanationLineModel[];
}

@ObjectType('RenewalWhatIf')
export class RenewalWhatIfModel {
  @Field(() => RenewalEvaluationModel)
  baseline!: RenewalEvaluationModel;

  @Field(() => RenewalEvaluationModel)
  withHypothetical!: RenewalEvaluationModel;
}

@ObjectType('LaneCreditsByKind')
export class LaneCreditsByKindModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  credits!: string;
}

@ObjectType('LaneAdjustment')
export class LaneAdjustmentModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  removed!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;

  @Field(() => [String])
  recordIds!: string[];
}

@ObjectType('LaneApplicationWindow')
export class LaneApplicationWindowModel {
  @Field(() => String)
  opens!: string;

  @Field(() => String)
  closes!: string;

  @Field(() => String)
  effective!: string;

  @Field(() => String)
  ruleId!: string;
}

@ObjectType('LaneSalaryYear')
export class LaneSalaryYearModel {
  @Field(() => Int)
  contractYear!: number;

  @Field(() => Int)
  step!: number;

  @Field(() => String, { description: 'Integer cents.' })
  currentCents!: string;

  @Field(() => String, { description: 'Integer cents.' })
  nextCents!: string;

  @Field(() => String, { description: 'Integer cents.' })
  differenceCents!: string;
}

@ObjectType('LaneSalary', { description: 'Money in integer cents, as strings.' })
export class LaneSalaryModel {
  @Field(() => Int)
  contractYear!: number;

  @Field(() => String)
  currentCents!: string;

  @Field(() => String)
  nextCents!: string;

  @Field(() => String)
  annualDifferenceCents!: string;

  @Field(() => String, {
    description: 'From the effective date to the end of that contract year (pro-rated, never retroactive).',
  })
  thisContractYearCents!: string;

  @Field(() => [LaneSalaryYearModel])
  nextFiveYears!: LaneSalaryYearModel[];

  @Field(() => String)
  nextFiveYearsTotalCents!: string;
}

@ObjectType('LaneExplanationLine', {
  description: 'Lane credit from one record; the credited amounts sum exactly to creditsEarned.',
})
export class LaneExplanationLineModel {
  @Field(() => String)
  recordId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String)
  completedOn!: string;

  @Field(() => String, { nullable: true })
  recordedAmount!: string | null;

  @Field(() => String, { nullable: true })
  recordedUnit!: string | null;

  @Field(() => Boolean)
  counted!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  conversion!: string | null;

  @Field(() => CitationModel, { nullable: true })
  conversionCitation!: CitationModel | null;

  @Field(() => String)
  converted!: string;

  @Field(() => String)
  credited!: string;

  @Field(() => [LineAdjustmentModel])
  adjustments!: LineAdjustmentModel[];

  @Field(() => Boolean)
  hypothetical!: boolean;
}

// What an educator's micro-credentials are worth in pay under the schedule's compensation rules
// (`evaluateCompensation`).

@ObjectType('CompensationLine', { description: "One line of a rule's working; the lines' cents add up to the rule's figure." })
export class CompensationLineModel {
  @Field(() => String)
  text!: string;

  @Field(() => [String], { description: 'The PD records (credentials) the line is about.' })
  recordIds!: string[];

  @Field(() => String, { description: 'What the line adds to the budget year, integer cents (0 for lines that only explain).' })
  cents!: string;
}

@ObjectType('CompensationNext', { description: 'The next pay change under a rule: how many more credentials, and what it pays.' })
export class CompensationNextModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  credentialsNeeded!: number;

  @Field(() => String, { description: 'Integer cents: a year for a permanent increase, once for a stipend.' })
  cents!: string;

  @Field(() => Boolean, { description: 'True for a permanent increase (paid every year), false for a one-off stipend.' })
  recurring!: boolean;

  @Field(() => String, { description: 'E.g. "2 more foundational credentials to the master\'s equivalency: +$5,855.82 a year".' })
  text!: string;
}

@ObjectType('CompensationRuleResult')
export class CompensationRuleResultModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String, { description: 'stipend, count_step, equivalency or base_increase.' })
  kind!: string;

  @Field(() => String)
  label!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;

  @Field(() => String, { description: 'What the rule adds to the lane salary in the budget year, integer cents.' })
  budgetYearCents!: string;

  @Field(() => [CompensationLineModel])
  lines!: CompensationLineModel[];

  @Field(() => CompensationNextModel, { nullable: true })
  next!: CompensationNextModel | null;
}

@ObjectType('CompensationCredential', { description: 'A micro-credential that counts for pay (each catalog item once).' })
export class CompensationCredentialModel {
  @Field(() => String)
  recordId!: string;

  @Field(() => String, { description: "The catalog item's name." })
  name!: string;

  @Field(() => String)
  completedOn!: string;

  @Field(() => Int)
  contractYear!: number;

  @Field(() => [String], { description: 'Named sets of the schedule it belongs to.' })
  sets!: string[];

  @Field(() => Boolean)
  hypothetical!: boolean;
}

@ObjectType('CompensationExclusion')
export class CompensationExclusionModel {
  @Field(() => String)
  recordId!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('Compensation', {
  description:
    "Micro-credential pay under the district schedule's compensation rules for the budget year (the contract year of asOf): stipends paid for credentials completed in it, permanent increases in force as full-year amounts.",
})
export class CompensationModel {
  @Field(() => Int)
  budgetYear!: number;

  @Field(() => String)
  budgetYearStart!: string;

  @Field(() => String)
  budgetYearEnd!: string;

  @Field(() => String, { description: 'The lane salary percentages apply to (lane and step in the budget year).' })
  baseSalaryCents!: string;

  @Field(() => RuleReferenceModel, { description: 'Which records count as a micro-credential.' })
  definition!: RuleReferenceModel;

  @Field(() => [CompensationCredentialModel])
  credentials!: CompensationCredentialModel[];

  @Field(() => [CompensationExclusionModel])
  excluded!: CompensationExclusionModel[];

  @Field(() => [CompensationRuleResultModel])
  rules!: CompensationRuleResultModel[];

  @Field(() => String)
  stipendsCents!: string;

  @Field(() => String)
  increasesCents!: string;

  @Field(() => String)
  totalCents!: string;

  @Field(() => CompensationNextModel, { nullable: true, description: 'The nearest pay change (fewest credentials needed).' })
  nextPayChange!: CompensationNextModel | null;
}

@ObjectType('LaneEvaluation', { description: "Salary-lane progress under the district's schedule, as of a date." })
export class LaneEvaluationModel {
  @Field(() => String)
  scheduleId!: string;

  @Field(() => String)
  scheduleName!: string;

  @Field(() => String)
  asOf!: string;

  @Field(() => String)
  currentLane!: string;

  @Field(() => Int)
  currentStep!: number;

  @Field(() => String, { nullable: true })
  nextLane!: string | null;

  @Field(() => Boolean, { description: 'False when the next lane needs a degree the educator does not hold.' })
  attainableByCredits!: boolean;

  @Field(() => String)
  creditsNeeded!: string;

  @Field(() => String)
  creditsEarned!: string;

  @Field(() => String)
  creditsRemaining!: string;

  @Field(() => [LaneCreditsByKindModel])
  byKind!: LaneCreditsByKindModel[];

  @Field(() => [LaneAdjustmentModel])
  adjustments!: LaneAdjustmentModel[];

  @Field(() => String, { nullable: true })
  qualifiesOn!: string | null;

  @Field(() => LaneApplicationWindowModel, { nullable: true })
  nextWindow!: LaneApplicationWindowModel | null;

  @Field(() => LaneSalaryModel, { nullable: true })
  salary!: LaneSalaryModel | null;

  @Field(() => [LaneExplanationLineModel])
  explanation!: LaneExplanationLineModel[];

  @Field(() => CompensationModel, {
    nullable: true,
    description: "Micro-credential pay under the schedule's compensation rules; null when the schedule has none.",
  })
  compensation!: CompensationModel | null;
}

@ObjectType('LaneWhatIf', {
  description: 'Both evaluations are null when there is no salary schedule or no lane data for the educator.',
})
export class LaneWhatIfModel {
  @Field(() => LaneEvaluationModel, { nullable: true })
  baseline!: LaneEvaluationModel | null;

  @Field(() => LaneEvaluationModel, { nullable: true })
  withHypothetical!: LaneEvaluationModel | null;
}

@ObjectType('RulePresetSummary')
export class RulePresetSummaryModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => Int)
  versionCount!: number;

  @Field(() => String, { description: 'effectiveFrom of the latest version.' })
  latestEffectiveFrom!: string;

  @Field(() => Int, { description: 'Rules in the latest version flagged uncertain.' })
  uncertainCount!: number;

  @Field(() => Int, { description: 'Requirements of the latest version PD Ledger does not check.' })
  notCheckedCount!: number;

  @Field(() => Int, {
    description: 'Source pages of the latest version not confirmed against the rules (unconfirmed or never checked).',
  })
  unverifiedSourceCount!: number;
}

@ObjectType('PresetSource', { description: 'A cited page and whether it was confirmed against the rules that rest on it.' })
export class PresetSourceModel {
  @Field(() => String)
  url!: string;

  @Field(() => String, { description: 'confirmed, unconfirmed or unchecked' })
  checkStatus!: string;

  @Field(() => String, { nullable: true })
  checkedOn!: string | null;

  @Field(() => String, { nullable: true })
  checkNote!: string | null;

  @Field(() => [String], { description: 'Ids of the rules citing this page.' })
  ruleIds!: string[];
}

@ObjectType('PresetLicenseType')
export class PresetLicenseTypeModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  required!: string;

  @Field(() => Int)
  cycleYears!: number;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;
}

@ObjectType('PresetRule', { description: 'One rule of a preset in words, with its citation.' })
export class PresetRuleModel {
  @Field(() => String)
  id!: string;

  @Field(() => String, {
    description:
      'conversion, cap, category, cycle_window, expiry, deadline, grace, carry_over, rounding, pathway, per_year_minimum, standing, note',
  })
  kind!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'What the rule applies to and its value, in words.' })
  detail!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;
}

@ObjectType('RulePresetVersion')
export class RulePresetVersionModel {
  @Field(() => String)
  version!: string;

  @Field(() => String)
  effectiveFrom!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => String)
  defaultLicenseType!: string;

  @Field(() => [PresetLicenseTypeModel])
  licenseTypes!: PresetLicenseTypeModel[];

  @Field(() => [PresetRuleModel])
  conversions!: PresetRuleModel[];

  @Field(() => [PresetRuleModel])
  caps!: PresetRuleModel[];

  @Field(() => [PresetRuleModel])
  categories!: PresetRuleModel[];

  @Field(() => [PresetRuleModel], {
    description: 'Cycle window, expiry, deadline, grace, carry-over, rounding, pathways, notes.',
  })
  otherRules!: PresetRuleModel[];

  @Field(() => [PresetRuleModel], {
    description: 'Requirements of the state PD Ledger does not check (shown as "not checked by PD Ledger" with evaluations).',
  })
  notChecked!: PresetRuleModel[];

  @Field(() => [PresetSourceModel], {
    description: 'Cited pages not confirmed against the rules (unconfirmed or never checked), with the rules resting on them.',
  })
  unverifiedSources!: PresetSourceModel[];
}

@ObjectType('RulePreset')
export class RulePresetModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description: 'cycle_end: the version in force when a cycle ends governs it; cycle_start: when it begins.',
  })
  versionSelection!: string;

  @Field(() => [RulePresetVersionModel], { description: 'Oldest first.' })
  versions!: RulePresetVersionModel[];
}
