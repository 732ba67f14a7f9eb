import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { entities } from '../entities';
import { migrations } from './migrations';

// PostgreSQL `date` is a calendar date: keep it as the YYYY-MM-DD string instead of letting the
// driver turn it into a JavaScript Date at local midnight (which shifts with the time zone).
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** TypeORM settings shared by the app, the CLIs and the tests. Schema changes: migrations only. */
export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
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
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
