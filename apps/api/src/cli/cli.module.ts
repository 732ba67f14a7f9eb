import { DynamicModule, Module } from '@nestjs/common';
import { configModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { entities } from '../entities';
import { SeedModule } from '../seed/seed.module';

/** Configuration, database (migrations run on init) and the seed: what the CLIs need. */
@Module({})
export class CliModule {
  static register(overrides: Record<string, string> = {}): DynamicModule {
    return { module: CliModule, imports: [configModule({ overrides }), DatabaseModule.forRoot(entities), SeedModule] };
  }
}
