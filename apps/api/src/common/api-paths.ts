/** Where the API answers GraphQL (Apollo Server's path, and what goes in front of it). */
export const GRAPHQL_PATH = '/graphql';

/** Paths the API owns; everything else may fall back to the dashboard's index.html. */
export const API_PATHS: readonly string[] = [GRAPHQL_PATH, '/health', '/api'];
