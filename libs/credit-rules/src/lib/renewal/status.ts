// Status (README "Status rule"): complete, or else lapsed / behind / at risk / on track from the
// deadlines and the pace, pro-rated by whole cycle years elapsed (of the look-back window, when
// only its years count).
import type { RenewalStatus } from '../canonical-ids';
import { addDays, daysInclusive, yearOf, type LocalDate } from '../local-date';
import type { EvaluationContext } from './evaluation-context';

/** Whole pace years completed by the end of `asOf`, from `paceStart`, at most `cycleYears`. */
function wholeYearsElapsed(paceStart: LocalDate, asOf: LocalDate, cycleYears: number): number {
  // The k-th year is complete when start + k years <= asOf + 1 day.
  const dayAfter = nextDay(asOf);
  // Pace starts repeat across a batch with one evaluation date: remember each one's count.
  let yearsElapsed = yearsMemo.get(paceStart);
  if (yearsElapsed === undefined) {
    yearsElapsed = yearOf(dayAfter) - yearOf(paceStart) - (dayAfter.slice(5) < paceStart.slice(5) ? 1 : 0);
    if (yearsMemo.size > 10_000) yearsMemo.clear();
    yearsMemo.set(paceStart, yearsElapsed);
  }
  return Math.max(0, Math.min(cycleYears, yearsElapsed));
}

/** The amount the pace expects by now, in sub-units. */
function expectedPace(requiredSub: number, yearsElapsed: number, cycleYears: number): number {
  // Rounded up to the smallest sub-unit: 90 hours x 3 / 7 years is not a whole number of
  // sub-units, and the expected pace must be an exact amount that is never understated.
  return Math.ceil((requiredSub * yearsElapsed) / cycleYears);
}

/** Where the educator stands against the pace, in pace years and sub-units. */
export interface Pace {
  /** Years the pace runs over: the license's cycle, or the look-back window when only its years count. */
  cycleYears: number;
  yearsElapsed: number;
  /** The amount the pace expects by `asOf`. */
  expected: number;
}

export function paceAt(ctx: EvaluationContext): Pace {
  const lookBack = ctx.counting.lookBack;
  const cycleYears = lookBack ? lookBack.years : ctx.licenseType.cycleYears;
  const yearsElapsed = wholeYearsElapsed(ctx.counting.from, ctx.asOf, cycleYears);
  return { cycleYears, yearsElapsed, expected: expectedPace(ctx.requiredSub, yearsElapsed, cycleYears) };
}

/**
 * The status from the deadlines and the pace, given what is met: `complete` (the main route or a
 * pathway), the categories, the standing requirements and every closed year's minimum (`yearsOk`).
 */
export function renewalStatus(
  ctx: EvaluationContext,
  pace: Pace,
  earnedSub: number,
  complete: boolean,
  categoriesMet: boolean,
  standingMet: boolean,
  yearsOk: boolean,
): RenewalStatus {
  const { asOf, cycle } = ctx;
  if (complete) return 'complete';
  if (asOf > cycle.graceEnd) return 'lapsed';
  if (asOf > cycle.deadline) return 'behind';
  if (earnedSub * 2 < pace.expected) return 'behind';
  if (earnedSub < pace.expected) return 'at_risk';
  if ((!categoriesMet || !standingMet) && pace.yearsElapsed >= pace.cycleYears - 1 && daysInclusive(asOf, cycle.deadline) <= 366)
    return 'at_risk';
  // A closed PD year below its minimum (AR) cannot be made up by later hours.
  if (!yearsOk) return 'at_risk';
  return 'on_track';
}

// Evaluations in a batch share the evaluation date: remember the day after the last one, and the
// whole years elapsed by then from each pace start (cleared when the date changes).
let lastDay = '';
let lastNext = '';
const yearsMemo = new Map<LocalDate, number>();
function nextDay(date: LocalDate): LocalDate {
  if (date !== lastDay) {
    lastDay = date;
    lastNext = addDays(date, 1);
    yearsMemo.clear();
  }
  return lastNext;
}
