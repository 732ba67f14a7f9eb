import { isLocalDate } from '@pd-ledger/credit-rules';
import { badUserInput } from './errors';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns the id lower-cased, or throws BAD_USER_INPUT naming the argument. */
export function parseUuid(field: string, value: string): string {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
    throw badUserInput(field, value, 'is not a valid id (expected a UUID)');
  }
  return value.toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** True when the string is a real calendar date in YYYY-MM-DD form (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return isLocalDate(value);
}

/** Checks an optional integer argument against an inclusive range. */
export function checkIntRange(field: string, value: number | null | undefined, min: number, max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, value, `must be a whole number from ${min} to ${max}`);
  }
}
