import type { ArgumentsHost } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { httpErrorAnswer } from '../bootstrap/http-error.filter';
import { badUserInput, DomainError, ForbiddenError, notFound, tooManyRequests, unauthenticated } from '../common/errors';
import { withDomainCode } from './format-error';
import { GraphQLErrorFilter, toGraphQLError } from './graphql-error.filter';

function httpHost(type: 'http' | 'graphql') {
  const answer: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
  };
  const host = { getType: () => type, switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  return { host, answer };
}

describe('domain errors per transport', () => {
  it.each([
    [badUserInput('schoolId', 'x', 'is not a UUID'), 400, 'BAD_USER_INPUT', 'schoolId'],
    [unauthenticated(), 401, 'UNAUTHENTICATED', undefined],
    [new ForbiddenError('Not allowed for schoolId', 'schoolId'), 403, 'FORBIDDEN', 'schoolId'],
    [notFound('School'), 404, 'NOT_FOUND', undefined],
    [tooManyRequests('Slow down'), 429, 'TOO_MANY_REQUESTS', undefined],
  ] as Array<[DomainError, number, string, string | undefined]>)(
    '%s: HTTP %d and GraphQL code %s',
    (error, status, code, field) => {
      expect(httpErrorAnswer(error)).toEqual({
        status,
        body: { statusCode: status, code, message: error.message, ...(field ? { field } : {}) },
      });
      const graphql = toGraphQLError(error);
      expect(graphql.message).toBe(error.message);
      expect(graphql.extensions).toEqual({ code, ...(field ? { field } : {}) });
    },
  );

  it('answers a domain error on a REST route with JSON, and one in a resolver with a GraphQL error', () => {
    const filter = new GraphQLErrorFilter();
    const rest = httpHost('http');
    expect(filter.catch(notFound('Educator'), rest.host)).toBeUndefined();
    expect(rest.answer).toEqual({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'Educator not found' } });

    const resolver = httpHost('graphql');
    const result = filter.catch(notFound('Educator'), resolver.host);
    expect(result).toBeInstanceOf(GraphQLError);
    expect(resolver.answer).toEqual({});
  });

  it('gives a domain error that reached Apollo without a filter its code and field', () => {
    const wrapped = new GraphQLError('Invalid value', { originalError: badUserInput('limit', -1, 'must be positive') });
    expect(withDomainCode({ message: 'Invalid value', extensions: {} }, wrapped).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'limit',
    });
    expect(
      withDomainCode({ message: 'boom' }, new GraphQLError('boom', { originalError: new Error('boom') })).extensions,
    ).toBeUndefined();
  });
});
