import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap/configure-app';
import { AppConfig, configValue } from './config/app-config';

async function bootstrap(): Promise<void> {
  const startedAt = Date.now();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { bufferLogs: true });
  configureApp(app);
  const config = app.get(ConfigService) as AppConfig;
  const port = configValue(config, 'PORT');
  const host = configValue(config, 'HOST');
  await app.listen(port, host);
  app
    .get(Logger)
    .log(
      `PD Ledger listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (ready in ${Date.now() - startedAt} ms)`,
      'Bootstrap',
    );
}

bootstrap().catch((error: unknown) => {
  // Start-up failed (bad configuration, database unreachable): say why and exit non-zero.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
