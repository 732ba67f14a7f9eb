import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { RenewalStatus } from '../../domain/evaluation.models';

/** Sort orders of the relicensure report; ties are broken by name, then license number. */
export enum RelicensureSortField {
  NAME = 'NAME',
  SCHOOL = 'SCHOOL',
  DEADLINE = 'DEADLINE',
  REMAINING = 'REMAINING',
  STATUS = 'STATUS',
  LAST_PD = 'LAST_PD',
}
registerEnumType(RelicensureSortField, { name: 'RelicensureSortField' });

@InputType('RelicensureReportFilter', { description: 'Which educator licenses a relicensure report, summary or export covers.' })
export class RelicensureFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: 'One school (principals: one of theirs). Default: every school the caller may see.',
  })
  schoolId?: string | null;

  @Field(() => [RenewalStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: RenewalStatus[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only licenses whose deadline is at most this many days after asOf (overdue ones included), 0 to 3650.',
  })
  deadlineWithinDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only this license type, by name ("Instructional II") or rule-set id (instructional_ii).',
  })
  licenseType?: string | null;

  @Field(() => String, { nullable: true, description: 'Evaluate as of this date, YYYY-MM-DD (default today).' })
  asOf?: string | null;
}

@InputType('LaneChangeReportFilter')
export class LaneChangeFilterInput {
  @Field(() => ID, { nullable: true, description: 'One school. Default: the district.' })
  schoolId?: string | null;

  @Field(() => String, { nullable: true, description: 'Evaluate as of this date, YYYY-MM-DD (default today).' })
  asOf?: string | null;
}
