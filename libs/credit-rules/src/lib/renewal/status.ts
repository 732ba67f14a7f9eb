// Status (README "Status rule"): complete, or else lapsed / behind / at risk / on track from the
// deadlines and the pace, pro-rated by whole cycle years elapsed (of the look-back window, when
// only its years count).
import type { RenewalStatus } from '../canonical-ids';
import type { CycleWindow } from '../cycle-window';
import { addDays, daysInclusive, yearOf, type LocalDate } from '../local-date';

/** Whole pace years completed by the end of `asOf`, from `paceStart`, at most `cycleYears`. */
export function wholeYearsElapsed(paceStart: LocalDate, asOf: LocalDate, cycleYears: number): number {
  // The k-th year is complete when start + k years <= asOf + 1 day.
  const dayAfter = nextDay(asOf);
  const yearsElapsed = yearOf(dayAfter) - yearOf(paceStart) - (dayAfter.slice(5) < paceStart.slice(5) ? 1 : 0);
  return Math.max(0, Math.min(cycleYears, yearsElapsed));
}

/** The amount the pace expects by now, in sub-units. */
export function expectedPace(requiredSub: number, yearsElapsed: number, cycleYears: number): number {
  // Rounded up to the smallest sub-unit: 90 hours x 3 / 7 years is not a whole number of
  // sub-units, and the expected pace must be an exact amount that is never understated.
  return Math.ceil((requiredSub * yearsElapsed) / cycleYears);
}

/** What the status is decided from. */
export interface StatusFacts {
  complete: boolean;
  asOf: LocalDate;
  cycle: CycleWindow;
  earnedSub: number;
  paceSub: number;
  categoriesMet: boolean;
  standingMet: boolean;
  yearsOk: boolean;
  yearsElapsed: number;
  cycleYears: number;
}

export function renewalStatus(f: StatusFacts): RenewalStatus {
  if (f.complete) return 'complete';
  if (f.asOf > f.cycle.graceEnd) return 'lapsed';
  if (f.asOf > f.cycle.deadline) return 'behind';
  if (f.earnedSub * 2 < f.paceSub) return 'behind';
  if (f.earnedSub < f.paceSub) return 'at_risk';
  if (
    (!f.categoriesMet || !f.standingMet) &&
    f.yearsElapsed >= f.cycleYears - 1 &&
    daysInclusive(f.asOf, f.cycle.deadline) <= 366
  )
    return 'at_risk';
  // A closed PD year below its minimum (AR) cannot be made up by later hours.
  if (!f.yearsOk) return 'at_risk';
  return 'on_track';
}

// Evaluations in a batch share the evaluation date: remember the day after the last one.
let lastDay = '';
let lastNext = '';
function nextDay(date: LocalDate): LocalDate {
  if (date !== lastDay) {
    lastDay = date;
    lastNext = addDays(date, 1);
  }
  return lastNext;
}
