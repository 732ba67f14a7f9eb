import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';

import { QueryErrorLogger } from './database-unavailable';
import { migrations } from './migrations';

export type EntityList = NonNullable<DataSourceOptions['entities']>;

// PostgreSQL `date` is a calendar date: keep it as the YYYY-MM-DD string instead of letting the
// driver turn it into a JavaScript Date at local midnight (which shifts with the time zone).
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * TypeORM settings shared by the app, the CLIs and the tests. Schema changes: migrations only.
 * `entities` comes from the composition root (`src/entities.ts`), so this folder imports no feature;
 * the owner's short-lived connections (migrations, seeding, CLIs) run plain SQL and need none.
 */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  entities: EntityList = [],
  poolWaitMs = 10_000,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    logging: ['error', 'warn'],
    logger: new QueryErrorLogger(),
    // A request that finds every pooled connection busy waits at most poolWaitMs, then fails as
    // SERVICE_UNAVAILABLE (database-unavailable.ts): HTTP 503 with Retry-After.
    extra: { max: poolSize, connectionTimeoutMillis: poolWaitMs },
  };
}
