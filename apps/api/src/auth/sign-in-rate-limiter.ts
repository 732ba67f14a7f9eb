import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { tooManyRequests } from '../common/errors';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

/**
 * Limits failed sign-in attempts per email and per client address within a sliding window.
 * Counts live in PostgreSQL so every API replica enforces the same limit.
 */
@Injectable()
export class SignInRateLimiter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const config = this.config;
    const windowMinutes = configValue(config, 'SIGN_IN_WINDOW_MINUTES');
    // Failures before the last successful sign-in of that email no longer count against it.
    const [row] = (await this.dataSource.query(
      `WITH window_start AS (SELECT now() - make_interval(mins => $3) AS at)
       SELECT
         (SELECT count(*)::int FROM sign_in_attempt a, window_start w
           WHERE a.email = $1 AND NOT a.succeeded AND a.attempted_at > w.at
             AND a.attempted_at > COALESCE((SELECT max(s.attempted_at) FROM sign_in_attempt s, window_start w2
                                             WHERE s.email = $1 AND s.succeeded AND s.attempted_at > w2.at), '-infinity')
         ) AS email_failures,
         (SELECT count(*)::int FROM sign_in_attempt a, window_start w
           WHERE a.ip = $2 AND NOT a.succeeded AND a.attempted_at > w.at) AS ip_failures`,
      [email, ip, windowMinutes],
    )) as Array<{ email_failures: number; ip_failures: number }>;
    if (
      row.email_failures >= configValue(config, 'SIGN_IN_MAX_FAILURES_PER_EMAIL') ||
      row.ip_failures >= configValue(config, 'SIGN_IN_MAX_FAILURES_PER_IP')
    ) {
      throw tooManyRequests(`Too many sign-in attempts. Try again in ${windowMinutes} minutes.`);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.manager.insert(SignInAttemptEntity, { email, ip, succeeded: false });
    // Old attempts are useless once outside any window; trimming here keeps the table small
    // without a separate job.
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE attempted_at < now() - interval '2 days'`);
  }

  async recordSuccess(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.insert(SignInAttemptEntity, { email, ip, succeeded: true });
  }
}
