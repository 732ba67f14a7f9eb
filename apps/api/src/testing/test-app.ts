import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApp } from '../bootstrap/configure-app';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule on a free port against the test database (DATABASE_URL, set by the
 * jest global setup), configured exactly as main.ts does.
 */
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
          DATABASE_POOL_SIZE: '4',
          SEED_DEMO: 'false',
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
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}
