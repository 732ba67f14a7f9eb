import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DemoSeedService } from '../seed/demo-seed.service';
import { CliModule } from './cli.module';

/** `npm run db:seed`: migrates, then replaces the demo districts with freshly generated data. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(CliModule.register({ SEED_DEMO: 'false' }), {
    logger: ['log', 'warn', 'error'],
  });
  try {
    const summary = await app.get(DemoSeedService).reseed();
    console.log(`Seeded the demo districts: ${JSON.stringify(summary)}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
