import { checkIntRange } from './validation';

/** A school year runs July 1 to June 30 and is named by the calendar year it starts in. */
export interface SchoolYearRange {
  schoolYear: number;
  /** First day, YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  end: string;
}

/** Today's calendar date in the server's time zone, as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The school year a date falls in (2025-07-01 .. 2026-06-30 is school year 2025). */
export function schoolYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 7 ? year : year - 1;
}

export function schoolYearRange(schoolYear: number): SchoolYearRange {
  return { schoolYear, start: `${schoolYear}-07-01`, end: `${schoolYear + 1}-06-30` };
}

/** Resolves an optional schoolYear argument (default: the current one), validating its range. */
export function resolveSchoolYear(schoolYear: number | null | undefined, today: string = todayIsoDate()): SchoolYearRange {
  checkIntRange('schoolYear', schoolYear, 1990, 2100);
  return schoolYearRange(schoolYear ?? schoolYearOf(today));
}
