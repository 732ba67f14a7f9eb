import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RenewalStatus } from '../domain/evaluation.models';

@ObjectType('ReportCategoryProgress', { description: 'One required category of a license cycle.' })
export class ReportCategoryProgressModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: "Required amount in the state's unit, an exact decimal." })
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType('RelicensureRow', {
  description: "One educator and license, evaluated by the converter exactly as the teacher's own renewal.",
})
export class RelicensureRowModel {
  @Field(() => String)
  educatorId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  stateEducatorId!: string | null;

  @Field(() => [String], { description: 'School names; the first is the primary school.' })
  schools!: string[];

  @Field(() => String)
  licenseId!: string;

  @Field(() => String)
  licenseStateCode!: string;

  @Field(() => String)
  licenseType!: string;

  @Field(() => String)
  licenseNumber!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  cycleStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  cycleEnd!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  deadline!: string;

  @Field(() => Int, { description: 'Days from asOf to the deadline (negative: overdue).' })
  daysLeft!: number;

  @Field(() => String, { description: "The state's unit, e.g. Act 48 hours." })
  unitName!: string;

  @Field(() => String)
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => String)
  remaining!: string;

  @Field(() => [ReportCategoryProgressModel])
  categories!: ReportCategoryProgressModel[];

  @Field(() => RenewalStatus)
  status!: RenewalStatus;

  @Field(() => String, { nullable: true, description: 'Latest approved or verified PD, YYYY-MM-DD.' })
  lastPdOn!: string | null;
}

@ObjectType('RelicensureReportPage')
export class RelicensureReportPageModel {
  @Field(() => String, { description: 'The date the licenses were evaluated as of.' })
  asOf!: string;

  @Field(() => Int, { description: 'Rows matching the filters, on every page.' })
  totalCount!: number;

  @Field(() => [RelicensureRowModel])
  rows!: RelicensureRowModel[];
}

@ObjectType('RelicensureStatusCounts', { description: 'License counts per renewal status.' })
export class RelicensureStatusCountsModel {
  @Field(() => Int)
  complete!: number;

  @Field(() => Int)
  onTrack!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  behind!: number;

  @Field(() => Int)
  lapsed!: number;

  @Field(() => Int, { description: 'All licenses counted.' })
  total!: number;

  @Field(() => Int, { description: 'Distinct educators with at least one counted license.' })
  educators!: number;
}

@ObjectType('RelicensureSchoolSummary')
export class RelicensureSchoolSummaryModel {
  @Field(() => String)
  schoolId!: string;

  @Field(() => String)
  schoolName!: string;

  @Field(() => RelicensureStatusCountsModel, {
    description: "Licenses of the school's staff (a person in two schools counts in both).",
  })
  counts!: RelicensureStatusCountsModel;
}

@ObjectType('RelicensureSummary')
export class RelicensureSummaryModel {
  @Field(() => String)
  asOf!: string;

  @Field(() => [RelicensureSchoolSummaryModel], { description: 'Every school in scope, by name, zero counts included.' })
  bySchool!: RelicensureSchoolSummaryModel[];

  @Field(() => RelicensureStatusCountsModel, { description: 'Each license once.' })
  totals!: RelicensureStatusCountsModel;
}
