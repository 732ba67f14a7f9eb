import Decimal from 'decimal.js';
import { badUserInput } from '../../common/errors';
import { isIsoDate } from '../../common/validation';
import { GoalMeasure } from '../goal-measure';

/** A goal's editable fields after validation: trimmed, normalised, consistent with the measure. */
export interface GoalFields {
  title: string;
  measure: GoalMeasure;
  /** Normalised decimal string ("80", "62.5"). */
  target: string;
  minimumCount: number | null;
  competencyArea: string | null;
  earnedSinceStart: boolean;
  startsOn: string;
  deadline: string;
}

const TARGET_PATTERN = /^\d{1,8}(\.\d{1,2})?$/;
const MAX_AVERAGE = new Decimal(10_000);

/**
 * Checks a goal's fields together (the deadline after the start, the target within the measure's
 * range, N only for micro-credentials). Every error names the field and the value. Whether the
 * competency area exists and the school is the caller's is checked against the database by the service.
 */
export function validateGoalFields(input: {
  title?: unknown;
  measure?: unknown;
  target?: unknown;
  minimumCount?: unknown;
  competencyArea?: unknown;
  earnedSinceStart?: unknown;
  startsOn?: unknown;
  deadline?: unknown;
}): GoalFields {
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (title.length < 1 || title.length > 200) throw badUserInput('title', input.title, 'must be 1 to 200 characters');

  const measure = input.measure as GoalMeasure;
  if (!Object.values(GoalMeasure).includes(measure)) {
    throw badUserInput('measure', input.measure, `must be one of ${Object.values(GoalMeasure).join(', ')}`);
  }

  const targetText = typeof input.target === 'string' ? input.target.trim() : '';
  const share = measure !== GoalMeasure.AVERAGE_PD_HOURS;
  const targetRule = share
    ? 'must be a percentage above 0 and at most 100, with at most 2 decimals (e.g. "80" or "62.5")'
    : 'must be hour equivalents per staff member above 0 and at most 10000, with at most 2 decimals (e.g. "20" or "7.5")';
  if (!TARGET_PATTERN.test(targetText)) throw badUserInput('target', input.target, targetRule);
  const target = new Decimal(targetText);
  if (target.lte(0) || target.gt(share ? 100 : MAX_AVERAGE)) throw badUserInput('target', input.target, targetRule);

  let minimumCount: number | null = null;
  let competencyArea: string | null = null;
  let earnedSinceStart = false;
  if (input.earnedSinceStart !== null && input.earnedSinceStart !== undefined && typeof input.earnedSinceStart !== 'boolean') {
    throw badUserInput('earnedSinceStart', input.earnedSinceStart, 'must be true or false');
  }
  if (measure === GoalMeasure.MICRO_CREDENTIALS) {
    earnedSinceStart = input.earnedSinceStart === true;
    const n = input.minimumCount ?? 1;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) {
      throw badUserInput('minimumCount', input.minimumCount, 'must be a whole number from 1 to 100');
    }
    minimumCount = n;
    const area = typeof input.competencyArea === 'string' ? input.competencyArea.trim() : null;
    if (area !== null && area.length > 200)
      throw badUserInput('competencyArea', input.competencyArea, 'must be at most 200 characters');
    competencyArea = area === '' ? null : area;
  } else {
    if (input.minimumCount !== null && input.minimumCount !== undefined) {
      throw badUserInput('minimumCount', input.minimumCount, 'applies only to the MICRO_CREDENTIALS measure');
    }
    if (input.competencyArea !== null && input.competencyArea !== undefined && input.competencyArea !== '') {
      throw badUserInput('competencyArea', input.competencyArea, 'applies only to the MICRO_CREDENTIALS measure');
    }
    if (input.earnedSinceStart === true) {
      throw badUserInput('earnedSinceStart', input.earnedSinceStart, 'applies only to the MICRO_CREDENTIALS measure');
    }
  }

  const startsOn = checkDate('startsOn', input.startsOn);
  const deadline = checkDate('deadline', input.deadline);
  if (deadline <= startsOn) throw badUserInput('deadline', input.deadline, `must be after the start date ${startsOn}`);

  return { title, measure, target: target.toFixed(), minimumCount, competencyArea, earnedSinceStart, startsOn, deadline };
}

function checkDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badUserInput(field, value, 'must be a date in YYYY-MM-DD form');
  const year = Number(value.slice(0, 4));
  if (year < 2000 || year > 2100) throw badUserInput(field, value, 'must be between the years 2000 and 2100');
  return value;
}
