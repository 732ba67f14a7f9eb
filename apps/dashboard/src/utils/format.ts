import type { ActivityType, PdStatus, PdUnit, Role } from '../gql/graphql';

const decimalFormatters = new Map<number, Intl.NumberFormat>();

// One formatter for every count: building an Intl.NumberFormat per call showed in the homes' profiles.
const countFormatter = new Intl.NumberFormat('en-US');

/**
 * Formats an exact decimal string from the API ("1234.5") for reading ("1,234.5"). The string is
 * handed to Intl as a string, which formats it as an exact decimal: no float round trip.
 */
export function formatDecimal(value: string, maximumFractionDigits = 1): string {
  let formatter = decimalFormatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits });
    decimalFormatters.set(maximumFractionDigits, formatter);
  }
  // Intl.NumberFormat accepts numeric strings (ES2023); TypeScript's lib types say `${number}`.
  return formatter.format(value as `${number}`);
}

export function formatCount(value: number): string {
  return countFormatter.format(value);
}

const dateFormatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const shortMonthFormatter = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** A calendar date "2025-03-05" as "Mar 5, 2025"; read in UTC so no time zone can shift the day. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "2025-09" as "Sep 2025" (long) or "Sep" (short, for chart axes). */
export function formatMonth(isoMonth: string, style: 'long' | 'short' = 'long'): string {
  const [year, month] = isoMonth.split('-').map(Number);
  if (!year || !month) return isoMonth;
  const date = new Date(Date.UTC(year, month - 1, 1));
  return (style === 'long' ? monthFormatter : shortMonthFormatter).format(date);
}

/** Today's calendar date where the person is, as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** The school year (July 1 to June 30) is named by the calendar year it starts in, as in the API. */
export function currentSchoolYear(now: Date = new Date()): number {
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

/** 2025 as "2025–26". */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}–${String((schoolYear + 1) % 100).padStart(2, '0')}`;
}

export const roleLabels: Record<Role, string> = {
  HR_ADMIN: 'HR admin',
  PRINCIPAL: 'Principal',
  TEACHER: 'Teacher',
};

export const activityTypeLabels: Record<ActivityType, string> = {
  ACTION_RESEARCH: 'Action research',
  CONFERENCE: 'Conference',
  COURSE: 'Course',
  EVALUATION: 'Evaluation',
  EXAM: 'Exam',
  INDEPENDENT_STUDY: 'Independent study',
  MENTORING: 'Mentoring',
  MICRO_CREDENTIAL: 'Micro-credential',
  NATIONAL_BOARD: 'National Board',
  OTHER: 'Other',
  PRESENTING: 'Presenting',
  WORKSHOP: 'Workshop',
};

const unitNames: Record<PdUnit, [singular: string, plural: string]> = {
  CLOCK_HOUR: ['clock hour', 'clock hours'],
  SEMESTER_CREDIT: ['semester credit', 'semester credits'],
  QUARTER_CREDIT: ['quarter credit', 'quarter credits'],
  CEU: ['CEU', 'CEUs'],
  MICRO_CREDENTIAL: ['micro-credential', 'micro-credentials'],
};

/** The unit's name for a list or a select ("Clock hours"). */
export function unitLabel(unit: PdUnit): string {
  const plural = unitNames[unit][1];
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

/** An amount with its unit, singular or plural as English wants ("1 CEU", "2.5 clock hours"). */
export function formatAmount(amount: string, unit: PdUnit): string {
  const [singular, plural] = unitNames[unit];
  const isOne = /^0*1(\.0*)?$/.test(amount);
  return `${formatDecimal(amount, 2)} ${isOne ? singular : plural}`;
}

export const statusLabels: Record<PdStatus, string> = {
  SUBMITTED: 'Pending review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  VERIFIED: 'Verified',
  CHANGES_REQUESTED: 'Changes requested',
};
