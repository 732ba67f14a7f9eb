import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';

/** `npm run db:migrate`: runs pending migrations (they run on module init) and exits. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(CliModule.register({ SEED_DEMO: 'false' }), {
    logger: ['log', 'warn', 'error'],
  });
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
