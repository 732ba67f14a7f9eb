import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/**
 * Where the database is: DATABASE_URL when set, otherwise an embedded PGlite started here on
 * DATA_DIR. Stops the embedded database on shutdown, after the connection pool has closed.
 */
@Injectable()
export class DatabaseEndpoint implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseEndpoint.name);
  private embedded?: EmbeddedPostgres;
  url = '';

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
      this.logger.log('Using the PostgreSQL server from DATABASE_URL');
      return;
    }
    const dataDir = configValue(config, 'DATA_DIR');
    const startedAt = Date.now();
    this.embedded = await startEmbeddedPostgres({ dataDir, maxConnections: configValue(config, 'DATABASE_POOL_SIZE') + 5 });
    this.url = this.embedded.url;
    this.logger.log(`Embedded PostgreSQL (PGlite) on ${dataDir} ready in ${Date.now() - startedAt} ms`);
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
