import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActivityType, CourseLevel, PdUnit } from '../domain/pd-enums';

@ObjectType('PdDraft', { description: "A teacher's unfinished submission, saved server-side as typed." })
export class PdDraftModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Set when the draft edits a record returned with CHANGES_REQUESTED.' })
  pdRecordId!: string | null;

  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => ActivityType, { nullable: true }) activityType!: ActivityType | null;
  @Field(() => String, { nullable: true }) amount!: string | null;
  @Field(() => PdUnit, { nullable: true }) unit!: PdUnit | null;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => String, { nullable: true }) provider!: string | null;
  @Field(() => CourseLevel, { nullable: true }) level!: CourseLevel | null;
  @Field(() => [String]) categories!: string[];
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
  @Field(() => ID, { nullable: true }) catalogItemId!: string | null;
  @Field(() => [ID]) evidenceFileIds!: string[];
  @Field(() => ID, { nullable: true }) preApprovalId!: string | null;

  @Field(() => String, { description: 'ISO 8601 instant of the last save.' })
  updatedAt!: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt!: string;

  educatorId!: string;
}

/** What is stored in pd_draft.data. */
export interface DraftData {
  title?: string | null;
  activityType?: ActivityType | null;
  amount?: string | null;
  unit?: PdUnit | null;
  completedOn?: string | null;
  startedOn?: string | null;
  provider?: string | null;
  level?: CourseLevel | null;
  categories?: string[] | null;
  evidenceUrl?: string | null;
  catalogItemId?: string | null;
  evidenceFileIds?: string[] | null;
  preApprovalId?: string | null;
}
