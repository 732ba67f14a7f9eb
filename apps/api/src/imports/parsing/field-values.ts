import Decimal from 'decimal.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
// Deliberately simple: one @, no spaces, a dot in the domain. Real deliverability is the mail
// server's business; this catches typos such as "jane.doe@district" or "jane doe@x.org".
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[A-Za-z]{2,}$/;

/** True for a real calendar date written YYYY-MM-DD (no time zone involved). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** OneRoster dateLastModified: an ISO 8601 date or date-time (e.g. 2024-08-01T12:00:00.000Z). */
export function isIsoDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1]);
}

/** Returns the e-mail trimmed and lower-cased, or null when it does not look like an address. */
export function normaliseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/** An http(s) URL, or null. */
export function normaliseHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const AMOUNT = /^\d{1,6}(\.\d{1,2})?$/;

/** A positive amount with at most 2 decimal places, normalised exactly ("12.50" -> "12.5"). */
export function normaliseAmount(value: string): string | null {
  if (!AMOUNT.test(value)) return null;
  const amount = new Decimal(value);
  return amount.gt(0) ? amount.toFixed() : null;
}

/** "Clock hours", "clock-hour" and "CLOCK_HOUR" all read as CLOCK_HOUR. */
export function normaliseEnumToken(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}
