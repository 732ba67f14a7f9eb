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
}
