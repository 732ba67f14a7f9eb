import type { CreateGoalInput, GoalMeasure, UpdateGoalInput } from '../../../gql/graphql';

export interface GoalFormValues {
  title: string;
  /** '' for a district-wide goal (HR only). */
  schoolId: string;
  measure: GoalMeasure;
  target: string;
  minimumCount: string;
  competencyArea: string;
  /** MICRO_CREDENTIALS: 'since' counts only credentials earned since the start; 'all' every one held. */
  counting: 'all' | 'since';
  startsOn: string;
  deadline: string;
}

export type GoalFormErrors = Partial<Record<keyof GoalFormValues, string>>;

const TARGET_PATTERN = /^\d{1,8}(\.\d{1,2})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Compares two non-negative decimal strings with at most 2 decimals exactly (in hundredths). */
function hundredths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(`${whole}${fraction.padEnd(2, '0')}`);
}

/** The same rules as the API (which checks again and names field and value), so most mistakes never leave the form. */
export function validateGoalForm(values: GoalFormValues, { requireSchool }: { requireSchool: boolean }): GoalFormErrors {
  const errors: GoalFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter a title, e.g. “Every teacher on track for renewal”.';
  else if (title.length > 200) errors.title = 'Keep the title to 200 characters.';
  if (requireSchool && values.schoolId === '') errors.schoolId = 'Choose one of your schools.';

  const target = values.target.trim();
  const share = values.measure !== 'AVERAGE_PD_HOURS';
  if (
    !TARGET_PATTERN.test(target) ||
    hundredths(target) <= 0n ||
    (share ? hundredths(target) > 10_000n : hundredths(target) > 1_000_000n)
  ) {
    errors.target = share
      ? 'Enter a percentage above 0 and at most 100, with at most 2 decimals (e.g. 80 or 62.5).'
      : 'Enter hour equivalents above 0 and at most 10,000, with at most 2 decimals (e.g. 20 or 7.5).';
  }
  if (values.measure === 'MICRO_CREDENTIALS') {
    const n = values.minimumCount.trim();
    if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 100) errors.minimumCount = 'Enter a whole number from 1 to 100.';
  }
  if (!DATE_PATTERN.test(values.startsOn)) errors.startsOn = 'Enter the start date.';
  if (!DATE_PATTERN.test(values.deadline)) errors.deadline = 'Enter the deadline.';
  else if (DATE_PATTERN.test(values.startsOn) && values.deadline <= values.startsOn)
    errors.deadline = 'The deadline must be after the start date.';
  return errors;
}

export function toCreateGoalInput(values: GoalFormValues): CreateGoalInput {
  const micro = values.measure === 'MICRO_CREDENTIALS';
  return {
    title: values.title.trim(),
    schoolId: values.schoolId === '' ? null : values.schoolId,
    measure: values.measure,
    target: values.target.trim(),
    minimumCount: micro ? Number(values.minimumCount.trim()) : null,
    competencyArea: micro && values.competencyArea !== '' ? values.competencyArea : null,
    earnedSinceStart: micro ? values.counting === 'since' : null,
    startsOn: values.startsOn,
    deadline: values.deadline,
  };
}

/** The measure and the school cannot change; an empty competency area removes it. */
export function toUpdateGoalInput(values: GoalFormValues): UpdateGoalInput {
  const micro = values.measure === 'MICRO_CREDENTIALS';
  return {
    title: values.title.trim(),
    target: values.target.trim(),
    minimumCount: micro ? Number(values.minimumCount.trim()) : null,
    competencyArea: micro ? values.competencyArea : null,
    earnedSinceStart: micro ? values.counting === 'since' : null,
    startsOn: values.startsOn,
    deadline: values.deadline,
  };
}
