import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActivityType, PdUnit } from '../domain/pd-enums';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { PreApprovalStatus } from '../domain/review-enums';

@ObjectType('ReviewQueuePage')
export class ReviewQueuePageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [PdRecordModel], { description: 'Oldest submission first.' })
  rows!: PdRecordModel[];
}

@ObjectType('ReviewSettings', { description: "The district's review settings (HR)." })
export class ReviewSettingsModel {
  @Field(() => Boolean, { description: "Whether principals may review their schools' PD records and pre-approval requests." })
  principalsCanReview!: boolean;
}

@ObjectType('PreApprovalRequest', {
  description: 'A request for lane credit made before the activity; evidence follows as a PD record.',
})
export class PreApprovalRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { nullable: true })
  provider!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  plannedStartOn!: string;

  @Field(() => String, { description: 'Exact decimal in `unit`.' })
  expectedAmount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => PreApprovalStatus)
  status!: PreApprovalStatus;

  @Field(() => String, { nullable: true, description: "The reviewer's feedback (required when denied)." })
  feedback!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 instant.' })
  decidedAt!: string | null;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt!: string;

  educatorId!: string;
}

@ObjectType('PreApprovalPage')
export class PreApprovalPageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [PreApprovalRequestModel], { description: 'Oldest request first.' })
  rows!: PreApprovalRequestModel[];
}

export interface PreApprovalRow {
  id: string;
  educator_id: string;
  title: string;
  activity_type: ActivityType;
  provider: string | null;
  description: string | null;
  planned_start_on: string;
  expected_amount: string;
  unit: PdUnit;
  status: PreApprovalStatus;
  feedback: string | null;
  decided_at: Date | null;
  created_at: Date;
}

export const PRE_APPROVAL_COLUMNS = `p.id, p.educator_id, p.title, p.activity_type, p.provider, p.description, p.planned_start_on,
  p.expected_amount::text AS expected_amount, p.unit, p.status, p.feedback, p.decided_at, p.created_at`;
