import { randomBytes } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApp } from '../bootstrap/configure-app';
import { dataSourceOptions } from '../database/data-source-options';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  /**
   * A connection as the database owner, outside row-level security: for making fixtures and
   * checking what was stored. The app itself runs as the API role (`apiDataSource`).
   */
  dataSource: DataSource;
  /** The app's own connection pool, as the API role. */
  apiDataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule on a free port against the test database (DATABASE_URL, set by the
 * jest global setup), configured exactly as main.ts does.
 */
/** One random master key per test process (see secrets/secret-keyring.ts). */
export const TEST_SECRET_KEY = randomBytes(32).toString('hex');

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is not set; the jest global setup should have set it');
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.register({
        ignoreEnvFile: true,
        overrides: {
          NODE_ENV: 'test',
          DATABASE_URL: databaseUrl,
          DATABASE_API_PASSWORD: process.env['DATABASE_API_PASSWORD'] ?? '',
          DATABASE_POOL_SIZE: '4',
          SEED_DEMO: 'false',
          SECRET_KEY: TEST_SECRET_KEY,
          LOG_LEVEL: 'silent',
          DASHBOARD_DIR: '/nonexistent-dashboard',
          // A generous per-address limit: every test signs in from 127.0.0.1.
          SIGN_IN_MAX_FAILURES_PER_IP: '100000',
          ...env,
        },
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const owner = new DataSource(dataSourceOptions(databaseUrl, 2));
  await owner.initialize();
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource: owner,
    apiDataSource: app.get<DataSource>(getDataSourceToken()),
    close: async () => {
      await owner.destroy();
      await app.close();
    },
  };
}
