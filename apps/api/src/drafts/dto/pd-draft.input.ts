import { Field, ID, InputType } from '@nestjs/graphql';
import { ActivityType, CourseLevel, PdUnit } from '../../domain/pd-enums';

/** The form as the teacher left it; every field may be missing or unfinished. */
@InputType('PdDraftInput')
export class PdDraftInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => ActivityType, { nullable: true }) activityType?: ActivityType | null;
  @Field(() => String, { nullable: true, description: 'As typed; checked only on submitDraft.' }) amount?: string | null;
  @Field(() => PdUnit, { nullable: true }) unit?: PdUnit | null;
  @Field(() => String, { nullable: true, description: 'As typed; checked only on submitDraft.' }) completedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'As typed; checked only on submitDraft.' }) startedOn?: string | null;
  @Field(() => String, { nullable: true }) provider?: string | null;
  @Field(() => CourseLevel, { nullable: true }) level?: CourseLevel | null;
  @Field(() => [String], { nullable: true }) categories?: string[] | null;
  @Field(() => String, { nullable: true }) evidenceUrl?: string | null;
  @Field(() => ID, { nullable: true }) catalogItemId?: string | null;
  @Field(() => [ID], { nullable: true }) evidenceFileIds?: string[] | null;
  @Field(() => ID, { nullable: true }) preApprovalId?: string | null;
}
