import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EducatorModel } from '../educators/educator.model';
import { SchoolModel } from '../schools/school.model';
import { MonthTotalModel } from '../staff/staff.model';
import { AttentionReason } from '../renewal-standing/renewal-standing';
import { RenewalStandingModel } from '../renewal-standing/renewal-standing.model';

registerEnumType(AttentionReason, {
  name: 'AttentionReason',
  description:
    'Why a person needs attention: renewal lapsed, behind or at risk; the deadline within 90 days (or passed) and not complete; no approved PD in the school year.',
});

@ObjectType('RenewalStatusCounts', {
  description: 'People per renewal status of their current license cycle, evaluated by the converter as of asOf.',
})
export class RenewalStatusCountsModel {
  @Field(() => Int) complete!: number;
  @Field(() => Int) onTrack!: number;
  @Field(() => Int) atRisk!: number;
  @Field(() => Int) behind!: number;
  @Field(() => Int) lapsed!: number;
  @Field(() => Int, { description: 'Staff without a license under a state rule set.' }) noLicense!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('AttentionRow')
export class AttentionRowModel {
  @Field(() => EducatorModel) educator!: EducatorModel;
  @Field(() => [AttentionReason], { description: 'Most urgent first.' }) reasons!: AttentionReason[];
  @Field(() => RenewalStandingModel, { nullable: true }) renewal!: RenewalStandingModel | null;
  @Field(() => String, { nullable: true, description: 'Latest approved or verified PD on or before asOf.' }) lastPdOn!:
    string | null;
}

@ObjectType('AttentionReasonCount')
export class AttentionReasonCountModel {
  @Field(() => AttentionReason) reason!: AttentionReason;
  @Field(() => Int, { description: 'People with this reason among theirs.' }) count!: number;
}

@ObjectType('AttentionPage', {
  description: 'One page of the people who need attention, most urgent first, with the counts for the filter.',
})
export class AttentionPageModel {
  @Field(() => Int, { description: 'Everyone who needs attention, whatever the reason.' }) total!: number;
  @Field(() => [AttentionReasonCountModel], {
    description: 'People per reason (one person counts under each of their reasons), most urgent reason first.',
  })
  byReason!: AttentionReasonCountModel[];
  @Field(() => Int, { description: 'People with the reason asked for (everyone when none was).' }) matching!: number;
  @Field(() => Int, {
    description:
      'The offset the rows start at: the one asked for, or, when that is past the end of the list (say a page of an older link), the start of the last page, so the rows are never empty while anyone matches.',
  })
  offset!: number;
  @Field(() => [AttentionRowModel], { description: 'Most urgent first, then nearest deadline, then name; at most `limit`.' })
  rows!: AttentionRowModel[];
}

@ObjectType('CompetencyAreaTotal', { description: "Approved micro-credentials in one of the catalog's competency areas." })
export class CompetencyAreaTotalModel {
  @Field(() => String) area!: string;
  @Field(() => Int) credentialCount!: number;
  @Field(() => Int) educatorCount!: number;
  @Field(() => String, { description: "Hour equivalents (the catalog's stated hours)." }) hourEquivalents!: string;
}

@ObjectType('SchoolDashboard', {
  description: "A school's home: renewal standing of its staff, PD by month, competency areas, who needs attention.",
})
export class SchoolDashboardModel {
  @Field(() => SchoolModel) school!: SchoolModel;
  @Field(() => String, { description: 'Renewal figures are as of this date (today).' }) asOf!: string;
  @Field(() => Int) schoolYear!: number;
  @Field(() => RenewalStatusCountsModel) renewalStatus!: RenewalStatusCountsModel;
  @Field(() => [MonthTotalModel], { description: 'Twelve months, July to June.' }) pdByMonth!: MonthTotalModel[];
  @Field(() => [CompetencyAreaTotalModel], { description: 'Most credentials first.' })
  competencyAreas!: CompetencyAreaTotalModel[];
  @Field(() => [AttentionRowModel], {
    description: 'Everyone who needs attention: most urgent first, then nearest deadline, then name.',
    deprecationReason: 'Use `attention`, which gives one page (filtered by reason if asked) and the counts.',
  })
  needsAttention!: AttentionRowModel[];
}

@ObjectType('SchoolCompliance')
export class SchoolComplianceModel {
  @Field(() => SchoolModel) school!: SchoolModel;
  @Field(() => RenewalStatusCountsModel, { description: 'Staff at more than one school count in each.' })
  renewalStatus!: RenewalStatusCountsModel;
}

@ObjectType('ExpiringLicense')
export class ExpiringLicenseModel {
  @Field(() => EducatorModel) educator!: EducatorModel;
  @Field(() => [String]) schoolNames!: string[];
  @Field(() => RenewalStandingModel) renewal!: RenewalStandingModel;
}

@ObjectType('ExpiringLicenses', {
  description: 'Current license cycles whose deadline is within the window from asOf and that are not complete.',
})
export class ExpiringLicensesModel {
  @Field(() => Int) within90!: number;
  @Field(() => Int) within180!: number;
  @Field(() => Int) within365!: number;
  @Field(() => [ExpiringLicenseModel], { description: 'The soonest deadlines within 365 days, at most `limit` (default 100).' })
  licenses!: ExpiringLicenseModel[];
}

@ObjectType('NamedTotal')
export class NamedTotalModel {
  @Field(() => String, {
    nullable: true,
    description: 'The category, or the activity type; null for records without a category.',
  })
  key!: string | null;
  @Field(() => String) hourEquivalents!: string;
  @Field(() => Int) recordCount!: number;
}

@ObjectType('TrendMonth', {
  description: 'Cumulative PD hour equivalents from July 1 to the end of the month, this school year and the one before.',
})
export class TrendMonthModel {
  @Field(() => String, { description: 'YYYY-MM in the school year shown.' }) month!: string;
  @Field(() => String, { nullable: true, description: 'Null for months after asOf.' }) cumulative!: string | null;
  @Field(() => String, {
    description:
      "Last school year's cumulative figure at the same point: to the month's end, or for the month of asOf (only partly over) to the same day a year before.",
  })
  previousCumulative!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: the last day previousCumulative counts.' }) previousThrough!: string;
}

@ObjectType('ActionQueue', { description: 'What is waiting for HR.' })
export class ActionQueueModel {
  @Field(() => Int) submissionsWaiting!: number;
  @Field(() => Int) preApprovalsPending!: number;
  @Field(() => Int, {
    description: 'Import runs in the last 30 days that failed, or whose preview has errors and was not applied.',
  })
  importRunsWithProblems!: number;
}

@ObjectType('DistrictDashboard', {
  description: "HR's home: compliance by school, expiring licenses, hours by category and type, trend, action queue.",
})
export class DistrictDashboardModel {
  @Field(() => String) asOf!: string;
  @Field(() => Int) schoolYear!: number;
  @Field(() => RenewalStatusCountsModel, { description: 'Each current educator once.' }) renewalStatus!: RenewalStatusCountsModel;
  @Field(() => [SchoolComplianceModel]) schools!: SchoolComplianceModel[];
  @Field(() => ExpiringLicensesModel) expiring!: ExpiringLicensesModel;
  @Field(() => [NamedTotalModel], { description: 'A record with two categories counts in both.' })
  hoursByCategory!: NamedTotalModel[];
  @Field(() => [NamedTotalModel]) hoursByActivityType!: NamedTotalModel[];
  @Field(() => [TrendMonthModel]) trend!: TrendMonthModel[];
  @Field(() => ActionQueueModel) actionQueue!: ActionQueueModel;
}
