import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GoalMeasure } from '../goal-measure';

@InputType('CreateGoalInput')
export class CreateGoalInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The school; omit for a district-wide goal (HR only).' })
  schoolId?: string | null;

  @Field(() => GoalMeasure)
  measure!: GoalMeasure;

  @Field(() => String, {
    description:
      'Shares: a percentage above 0 and at most 100; average: hour equivalents above 0, at most 10000. At most 2 decimals.',
  })
  target!: string;

  @Field(() => Int, { nullable: true, description: 'MICRO_CREDENTIALS: at least this many (1-100, default 1).' })
  minimumCount?: number | null;

  @Field(() => String, { nullable: true, description: 'MICRO_CREDENTIALS: a competency area of the district catalog.' })
  competencyArea?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'MICRO_CREDENTIALS: count only credentials earned since startsOn (default false: every credential held).',
  })
  earnedSinceStart?: boolean | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, after startsOn.' })
  deadline!: string;
}

/** The measure and the school are fixed once a goal exists: a different one is a new goal. */
@InputType('UpdateGoalInput')
export class UpdateGoalInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  target?: string | null;

  @Field(() => Int, { nullable: true })
  minimumCount?: number | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the area.' })
  competencyArea?: string | null;

  @Field(() => Boolean, { nullable: true })
  earnedSinceStart?: boolean | null;

  @Field(() => String, { nullable: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  deadline?: string | null;
}
