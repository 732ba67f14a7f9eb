// Calendar dates as `YYYY-MM-DD` strings. They compare correctly as strings, so the hot path never
// parses them; arithmetic goes through a day number computed with Date.UTC, which involves no time
// zone, so results are the same under any TZ.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` calendar date. */
export type LocalDate = string;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isLocalDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real `MM-DD` (02-29 allowed). */
export function isMonthDay(text: string): boolean {
  const m = MONTH_DAY_RE.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01. */
export function dayNumber(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function fromDayNumber(days: number): LocalDate {
  const dt = new Date(days * 86_400_000);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months; a day past the end of the target month is clamped (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}

/** The date in `year` with month and day from an `MM-DD` string (02-29 becomes 02-28 outside leap years). */
export function atMonthDay(year: number, monthDay: string): LocalDate {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  return format(year, month, Math.min(day, daysInMonth(year, month)));
}

export function endOfMonth(year: number, month: number): LocalDate {
  return format(year, month, daysInMonth(year, month));
}

export function firstOfMonth(year: number, month: number): LocalDate {
  return format(year, month, 1);
}

/** Inclusive day count from `start` to `end` (same day = 1). */
export function daysInclusive(start: LocalDate, end: LocalDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
