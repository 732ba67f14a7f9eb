import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the API promises in extensions.code. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

/** What the dashboard says while the API cannot reach its database (SERVICE_UNAVAILABLE, HTTP 503). */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'PD Ledger cannot reach its database right now. Nothing you saved is lost; please try again in a few seconds.';

/**
 * True when the API said it cannot answer right now: a SERVICE_UNAVAILABLE error, or the HTTP 503
 * it comes with (Apollo turns a 503 into a ServerError whose body still names the code).
 */
export function isServiceUnavailable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
  return ServerError.is(error) && error.statusCode === 503;
}

/** The first extensions.code in a GraphQL error, if the error came from the API at all. */
export function apiErrorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The API's own message (it names the problem without internals), or undefined for network trouble. */
export function apiErrorMessage(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message;
  return undefined;
}

/** BAD_USER_INPUT errors name the offending input field in extensions.field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const graphQLError of error.errors) {
    const field = graphQLError.extensions?.['field'];
    if (graphQLError.extensions?.['code'] === 'BAD_USER_INPUT' && typeof field === 'string') {
      result[field] = graphQLError.message;
    }
  }
  return result;
}

/** A sentence for a person, with what to do next, for any error Apollo hands us. */
export function describeError(error: unknown): string {
  if (isServiceUnavailable(error)) return SERVICE_UNAVAILABLE_MESSAGE;
  if (CombinedGraphQLErrors.is(error)) {
    switch (apiErrorCode(error)) {
      case 'UNAUTHENTICATED':
        return 'Your session has ended. Please sign in again.';
      case 'FORBIDDEN':
        return 'Your account does not have access to this. Ask your district administrator if you need it.';
      case 'NOT_FOUND':
        return `${apiErrorMessage(error) ?? 'Not found'}. Check the link, or go back to your home page.`;
      case 'TOO_MANY_REQUESTS':
        return apiErrorMessage(error) ?? 'Too many attempts. Please wait a minute and try again.';
      case 'BAD_USER_INPUT':
        return apiErrorMessage(error) ?? 'Something in the request was not valid.';
      default:
        return 'PD Ledger could not load this. Please try again in a moment.';
    }
  }
  if (ServerError.is(error)) {
    return `The PD Ledger server answered with an error (${error.statusCode}). Please try again in a moment.`;
  }
  return 'Could not reach PD Ledger. Check your connection and try again.';
}
