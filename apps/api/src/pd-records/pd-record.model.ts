import { Field, ID, ObjectType } from '@nestjs/graphql';
import { normalizeDecimal } from '../common/decimal';
import { ActivityType, CourseLevel, PdStatus, PdUnit } from '../domain/pd-enums';

@ObjectType('PdRecord')
export class PdRecordModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { description: 'Exact decimal in the record unit, e.g. "3" or "1.5".' })
  amount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => String, { description: 'A display measure for dashboards, not a state unit.' })
  hourEquivalents!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  completedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD when the activity began; null when not given.' })
  startedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who gave the activity; null when not given.' })
  provider!: string | null;

  @Field(() => CourseLevel, { nullable: true, description: 'A course’s level; null is unknown (never counted as graduate).' })
  level!: CourseLevel | null;

  @Field(() => PdStatus)
  status!: PdStatus;

  @Field(() => [String])
  categories!: string[];

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => String, { nullable: true })
  feedback!: string | null;

  @Field(() => String)
  source!: string;

  @Field(() => ID, { nullable: true, description: 'The approved pre-approval request this activity was planned under.' })
  preApprovalId!: string | null;

  @Field(() => String, { nullable: true, description: 'When the record last entered the review queue (ISO 8601 instant).' })
  submittedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When a reviewer last decided on the record (ISO 8601 instant).' })
  reviewedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why HR voided the record (VOIDED only); shown to the teacher.' })
  voidReason!: string | null;

  @Field(() => String, { nullable: true, description: 'When HR voided the record (ISO 8601 instant; VOIDED only).' })
  voidedAt!: string | null;

  @Field(() => PdStatus, { nullable: true, description: 'The counted status a restore returns the record to (VOIDED only).' })
  statusBeforeVoid!: PdStatus | null;

  educatorId!: string;
  catalogItemId!: string | null;
}

export interface PdRecordRow {
  id: string;
  educator_id: string;
  catalog_item_id: string | null;
  title: string;
  activity_type: ActivityType;
  amount: string;
  unit: PdUnit;
  hour_equivalents: string;
  completed_on: string;
  started_on: string | null;
  provider: string | null;
  level: CourseLevel | null;
  status: PdStatus;
  categories: string[];
  evidence_url: string | null;
  feedback: string | null;
  source: string;
  pre_approval_id: string | null;
  submitted_at: Date | null;
  reviewed_at: Date | null;
  void_reason: string | null;
  voided_at: Date | null;
  status_before_void: PdStatus | null;
}

export function toPdRecordModel(row: PdRecordRow): PdRecordModel {
  return {
    id: row.id,
    educatorId: row.educator_id,
    catalogItemId: row.catalog_item_id,
    title: row.title,
    activityType: row.activity_type,
    amount: normalizeDecimal(row.amount),
    unit: row.unit,
    hourEquivalents: normalizeDecimal(row.hour_equivalents),
    completedOn: row.completed_on,
    startedOn: row.started_on,
    provider: row.provider,
    level: row.level,
    status: row.status,
    categories: row.categories,
    evidenceUrl: row.evidence_url,
    feedback: row.feedback,
    source: row.source,
    preApprovalId: row.pre_approval_id,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
    voidReason: row.void_reason,
    voidedAt: row.voided_at ? new Date(row.voided_at).toISOString() : null,
    statusBeforeVoid: row.status_before_void,
  };
}
