import type { ActivityType, PdStatus, PdUnit, Role } from '../gql/graphql';

// The app writes numbers and dates in US English. The common cases are formatted here by hand, as
// Intl would (digits grouped by three, half away from zero, "Mar 5, 2025"): the first Intl
// formatter a page creates makes Chromium load its locale data (30-70 ms of a home's first screen
// in the profiles). Anything else (exponents, odd input) goes to Intl, created when first needed.
const decimalFormatters = new Map<number, Intl.NumberFormat>();
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function groupThousands(digits: string): string {
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3)
    grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return grouped;
}

/** Adds one to a string of digits ("199" -> "200", "99" -> "100"). */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

function intlDecimal(value: string, maximumFractionDigits: number): string {
  let formatter = decimalFormatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits });
    decimalFormatters.set(maximumFractionDigits, formatter);
  }
  // Intl.NumberFormat accepts numeric strings (ES2023); TypeScript's lib types say `${number}`.
  return formatter.format(value as `${number}`);
}

/**
 * What an "hour equivalent" is, said beside any figure in them: a measure to compare PD across
 * units (apps/api/src/domain/hour-equivalents.ts), not any state's renewal unit.
 */
export const HOUR_EQUIVALENTS_EXPLAINED =
  'Hour equivalents compare PD across units: 1 clock hour = 1, 1 CEU = 10, 1 semester credit = 15, 1 quarter credit = 10, a micro-credential its stated hours. They are not renewal credit, which each state counts in its own unit.';

/**
 * Formats an exact decimal string from the API ("1234.5") for reading ("1,234.5"), rounded to at
 * most `maximumFractionDigits` places, half away from zero. The digits are rounded as a string:
 * no float round trip.
 */
export function formatDecimal(value: string, maximumFractionDigits = 1): string {
  const match = PLAIN_DECIMAL.exec(value);
  if (!match || !Number.isInteger(maximumFractionDigits) || maximumFractionDigits < 0 || maximumFractionDigits > 20) {
    return intlDecimal(value, maximumFractionDigits);
  }
  const [, sign, whole = '0', fraction = ''] = match;
  let integer = whole.replace(/^0+(?=\d)/, '');
  let kept = fraction.slice(0, maximumFractionDigits);
  if (fraction.length > maximumFractionDigits && fraction.charAt(maximumFractionDigits) >= '5') {
    const rounded = incrementDigits(integer + kept);
    integer = rounded.slice(0, rounded.length - kept.length) || '0';
    kept = rounded.slice(rounded.length - kept.length);
  }
  kept = kept.replace(/0+$/, '');
  return `${sign}${groupThousands(integer)}${kept ? `.${kept}` : ''}`;
}

export function formatCount(value: number): string {
  if (Number.isSafeInteger(value))
    return `${value < 0 || Object.is(value, -0) ? '-' : ''}${groupThousands(String(Math.abs(value)))}`;
  return formatDecimal(String(value), 3);
}

function utcParts(isoDate: string): [year: number, month: number, day: number] | null {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day || year < 1000 || year > 9999 || month > 12 || day > 31) return null;
  return [year, month, day];
}

/** A calendar date "2025-03-05" as "Mar 5, 2025"; read in UTC so no time zone can shift the day. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const parts = utcParts(isoDate);
  if (!parts) return isoDate;
  const [year, month, day] = parts;
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "2025-03-05" as "Mar 5" (chart axes). */
export function formatDayAndMonth(isoDate: string): string {
  const parts = utcParts(isoDate);
  if (!parts) return isoDate;
  return `${MONTHS[parts[1] - 1]} ${parts[2]}`;
}

/** "2025-09" as "Sep 2025" (long) or "Sep" (short, for chart axes). */
export function formatMonth(isoMonth: string, style: 'long' | 'short' = 'long'): string {
  const parts = utcParts(`${isoMonth}-01`);
  if (!parts) return isoMonth;
  return style === 'long' ? `${MONTHS[parts[1] - 1]} ${parts[0]}` : MONTHS[parts[1] - 1]!;
}

/** Today's calendar date where the person is, as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

// Start-up reads the school year from the URL before this module (and Intl) is needed.
export { currentSchoolYear } from './school-year';

/** 2025 as "2025–26". */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}–${String((schoolYear + 1) % 100).padStart(2, '0')}`;
}

export const roleLabels: Record<Role, string> = {
  HR_ADMIN: 'HR admin',
  PRINCIPAL: 'Principal',
  TEACHER: 'Teacher',
  ASSESSOR: 'Assessor',
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
  VOIDED: 'Voided',
};
