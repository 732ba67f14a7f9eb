import { Field, ID, InputType } from '@nestjs/graphql';
import { ActivityType, CourseLevel, PdUnit } from '../../domain/pd-enums';

@InputType('SubmitPdRecordInput')
export class SubmitPdRecordInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { description: 'Positive decimal with at most 2 decimal places, e.g. "1.5".' })
  amount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => String, { description: 'YYYY-MM-DD, a real date, not in the future.' })
  completedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or before completedOn; the state hour upload reports it.' })
  startedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who gave the activity (a university, a conference), up to 200 characters.',
  })
  provider?: string | null;

  @Field(() => CourseLevel, {
    nullable: true,
    description: 'A college course’s level; left out, the level is unknown and no rule counts it as graduate credit.',
  })
  level?: CourseLevel | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20 categories of 1 to 60 characters.' })
  categories?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An http or https URL.' })
  evidenceUrl?: string | null;

  @Field(() => ID, { nullable: true })
  catalogItemId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Evidence files uploaded with POST /api/evidence (at most 10).' })
  evidenceFileIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An APPROVED pre-approval request of the teacher that this activity fulfils.' })
  preApprovalId?: string | null;
}
