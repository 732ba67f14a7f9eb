/** The error codes clients may rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const MAX_ECHOED_VALUE_LENGTH = 60;

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Echo enough of the value to recognise it, never a whole megabyte of someone's paste.
  const shown = text.length > MAX_ECHOED_VALUE_LENGTH ? `${text.slice(0, MAX_ECHOED_VALUE_LENGTH)}…` : text;
  return JSON.stringify(shown);
}

/**
 * An error a caller can act on, thrown by services without knowing the transport: one filter per
 * transport turns it into a GraphQL error (`extensions.code`, `extensions.field`) or an HTTP
 * answer (`{ statusCode, code, message, field }`). Anything else is an internal failure and its
 * message never reaches a client.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You must be signed in') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role may not do this', field?: string) {
    super(ErrorCode.FORBIDDEN, message, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.NOT_FOUND, message, field);
  }
}

export class TooManyRequestsError extends DomainError {
  /** When given, the transport sends it as Retry-After (seconds). */
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(ErrorCode.TOO_MANY_REQUESTS, message);
  }
}

/**
 * The service cannot answer right now (its database is unreachable, restarting or every pooled
 * connection stayed busy): nothing was done, and the same request may succeed after
 * `retryAfterSeconds` (HTTP 503 with Retry-After).
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    message = 'PD Ledger cannot reach its database right now. Nothing was changed; please try again in a few seconds.',
    readonly retryAfterSeconds = 5,
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** Bad input: the message names the field and the offending value. */
export function badUserInput(field: string, value: unknown, reason: string): BadUserInputError {
  return new BadUserInputError(`Invalid value for ${field}: ${describeValue(value)} ${reason}`, field);
}

/** Bad input with a message written for the case (a missing upload, a file that is not an import). */
export function badRequest(message: string, field?: string): BadUserInputError {
  return new BadUserInputError(message, field);
}

export function unauthenticated(message?: string): UnauthenticatedError {
  return new UnauthenticatedError(message);
}

export function forbidden(message?: string): ForbiddenError {
  return new ForbiddenError(message);
}

/**
 * Not found. Also the answer for objects that exist but belong to someone the caller may not see,
 * so that ids from another district or school reveal nothing, not even their existence.
 */
export function notFound(what: string): NotFoundError {
  return new NotFoundError(`${what} not found`);
}

export function tooManyRequests(message: string): TooManyRequestsError {
  return new TooManyRequestsError(message);
}
