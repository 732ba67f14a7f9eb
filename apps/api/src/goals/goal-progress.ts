import Decimal from 'decimal.js';
import { schoolYearOf, schoolYearRange } from '../common/school-year';
import { hourEquivalents } from '../domain/hour-equivalents';
import { COUNTED_STATUSES, PdUnit } from '../domain/pd-enums';
import { GoalMeasure } from './goal-measure';

/** The parts of a goal its progress depends on. */
export interface GoalDefinition {
  measure: GoalMeasure;
  /** Exact decimal: a percentage for shares, hour equivalents for the average. */
  target: string;
  minimumCount: number | null;
  competencyArea: string | null;
  /** MICRO_CREDENTIALS: only credentials earned on or after startsOn count. */
  earnedSinceStart: boolean;
  startsOn: string;
  deadline: string;
}

/** One PD record as the record-based measures need it. */
export interface GoalRecord {
  educatorId: string;
  status: string;
  unit: string;
  amount: string;
  completedOn: string;
  /** The catalog item's id for micro-credentials from the catalog, else the record's own id. */
  microCredentialKey: string;
  competencyArea: string | null;
  statedHours: string | null;
  /** The local date the record was approved or verified: its review, or its entry when it arrived already verified. */
  decidedOn: string;
}

/** One staff member's standing at one date. */
export interface PersonStanding {
  educatorId: string;
  counted: boolean;
  /** Their own figure: micro-credentials, hour equivalents, or a renewal status; null when it does not apply. */
  value: string | null;
  /** In words, why they are (not yet) counted. */
  detail: string;
}

/** A goal's progress at one date. */
export interface GoalStanding {
  /** Percentage (2 decimals, half up) or average hour equivalents (2 decimals, half up), as a decimal string. */
  value: string;
  met: boolean;
  counted: number;
  total: number;
  people: PersonStanding[];
}

const COUNTED: ReadonlySet<string> = new Set<string>(COUNTED_STATUSES);

/**
 * Whether a record counted on `date`: approved or verified now, completed by then and decided by
 * then. Status history is not kept, so a record later rejected or sent back does not count at
 * earlier dates either.
 */
export function countedOn(record: GoalRecord, date: string): boolean {
  return COUNTED.has(record.status) && record.completedOn <= date && record.decidedOn <= date;
}

/**
 * The dates a goal's trend is computed at: its start, the end of each month in between and the
 * last date (today, or the deadline once it has passed). At most `maxPoints`: long goals step
 * over several months at a time. Empty when the goal has not started.
 */
export function trendDates(startsOn: string, end: string, maxPoints = 25): string[] {
  if (startsOn > end) return [];
  const monthEnds: string[] = [];
  let year = Number(startsOn.slice(0, 4));
  let month = Number(startsOn.slice(5, 7));
  for (;;) {
    const last = lastDayOfMonth(year, month);
    if (last >= end) break;
    if (last > startsOn) monthEnds.push(last);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  const room = Math.max(maxPoints - 2, 1);
  const step = Math.ceil(monthEnds.length / room) || 1;
  // Keep the most recent month ends when stepping, so the line ends on a regular interval.
  const kept = monthEnds.filter((_, index) => (monthEnds.length - 1 - index) % step === 0);
  return [...new Set([startsOn, ...kept, end])];
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2 of 3", with singular/plural. */
function plural(count: number | string, noun: string): string {
  return `${count} ${noun}${String(count) === '1' ? '' : 's'}`;
}

/**
 * Evaluates a record-based goal (every measure except RENEWAL_ON_TRACK) on `date` over the given
 * staff, with exact decimal arithmetic throughout.
 */
export function evaluateRecordGoal(
  goal: GoalDefinition,
  staffIds: readonly string[],
  recordsByEducator: ReadonlyMap<string, readonly GoalRecord[]>,
  date: string,
): GoalStanding {
  const target = new Decimal(goal.target);
  const people = staffIds.map((educatorId): PersonStanding => {
    const records = (recordsByEducator.get(educatorId) ?? []).filter((record) => countedOn(record, date));
    switch (goal.measure) {
      case GoalMeasure.MICRO_CREDENTIALS: {
        const area = goal.competencyArea?.toLowerCase() ?? null;
        const keys = new Set(
          records
            .filter(
              (record) =>
                record.unit === PdUnit.MICRO_CREDENTIAL &&
                (area === null || record.competencyArea?.toLowerCase() === area) &&
                (!goal.earnedSinceStart || record.completedOn >= goal.startsOn),
            )
            .map((record) => record.microCredentialKey),
        );
        const needed = goal.minimumCount ?? 1;
        const inArea =
          (goal.competencyArea ? ` in ${goal.competencyArea}` : '') +
          (goal.earnedSinceStart ? ` earned since ${goal.startsOn}` : '');
        return {
          educatorId,
          counted: keys.size >= needed,
          value: String(keys.size),
          detail: `${keys.size} of ${plural(needed, 'micro-credential')}${inArea}`,
        };
      }
      case GoalMeasure.AVERAGE_PD_HOURS: {
        const hours = records
          .filter((record) => record.completedOn >= goal.startsOn)
          .reduce(
            (sum, record) => sum.plus(hourEquivalents(record.amount, record.unit as PdUnit, record.statedHours)),
            new Decimal(0),
          );
        return {
          educatorId,
          counted: hours.gte(target),
          value: hours.toFixed(),
          detail: `${plural(hours.toFixed(), 'hour equivalent')} of ${target.toFixed()} since ${goal.startsOn}`,
        };
      }
      case GoalMeasure.ANY_PD_THIS_YEAR: {
        const year = schoolYearRange(schoolYearOf(date));
        const inYear = records.filter((record) => record.completedOn >= year.start);
        const last = inYear.reduce<string | null>(
          (latest, record) => (latest === null || record.completedOn > latest ? record.completedOn : latest),
          null,
        );
        return {
          educatorId,
          counted: inYear.length > 0,
          value: String(inYear.length),
          detail: last
            ? `${plural(inYear.length, 'approved record')} this school year, latest ${last}`
            : `No approved PD since ${year.start}`,
        };
      }
      default:
        throw new Error(`${goal.measure} is not a record-based measure`);
    }
  });
  return summarize(goal, people);
}

/** Totals a goal's standing from each person's: a share of staff counted, or the average amount. */
export function summarize(goal: Pick<GoalDefinition, 'measure' | 'target'>, people: PersonStanding[]): GoalStanding {
  const total = people.length;
  const counted = people.filter((person) => person.counted).length;
  const target = new Decimal(goal.target);
  if (total === 0) return { value: '0', met: false, counted, total, people };
  if (goal.measure === GoalMeasure.AVERAGE_PD_HOURS) {
    const sum = people.reduce((acc, person) => acc.plus(person.value ?? 0), new Decimal(0));
    // Compare the exact quotient (sum >= target x staff); round only what is shown.
    return {
      value: sum.div(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(),
      met: sum.gte(target.times(total)),
      counted,
      total,
      people,
    };
  }
  return {
    value: new Decimal(counted).times(100).div(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(),
    met: new Decimal(counted).times(100).gte(target.times(total)),
    counted,
    total,
    people,
  };
}
