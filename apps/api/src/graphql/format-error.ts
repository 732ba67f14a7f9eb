import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../common/errors';

// Codes whose messages are written for clients: ours, and Apollo's request-level ones (parse and
// validation errors, bad variables). Anything else is an internal failure.
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps the code and message of errors meant for clients and replaces everything else with a
 * generic message, so SQL, file paths and stack traces never reach a browser. Stack traces of
 * internal errors are kept only when explicitly allowed (development).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  options: { includeStacktrace: boolean; onInternalError?: (error: GraphQLFormattedError) => void },
): GraphQLFormattedError {
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const stacktrace = options.includeStacktrace ? formatted.extensions?.['stacktrace'] : undefined;
  if (CLIENT_CODES.has(code)) {
    const field = formatted.extensions?.['field'];
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(field ? { field } : {}) },
    };
  }
  options.onInternalError?.(formatted);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(stacktrace ? { stacktrace } : {}) },
  };
}

/**
 * A domain error thrown where no Nest filter runs (outside resolvers, guards and interceptors)
 * reaches Apollo wrapped in a GraphQLError without a code: give it the code and field it carries.
 */
export function withDomainCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!(original instanceof DomainError) || formatted.extensions?.['code'] === original.code) return formatted;
  return {
    ...formatted,
    message: original.message,
    extensions: { ...formatted.extensions, code: original.code, ...(original.field ? { field: original.field } : {}) },
  };
}
