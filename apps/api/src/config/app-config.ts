import { ConfigService } from '@nestjs/config';
import type { Env } from './env.schema';

/** The validated configuration, typed. Inject this rather than reading process.env. */
export type AppConfig = ConfigService<Env, true>;

export function configValue<K extends keyof Env>(config: AppConfig, key: K): Env[K] {
  return config.get(key, { infer: true });
}
