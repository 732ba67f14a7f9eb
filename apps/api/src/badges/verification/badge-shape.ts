import { BadgeError } from './badge-error';
import { isJsonObject, type JsonObject } from './safe-json';

/** Small typed readers over untrusted JSON: each wrong type becomes BADGE_WRONG_TYPE naming the field. */

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function wrongType(field: string, expected: string, value: unknown): BadgeError {
  return new BadgeError('BADGE_WRONG_TYPE', `The badge field "${field}" must be ${expected} but is ${describe(value)}.`, {
    field,
  });
}

export function requireString(obj: JsonObject, key: string, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') throw wrongType(`${path}${key}`, 'a non-empty string', value);
  return value;
}

export function optionalString(obj: JsonObject, key: string, path: string): string | null {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw wrongType(`${path}${key}`, 'a string', value);
  return value;
}

export function requireObject(obj: JsonObject, key: string, path: string): JsonObject {
  const value = obj[key];
  if (!isJsonObject(value)) throw wrongType(`${path}${key}`, 'an object', value);
  return value;
}

/** JSON-LD lets most properties be one value or an array of them. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function stringValues(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

/** An IRI property that may be given as a string or as an object with an id. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isJsonObject(value) && typeof value['id'] === 'string') return value['id'];
  return null;
}

/** Keeps the date as the issuer wrote it (no time-zone shift): dates are compared as YYYY-MM-DD. */
export function toLocalDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match || Number.isNaN(Date.parse(value))) throw wrongType(field, 'an ISO 8601 date-time', value);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

export function parseInstant(value: string, field: string): Date {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim()) || Number.isNaN(time)) throw wrongType(field, 'an ISO 8601 date-time', value);
  return new Date(time);
}
