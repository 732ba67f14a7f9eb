import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { configValue, AppConfig } from '../config/app-config';
import { asServiceUnavailable } from '../database/database-unavailable';
import type { GraphQLContext } from '../access/viewer';
import { formatGraphQLError, withDomainCode } from './format-error';
import { listCostRule } from './list-cost.rule';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';

const logger = new Logger('GraphQL');

/**
 * Apollo Server settings. Everything security-relevant is set explicitly rather than left to
 * NODE_ENV-dependent defaults: introspection and stack traces only outside production, CSRF
 * prevention on, batching off, and graphql-armor's depth, cost, alias and token limits.
 */
export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const production = configValue(config, 'NODE_ENV') === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: configValue(config, 'GRAPHQL_MAX_DEPTH') },
    maxAliases: { n: configValue(config, 'GRAPHQL_MAX_ALIASES') },
    costLimit: { maxCost: configValue(config, 'GRAPHQL_MAX_COST') },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [...armor.plugins, serviceUnavailablePlugin],
    // Nest's own plugin would reset every answer with data to 200 after serviceUnavailablePlugin.
    preserveHttpStatusForExecutionErrors: false,
    // armor's cost limit weighs a field the same in a list of one or of thousands: listCostRule
    // counts lists by their size and refuses fan-out before anything runs.
    validationRules: [...armor.validationRules, listCostRule(configValue(config, 'GRAPHQL_MAX_LIST_COST'))],
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
    // A database failure that reached Apollo without passing a query runner (a raw pool error)
    // still answers SERVICE_UNAVAILABLE rather than an internal error.
    formatError: (formatted, error) =>
      formatGraphQLError(
        withDomainCode(formatted, asServiceUnavailable(error instanceof GraphQLError ? (error.originalError ?? error) : error)),
        {
          includeStacktrace: !production,
          onInternalError: () => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
        },
      ),
  };
}
