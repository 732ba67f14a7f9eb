import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EducatorModel } from '../educators/educator.model';
import { SchoolModel } from '../schools/school.model';
import { GoalMeasure, GoalUnit } from './goal-measure';

@ObjectType('Goal', { description: "A school's or the district's goal; its progress is computed live from the records." })
export class GoalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => GoalMeasure)
  measure!: GoalMeasure;

  @Field(() => GoalUnit, { description: 'Unit of target and progress: PERCENT of staff, or HOUR_EQUIVALENTS per staff member.' })
  unit!: GoalUnit;

  @Field(() => String, { description: 'Exact decimal: a percentage (0-100] for shares, hour equivalents for the average.' })
  target!: string;

  @Field(() => Int, { nullable: true, description: 'N in "at least N micro-credentials" (MICRO_CREDENTIALS only).' })
  minimumCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only micro-credentials of this catalog competency area count (MICRO_CREDENTIALS only).',
  })
  competencyArea!: string | null;

  @Field(() => Boolean, {
    description:
      'MICRO_CREDENTIALS: true counts only credentials earned since startsOn; false counts every credential held (also those from before the goal).',
  })
  earnedSinceStart!: boolean;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, after startsOn.' })
  deadline!: string;

  @Field(() => SchoolModel, { nullable: true, description: 'The school; null for a district-wide goal.' })
  school!: SchoolModel | null;

  @Field(() => Boolean, { description: 'Whether the viewer may edit or archive it (HR: any; principals: their schools’ goals).' })
  canEdit!: boolean;

  @Field(() => String, { description: 'ISO timestamp.' })
  createdAt!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  updatedAt!: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp; archived goals are listed only when asked for.' })
  archivedAt!: string | null;

  districtId!: string;
}

@ObjectType('GoalTrendPoint')
export class GoalTrendPointModel {
  @Field(() => String, { description: 'YYYY-MM-DD: progress as of the end of this day.' })
  date!: string;

  @Field(() => String, { description: 'Progress value on that date, an exact decimal in the goal unit (2 decimals, half up).' })
  value!: string;

  @Field(() => Int)
  counted!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType('GoalPerson', { description: 'A staff member in a goal’s progress, with their own figure.' })
export class GoalPersonModel {
  @Field(() => EducatorModel)
  educator!: EducatorModel;

  @Field(() => [String])
  schoolNames!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Their own figure: micro-credentials, hour equivalents, PD records this year, or their renewal status.',
  })
  value!: string | null;

  @Field(() => String, { description: 'Why they are not counted yet, in words.' })
  detail!: string;
}

@ObjectType('GoalPersonPage')
export class GoalPersonPageModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => [GoalPersonModel])
  items!: GoalPersonModel[];
}

@ObjectType('GoalProgress')
export class GoalProgressModel {
  @Field(() => String, { description: 'YYYY-MM-DD: today, or the deadline once it has passed.' })
  asOf!: string;

  @Field(() => String, { description: 'Exact decimal in the goal unit (2 decimals, half up); met compares unrounded.' })
  current!: string;

  @Field(() => String)
  target!: string;

  @Field(() => GoalUnit)
  unit!: GoalUnit;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => Int, { description: 'Staff counted (for the average: staff at or above the target themselves).' })
  counted!: number;

  @Field(() => Int, { description: 'Current staff in scope.' })
  total!: number;

  @Field(() => String, {
    description: 'Whose staff: a school, the whole district, or (principals, district-wide goals) their schools.',
  })
  scope!: string;

  @Field(() => Boolean, { description: 'True when a principal sees a district-wide goal over their own schools only.' })
  partial!: boolean;

  @Field(() => [GoalTrendPointModel], { description: 'Progress from the start to asOf, at month ends; empty before the start.' })
  trend!: GoalTrendPointModel[];

  /**
   * Everyone not counted at asOf, with their own figure, by educator id; the notCounted field
   * pages them in name order with their current names and schools.
   */
  notCountedPeople!: NotCountedPerson[];
}

/** A staff member not counted yet, as stored with a goal's progress. */
export interface NotCountedPerson {
  educatorId: string;
  value: string | null;
  detail: string;
}
