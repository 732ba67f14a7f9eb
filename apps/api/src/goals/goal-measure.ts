import { registerEnumType } from '@nestjs/graphql';

/** What a goal measures over a school's (or the district's) current staff. */
export enum GoalMeasure {
  /** Share of staff with at least N approved or verified micro-credentials (optionally in one competency area). */
  MICRO_CREDENTIALS = 'MICRO_CREDENTIALS',
  /** Average approved or verified PD per staff member since the goal's start, in hour equivalents. */
  AVERAGE_PD_HOURS = 'AVERAGE_PD_HOURS',
  /** Share of staff whose every license's renewal status is complete or on_track (the converter's evaluation). */
  RENEWAL_ON_TRACK = 'RENEWAL_ON_TRACK',
  /** Share of staff with any approved or verified PD completed in the current school year (July to June). */
  ANY_PD_THIS_YEAR = 'ANY_PD_THIS_YEAR',
}

/** The unit of a goal's target and progress values. */
export enum GoalUnit {
  /** A share of staff, 0 to 100. */
  PERCENT = 'PERCENT',
  /** Hour equivalents per staff member (clock hour 1, CEU 10, semester credit 15, quarter credit 10, micro-credential its stated hours). */
  HOUR_EQUIVALENTS = 'HOUR_EQUIVALENTS',
}

export function unitOfMeasure(measure: GoalMeasure): GoalUnit {
  return measure === GoalMeasure.AVERAGE_PD_HOURS ? GoalUnit.HOUR_EQUIVALENTS : GoalUnit.PERCENT;
}

registerEnumType(GoalMeasure, { name: 'GoalMeasure', description: 'What a goal measures over current staff.' });
registerEnumType(GoalUnit, {
  name: 'GoalUnit',
  description: 'PERCENT for shares of staff, HOUR_EQUIVALENTS for the average PD amount.',
});
