// Finds a license's renewal cycle window from the rule set's cycle-window rule when the caller does
// not give one. Every cycle after the first starts the day after the previous one ends, so a
// rule like "expires June 30" keeps every later cycle on June 30.
import {
  addDays,
  addMonths,
  addYears,
  atMonthDay,
  endOfMonth,
  firstOfMonth,
  monthOf,
  yearOf,
  type LocalDate,
} from './local-date';
import type { DegreeLevel } from './canonical-ids';
import type { RuleSetVersion } from './rule-set.schema';

/** What is known about a license for finding its cycle. */
export interface LicenseInput {
  /** License type id in the rule set; blank means the rule set's default. */
  licenseType?: string | null;
  issuedOn?: LocalDate | null;
  birthDate?: LocalDate | null;
  /** Given cycle dates win over derivation (the platform stores them per license). */
  cycleStart?: LocalDate | null;
  cycleEnd?: LocalDate | null;
  /** Grade band id for grade-band-specific categories (NC: k5, 6-12); blank means the rule set's default. */
  gradeBand?: string | null;
  /** Additional licenses or endorsements held, for rule sets that add an amount per license. */
  additionalLicenses?: number;
  /** Additional endorsements held (NH: +30 per endorsement); added to `additionalLicenses` for per-license increments. */
  endorsements?: number;
  /** The educator's highest degree; blank = unknown (degree-dependent rules then apply their "without a degree" form). */
  highestDegree?: DegreeLevel | null;
}

/** A renewal cycle and its dates. */
export interface CycleWindow {
  start: LocalDate;
  end: LocalDate;
  /** Last day to complete and submit (the end, or earlier where a state wants evidence in advance). */
  deadline: LocalDate;
  /** Last day renewal is still possible (the deadline, or later with a grace period). */
  graceEnd: LocalDate;
  /** How the window was found: "given" or the cycle-window rule id. */
  source: string;
  /** Last day PD counts for this cycle when an earning window runs past the end (MT: August 31). */
  earnUntil?: LocalDate;
}

/** The last day PD counts for a cycle ending on `end`: the earning window's month-day on or after it, else the end. */
export function earningEnd(version: RuleSetVersion, end: LocalDate): LocalDate {
  const rule = version.earningWindow;
  if (!rule) return end;
  const candidate = atMonthDay(yearOf(end), rule.throughMonthDay);
  return candidate >= end ? candidate : atMonthDay(yearOf(end) + 1, rule.throughMonthDay);
}

/** Thrown when a cycle cannot be found (no dates given and nothing to derive them from). */
export class CycleWindowError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CycleWindowError';
  }
}

function naturalEnd(version: RuleSetVersion, start: LocalDate, years: number): LocalDate {
  if (version.cycleWindow.kind === 'birth_month') {
    // NY: ends on the last day of the month before the birth month, `years` later.
    const endMonthStart = addMonths(addYears(start, years), -1);
    return endOfMonth(yearOf(endMonthStart), monthOf(endMonthStart));
  }
  const end = addDays(addYears(start, years), -1);
  if (!version.expiry) return end;
  const candidate = atMonthDay(yearOf(end), version.expiry.monthDay);
  return candidate >= end ? candidate : atMonthDay(yearOf(end) + 1, version.expiry.monthDay);
}

function firstStart(version: RuleSetVersion, license: LicenseInput): LocalDate {
  const rule = version.cycleWindow;
  if (rule.kind === 'explicit') throw new CycleWindowError('cycle_start', 'this rule set needs the cycle start and end dates');
  const issued = license.issuedOn;
  if (!issued) throw new CycleWindowError('license_issued', 'cycle dates are blank and the license issue date is missing');
  switch (rule.kind) {
    case 'issue_date':
      return issued;
    case 'birth_month': {
      if (!license.birthDate) throw new CycleWindowError('birth_date', 'cycle dates are blank and the birth date is missing');
      const month = monthOf(license.birthDate);
      const candidate = firstOfMonth(yearOf(issued), month);
      return candidate >= issued ? candidate : firstOfMonth(yearOf(issued) + 1, month);
    }
    case 'fiscal_date': {
      const candidate = atMonthDay(yearOf(issued), rule.startMonthDay);
      return candidate <= issued ? candidate : atMonthDay(yearOf(issued) - 1, rule.startMonthDay);
    }
    case 'july_1_after_issue': {
      const candidate = atMonthDay(yearOf(issued), '07-01');
      return candidate > issued ? candidate : atMonthDay(yearOf(issued) + 1, '07-01');
    }
  }
}

/** Adds the deadline and grace dates of a version to a cycle's start and end. */
export function withDeadlines(version: RuleSetVersion, start: LocalDate, end: LocalDate, source: string): CycleWindow {
  let deadline = version.deadline ? addDays(end, -version.deadline.daysBeforeEnd) : end;
  let graceEnd = deadline;
  const grace = version.grace;
  if (grace?.months !== undefined) graceEnd = addMonths(end, grace.months);
  else if (grace?.lapsesOnMonthDay) {
    const lapse = atMonthDay(yearOf(end), grace.lapsesOnMonthDay);
    graceEnd = addDays(lapse > end ? lapse : atMonthDay(yearOf(end) + 1, grace.lapsesOnMonthDay), -1);
  }
  if (!version.earningWindow) return { start, end, deadline, graceEnd, source };
  // PD still counts, and renewal is still possible, until the earning window closes (MT: August 31).
  const earnUntil = earningEnd(version, end);
  if (earnUntil > deadline) deadline = earnUntil;
  if (earnUntil > graceEnd) graceEnd = earnUntil;
  return { start, end, deadline, graceEnd, source, earnUntil };
}

/**
 * The cycle of a license that contains `asOf` (or the first cycle, if `asOf` is before it), from
 * the given dates or derived with the version's cycle-window rule.
 */
export function findCycleWindow(
  version: RuleSetVersion,
  cycleYears: number,
  license: LicenseInput,
  asOf: LocalDate,
): CycleWindow {
  if (license.cycleStart && license.cycleEnd) return withDeadlines(version, license.cycleStart, license.cycleEnd, 'given');
  if (license.cycleStart || license.cycleEnd) {
    const start = license.cycleStart ?? addDays(addYears(license.cycleEnd!, -cycleYears), 1);
    const end = license.cycleEnd ?? naturalEnd(version, start, cycleYears);
    return withDeadlines(version, start, end, 'given');
  }
  let start = firstStart(version, license);
  let end = naturalEnd(version, start, cycleYears);
  // A cycle stays current while PD still counts for it (an earning window past the end).
  for (let guard = 0; earningEnd(version, end) < asOf && guard < 200; guard++) {
    start = addDays(end, 1);
    end = naturalEnd(version, start, cycleYears);
  }
  return withDeadlines(version, start, end, version.cycleWindow.id);
}

/** The cycle immediately before the given one (for carry-over into it). */
export function previousCycleWindow(version: RuleSetVersion, cycleYears: number, cycle: CycleWindow): CycleWindow {
  const end = addDays(cycle.start, -1);
  const start = addDays(addYears(cycle.start, -cycleYears), 0);
  return withDeadlines(version, start, end, 'previous');
}
