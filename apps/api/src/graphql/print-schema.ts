import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { graphqlResolvers } from './resolvers';

export const SCHEMA_HEADER =
  '# PD Ledger GraphQL schema, generated from the code-first resolvers by `npm run schema:print`.\n' +
  '# Do not edit by hand; CI fails when this file is stale.\n\n';

/** Prints the schema from the resolver classes alone: no database, no server. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(graphqlResolvers);
    return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
