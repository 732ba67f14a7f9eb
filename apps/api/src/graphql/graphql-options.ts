import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { GRAPHQL_PATH } from '../common/api-paths';
import { configValue, AppConfig } from '../config/app-config';
import { asServiceUnavailable } from '../database/database-unavailable';
import type { GraphQLContext } from '../access/viewer';
import { formatGraphQLError, withDomainCode } from './format-error';
import { listCostRule } from './list-cost.rule';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';
import { textInputPlugin } from './text-input.plugin';

const logger = new Logger('GraphQL');

/** Longest document the parser reads; a longer one is a syntax error (HTTP 400). */
export const MAX_TOKENS = 2000;

/**
 * Apollo Server settings, with `extraPlugins` (plugins built by Nest providers). Everything
 * security-relevant is set explicitly rather than left to NODE_ENV-dependent defaults:
 * introspection and stack traces only outside production, CSRF prevention on, batching off, and
 * graphql-armor's depth, cost, alias and token limits.
 */
export function graphqlOptions(
  config: AppConfig,
  extraPlugins: ApolloServerPlugin<GraphQLContext>[] = [],
): Omit<ApolloDriverConfig, 'driver'> {
  const production = configValue(config, 'NODE_ENV') === 'production';
  const armor = new ApolloArmor({
    // Depth is the nesting of fields: a fragment spread is a way of writing fields, not a level.
    maxDepth: { n: configValue(config, 'GRAPHQL_MAX_DEPTH'), flattenFragments: true },
    maxAliases: { n: configValue(config, 'GRAPHQL_MAX_ALIASES') },
    costLimit: { maxCost: configValue(config, 'GRAPHQL_MAX_COST') },
    maxDirectives: { n: 20 },
    // Counted by graphql-js's own parser (parseOptions below): armor's token plugin re-parses the
    // document in a plugin hook, so every syntax error became an unexpected error (HTTP 500).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    plugins: [...armor.plugins, textInputPlugin(), serviceUnavailablePlugin, ...extraPlugins],
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
