import type { GoalCardFieldsFragment, GoalMeasure, GoalUnit } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../../../utils/format';

export const measureLabels: Record<GoalMeasure, string> = {
  MICRO_CREDENTIALS: 'Staff with micro-credentials',
  AVERAGE_PD_HOURS: 'Average PD per staff member',
  RENEWAL_ON_TRACK: 'Staff on track for renewal',
  ANY_PD_THIS_YEAR: 'Staff with PD this school year',
};

/** What each measure counts, in one sentence, for the form and the card. */
export const measureDescriptions: Record<GoalMeasure, string> = {
  MICRO_CREDENTIALS:
    'Share of current staff with at least N approved or verified micro-credentials, optionally in one competency area.',
  AVERAGE_PD_HOURS:
    'Approved and verified PD since the start date, in hour equivalents (clock hour 1, CEU 10, semester credit 15, quarter credit 10, micro-credential its stated hours), averaged over current staff.',
  RENEWAL_ON_TRACK:
    'Share of current staff whose every license renewal is complete or on track, as each teacher’s own renewal view shows it.',
  ANY_PD_THIS_YEAR: 'Share of current staff with any approved or verified PD completed this school year (July to June).',
};

/** A value in the goal's unit: "62.5%" or "18.5 hour equivalents". Exact strings, never floats. */
export function formatGoalValue(value: string, unit: GoalUnit, style: 'long' | 'short' = 'long'): string {
  if (unit === 'PERCENT') return `${formatDecimal(value, 1)}%`;
  return style === 'short' ? `${formatDecimal(value, 2)} h` : `${formatDecimal(value, 2)} hour equivalents`;
}

/** "At least 2 micro-credentials in Literacy", or the measure's label. */
export function goalMeasureText(
  goal: Pick<GoalCardFieldsFragment, 'measure' | 'minimumCount' | 'competencyArea' | 'earnedSinceStart' | 'startsOn'>,
): string {
  if (goal.measure === 'MICRO_CREDENTIALS') {
    const n = goal.minimumCount ?? 1;
    const area = goal.competencyArea ? ` in ${goal.competencyArea}` : '';
    const counting = goal.earnedSinceStart
      ? `, earned since ${formatDate(goal.startsOn)}`
      : ', counting every one held (also those earned before the goal started)';
    return `Staff with at least ${n} micro-credential${n === 1 ? '' : 's'}${area}${counting}`;
  }
  return measureLabels[goal.measure];
}

/** The progress in one sentence: the text alternative of a goal card. */
export function goalProgressSentence(goal: GoalCardFieldsFragment): string {
  const { progress } = goal;
  const current = formatGoalValue(progress.current, progress.unit);
  const target = formatGoalValue(progress.target, progress.unit);
  const people =
    progress.unit === 'PERCENT'
      ? `${formatCount(progress.counted)} of ${formatCount(progress.total)} staff counted`
      : `${formatCount(progress.counted)} of ${formatCount(progress.total)} staff at or above the target themselves`;
  const state = progress.met ? 'Target met' : 'Target not met yet';
  return `${state}: ${current} against a target of ${target} as of ${formatDate(progress.asOf)} (${people}; ${progress.scope}).`;
}

/** The trend in words: where it started, where it is, the change. */
export function goalTrendSentence(goal: GoalCardFieldsFragment): string {
  const trend = goal.progress.trend;
  if (trend.length === 0) return `The goal starts on ${formatDate(goal.startsOn)}; its trend begins then.`;
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const unit = goal.progress.unit;
  return `From ${formatGoalValue(first.value, unit)} on ${formatDate(first.date)} to ${formatGoalValue(last.value, unit)} on ${formatDate(last.date)}, measured at ${trend.length} points.`;
}

/** Days from today to the deadline, in words. */
export function deadlineText(deadline: string, today: string): string {
  if (deadline < today) return `Ended ${formatDate(deadline)}`;
  const days = Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return `Deadline ${formatDate(deadline)} (${days === 0 ? 'today' : `${formatCount(days)} day${days === 1 ? '' : 's'} left`})`;
}
