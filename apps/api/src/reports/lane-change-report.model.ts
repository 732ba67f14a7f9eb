import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LaneQualificationKind {
  NOW = 'NOW',
  WITH_PENDING = 'WITH_PENDING',
}
registerEnumType(LaneQualificationKind, {
  name: 'LaneQualification',
  description: 'NOW: approved work qualifies; WITH_PENDING: qualifies once submitted work is approved.',
});

@ObjectType('LaneChangeRow', {
  description: 'One educator who qualifies for the next salary lane. Money in integer cents, as strings.',
})
export class LaneChangeRowModel {
  @Field(() => String)
  educatorId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'Primary school name, or "No school".' })
  school!: string;

  @Field(() => String)
  currentLane!: string;

  @Field(() => Int)
  currentStep!: number;

  @Field(() => String)
  currentSalaryCents!: string;

  @Field(() => String)
  nextLane!: string;

  @Field(() => Int)
  nextStep!: number;

  @Field(() => String)
  nextSalaryCents!: string;

  @Field(() => String, { description: 'Next minus current salary for the contract year of the effective date.' })
  differenceCents!: string;

  @Field(() => String, { description: 'When the new lane pays from, YYYY-MM-DD.' })
  effectiveDate!: string;

  @Field(() => String)
  creditsEarned!: string;

  @Field(() => String)
  creditsNeeded!: string;

  @Field(() => LaneQualificationKind)
  qualifies!: LaneQualificationKind;
}

@ObjectType('LaneChangeTotals', { description: 'Counts and the cost to the district, integer cents as strings.' })
export class LaneChangeTotalsModel {
  @Field(() => Int)
  countNow!: number;

  @Field(() => Int)
  countWithPending!: number;

  @Field(() => String, { description: 'Cost of the lane changes approved work already qualifies for.' })
  costNowCents!: string;

  @Field(() => String, { description: 'What pending approvals would add.' })
  costWithPendingCents!: string;

  @Field(() => String, { description: 'Both together.' })
  totalCostCents!: string;
}

@ObjectType('CompensationReportRow', {
  description: "One educator's micro-credential pay in the budget year, as on her own lane card. Integer cents as strings.",
})
export class CompensationReportRowModel {
  @Field(() => String)
  educatorId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  school!: string;

  @Field(() => String)
  lane!: string;

  @Field(() => Int)
  step!: number;

  @Field(() => Int, { description: 'Micro-credentials that count for pay.' })
  credentials!: number;

  @Field(() => String)
  stipendsCents!: string;

  @Field(() => String)
  increasesCents!: string;

  @Field(() => String)
  totalCents!: string;

  @Field(() => String, { nullable: true, description: 'Her nearest pay change, in words.' })
  nextPayChange!: string | null;
}

@ObjectType('CompensationReport', {
  description:
    "Micro-credential pay under the schedule's compensation rules for the budget year (the contract year of asOf): stipends paid for credentials completed in it, permanent increases in force as full-year amounts.",
})
export class CompensationReportModel {
  @Field(() => Int)
  budgetYear!: number;

  @Field(() => [CompensationReportRowModel], {
    description: 'Educators whose micro-credentials pay something this budget year, by name.',
  })
  rows!: CompensationReportRowModel[];

  @Field(() => String)
  stipendsCents!: string;

  @Field(() => String)
  increasesCents!: string;

  @Field(() => String, { description: 'Stipends plus increases: the sum of the rows.' })
  totalCents!: string;

  @Field(() => String, {
    description: 'Lane changes (totals.totalCostCents) plus micro-credential pay: the cost for the budget year.',
  })
  budgetYearTotalCents!: string;
}

@ObjectType('LaneChangeReport')
export class LaneChangeReportModel {
  @Field(() => String)
  asOf!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The salary schedule in force on asOf, or null when the district has none.',
  })
  scheduleName!: string | null;

  @Field(() => [LaneChangeRowModel], { description: 'By name; qualifying now and with pending work.' })
  rows!: LaneChangeRowModel[];

  @Field(() => LaneChangeTotalsModel)
  totals!: LaneChangeTotalsModel;

  @Field(() => CompensationReportModel, {
    nullable: true,
    description: 'Stipends and increases for micro-credentials; null when the schedule has no compensation rules.',
  })
  compensation!: CompensationReportModel | null;
}
