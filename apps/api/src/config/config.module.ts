import { DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnv } from './env.schema';

export interface ConfigOptions {
  /** Values that win over the environment (tests, CLIs). */
  overrides?: Record<string, string>;
  /** Skip the .env file (tests must not depend on a developer's local settings). */
  ignoreEnvFile?: boolean;
}

/** The one place the environment is read and validated. */
export function configModule(options: ConfigOptions = {}): Promise<DynamicModule> {
  return ConfigModule.forRoot({
    isGlobal: true,
    cache: true,
    ignoreEnvFile: options.ignoreEnvFile ?? false,
    envFilePath: '.env',
    validate: (raw) => validateEnv({ ...raw, ...options.overrides }),
  });
}
