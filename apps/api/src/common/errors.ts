import { GraphQLError } from 'graphql';

/** The error codes clients may rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;

const MAX_ECHOED_VALUE_LENGTH = 60;

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  // Echo enough of the value to recognise it, never a whole megabyte of someone's paste.
  const shown = text.length > MAX_ECHOED_VALUE_LENGTH ? `${text.slice(0, MAX_ECHOED_VALUE_LENGTH)}…` : text;
  return JSON.stringify(shown);
}

/** Bad input: the message names the field and the offending value. */
export function badUserInput(field: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for ${field}: ${describeValue(value)} ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

export function unauthenticated(message = 'You must be signed in'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'Your role may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * Not found. Also the answer for objects that exist but belong to someone the caller may not see,
 * so that ids from another district or school reveal nothing, not even their existence.
 */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function tooManyRequests(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TOO_MANY_REQUESTS } });
}
