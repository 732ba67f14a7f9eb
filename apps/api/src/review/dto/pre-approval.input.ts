import { Field, InputType } from '@nestjs/graphql';
import { ActivityType, PdUnit } from '../../domain/pd-enums';

@InputType('PreApprovalInput')
export class PreApprovalInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { nullable: true, description: 'Who runs it (university, vendor); at most 200 characters.' })
  provider?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters.' })
  description?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, when the activity is planned to start.' })
  plannedStartOn!: string;

  @Field(() => String, { description: 'Positive decimal with at most 2 decimal places.' })
  expectedAmount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;
}
