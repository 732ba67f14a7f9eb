import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Hands GraphQL errors we throw on purpose (NOT_FOUND, FORBIDDEN, ...) straight to Apollo.
 * Without it Nest logs each one as an unhandled exception with a stack trace.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
