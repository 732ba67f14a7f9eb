import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { API_ROLE, apiRoleUrl } from './database-roles';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { runPendingMigrations, withMigrationLock } from './run-migrations';

/**
 * Where the database is and who connects: DATABASE_URL (the owner, which runs migrations and
 * seeds) when set, otherwise an embedded PGlite started here on DATA_DIR. The API itself connects
 * as the API role (`apiUrl`). Stops the embedded database on shutdown, after the pool has closed.
 */
@Injectable()
export class DatabaseEndpoint implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseEndpoint.name);
  private embedded?: EmbeddedPostgres;
  /** The owner's connection URL. */
  url = '';
  /** The API role's connection URL. */
  apiUrl = '';
  private apiPassword: string | undefined;

  constructor(
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  async start(): Promise<void> {
    const config = this.config;
    const databaseUrl = configValue(config, 'DATABASE_URL');
    if (databaseUrl) {
      this.url = databaseUrl;
      this.apiPassword = configValue(config, 'DATABASE_API_PASSWORD');
      this.apiUrl = apiRoleUrl(databaseUrl, this.apiPassword);
      this.logger.log('Using the PostgreSQL server from DATABASE_URL');
      return;
    }
    const dataDir = configValue(config, 'DATA_DIR');
    const startedAt = Date.now();
    this.embedded = await startEmbeddedPostgres({ dataDir, maxConnections: configValue(config, 'DATABASE_POOL_SIZE') + 5 });
    this.url = this.embedded.url;
    this.apiUrl = apiRoleUrl(this.url, this.embedded.apiPassword);
    this.logger.log(`Embedded PostgreSQL (PGlite) on ${dataDir} ready in ${Date.now() - startedAt} ms`);
  }

  /**
   * Runs `work` on a short-lived connection as the owner (migrations, the demo seed, CLIs). The API
   * serves requests as the API role only.
   */
  async asOwner<T>(work: (owner: DataSource) => Promise<T>): Promise<T> {
    const owner = new DataSource(dataSourceOptions(this.url, 2));
    await owner.initialize();
    try {
      return await work(owner);
    } finally {
      await owner.destroy();
    }
  }

  /**
   * Brings the schema up to date as the owner and, when DATABASE_API_PASSWORD is set and the owner
   * may manage roles, gives the API role that password (so docker-compose needs no manual step).
   */
  async prepare(): Promise<string[]> {
    return this.asOwner(async (owner) => {
      const executed = await runPendingMigrations(owner);
      if (this.apiPassword && !this.embedded) await setApiRolePassword(owner, this.apiPassword, this.logger);
      return executed;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    // TypeORM closes its pool in its own shutdown hook, in no guaranteed order relative to this
    // one; close it first so no connection is cut mid-query.
    const dataSource = this.moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
    this.embedded = undefined;
    this.logger.log('Embedded PostgreSQL stopped');
  }
}

async function setApiRolePassword(owner: DataSource, password: string, logger: Logger): Promise<void> {
  const [me] = (await owner.query(
    `SELECT rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user`,
  )) as Array<{ can: boolean }>;
  if (!me?.can) {
    logger.log(
      `DATABASE_API_PASSWORD is set but the owner may not manage roles; ${API_ROLE}'s password is left as the DBA set it`,
    );
    return;
  }
  // ALTER ROLE takes no parameters; the password is a quoted literal.
  const literal = `'${password.replace(/'/g, "''")}'`;
  try {
    await withMigrationLock(owner, () => owner.query(`ALTER ROLE ${API_ROLE} WITH LOGIN PASSWORD ${literal}`));
  } catch (error) {
    // PostgreSQL 16+: CREATEROLE covers only roles this owner created; a DBA-made role keeps its password.
    logger.warn(`Could not set ${API_ROLE}'s password (${(error as Error).message}); it is left as the DBA set it`);
  }
}
