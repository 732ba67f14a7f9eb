/**
 * Every rejection of a badge file carries a stable machine code (for the API's error extensions and
 * for tests) and a message a teacher or HR admin can act on. Messages never echo large chunks of the
 * hostile input back.
 */
export const BADGE_ERROR_CODES = [
  'BADGE_EMPTY',
  'BADGE_TOO_LARGE',
  'BADGE_UNKNOWN_FORMAT',
  'BADGE_TRUNCATED_PNG',
  'BADGE_PNG_CRC_MISMATCH',
  'BADGE_PNG_INVALID',
  'BADGE_PNG_COMPRESSED',
  'BADGE_NOT_BAKED',
  'BADGE_DUPLICATE_PAYLOAD',
  'BADGE_XML_INVALID',
  'BADGE_XML_ENTITY',
  'BADGE_JSON_INVALID',
  'BADGE_JSON_TOO_DEEP',
  'BADGE_WRONG_TYPE',
  'BADGE_UNSUPPORTED_VERSION',
  'BADGE_ORIGIN_NOT_ALLOWED',
  'BADGE_FETCH_FAILED',
  'BADGE_ADDRESS_NOT_ALLOWED',
  'BADGE_FETCH_TIMEOUT',
  'BADGE_TOO_MANY_REDIRECTS',
  'BADGE_TAMPERED',
  'BADGE_REVOKED',
  'BADGE_EXPIRED',
  'BADGE_NOT_YET_VALID',
  'BADGE_SIGNATURE_INVALID',
  'BADGE_KEY_NOT_TRUSTED',
  'BADGE_UNVERIFIABLE',
  'BADGE_RECIPIENT_MISMATCH',
] as const;

export type BadgeErrorCode = (typeof BADGE_ERROR_CODES)[number];

export class BadgeError extends Error {
  override readonly name = 'BadgeError';

  constructor(
    readonly code: BadgeErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export function isBadgeError(error: unknown): error is BadgeError {
  return error instanceof BadgeError;
}
