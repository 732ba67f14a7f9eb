import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { HttpErrorFilter } from '../bootstrap/http-error.filter';
import { DomainError, ErrorCode } from '../common/errors';

/** A domain error as the GraphQL error clients read: the message, `extensions.code` and `extensions.field`. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) },
    originalError: error,
  });
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Turns domain errors into GraphQL errors and hands GraphQL errors straight to Apollo (without it
 * Nest logs each expected NOT_FOUND or FORBIDDEN as an unhandled exception with a stack trace).
 * Nest gives an exception to the first global filter whose @Catch matches whatever the transport,
 * so errors on the REST routes arrive here too and go to the HTTP filter.
 */
@Catch(DomainError, GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly http = new HttpErrorFilter();

  catch(error: DomainError | GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error instanceof DomainError ? toGraphQLError(error) : error;
    if (error instanceof DomainError) return this.http.catch(error, host);
    // A GraphQLError thrown on a REST route: answer with its code when it is one of ours.
    const code = String(error.extensions['code'] ?? '');
    const field = typeof error.extensions['field'] === 'string' ? error.extensions['field'] : undefined;
    if (KNOWN_CODES.has(code)) return this.http.catch(new DomainError(code as ErrorCode, error.message, field), host);
    host.switchToHttp().getResponse<Response>().status(500).json({ statusCode: 500, message: 'Internal server error' });
  }
}
