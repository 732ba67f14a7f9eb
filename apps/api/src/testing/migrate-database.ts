import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { entities } from '../entities';
import { runPendingMigrations } from '../database/run-migrations';

/** Creates the schema through the real migrations (used by the jest global setup). */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2, entities));
  await dataSource.initialize();
  try {
    await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
