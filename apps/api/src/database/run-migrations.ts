import { DataSource } from 'typeorm';

// Any fixed 64-bit number; every PD Ledger process uses the same one.
const MIGRATION_LOCK_KEY = 728_314_001;

/** Runs `work` holding the migration advisory lock, so API replicas starting together take turns. */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await work();
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}

/**
 * Runs pending migrations in one transaction. A PostgreSQL advisory lock makes API replicas that
 * start together take turns instead of racing to create the same tables.
 * @returns the names of the migrations that ran
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  return withMigrationLock(dataSource, async () => {
    const executed = await dataSource.runMigrations({ transaction: 'all' });
    return executed.map((migration) => migration.name);
  });
}
