import { isIPv4, isIPv6 } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { TooManyRequestsError } from '../common/errors';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

/**
 * The address sign-in limits count by: an IPv4 address (also when written IPv4-mapped,
 * ::ffff:192.0.2.1), or the /64 prefix of an IPv6 address, since one IPv6 subscriber usually
 * holds a whole /64 (RFC 6177) and could otherwise change address for every attempt.
 */
export function clientAddressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Limits failed sign-ins without letting anyone lock someone else out:
 *
 * - per email and address: after SIGN_IN_FAILURES_BEFORE_DELAY failures for one email from one
 *   address within the window, each further attempt from that address must wait, SIGN_IN_DELAY_SECONDS
 *   after the first and twice as long after each further failure, up to the window (Retry-After);
 *   a successful sign-in from that address starts the count again. The same email from another
 *   address is not slowed down, so the real person still gets in;
 * - per address: SIGN_IN_MAX_FAILURES_PER_IP failures across all emails within the window stop that
 *   address until the oldest of them leaves the window.
 *
 * Counts live in PostgreSQL so every API replica enforces the same limits.
 */
@Injectable()
export class SignInRateLimiter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const config = this.config;
    const windowSeconds = configValue(config, 'SIGN_IN_WINDOW_MINUTES') * 60;
    const address = clientAddressKey(ip);
    const [row] = (await this.dataSource.query(
      `WITH window_start AS (SELECT now() - make_interval(secs => $3) AS at),
       pair AS (
         SELECT a.attempted_at FROM sign_in_attempt a, window_start w
          WHERE a.email = $1 AND a.ip = $2 AND NOT a.succeeded AND a.attempted_at > w.at
            AND a.attempted_at > COALESCE((SELECT max(s.attempted_at) FROM sign_in_attempt s
                                            WHERE s.email = $1 AND s.ip = $2 AND s.succeeded), '-infinity')),
       address AS (
         SELECT a.attempted_at FROM sign_in_attempt a, window_start w
          WHERE a.ip = $2 AND NOT a.succeeded AND a.attempted_at > w.at)
       SELECT (SELECT count(*)::int FROM pair) AS pair_failures,
              (SELECT extract(epoch FROM now() - max(attempted_at))::float8 FROM pair) AS since_last_pair_failure,
              (SELECT count(*)::int FROM address) AS address_failures,
              (SELECT extract(epoch FROM min(attempted_at) + make_interval(secs => $3) - now())::float8 FROM address)
                AS address_frees_in`,
      [email, address, windowSeconds],
    )) as Array<{
      pair_failures: number;
      since_last_pair_failure: number | null;
      address_failures: number;
      address_frees_in: number | null;
    }>;
    if (row.address_failures >= configValue(config, 'SIGN_IN_MAX_FAILURES_PER_IP')) {
      throw tooManyAttempts(Math.max(1, Math.ceil(row.address_frees_in ?? windowSeconds)));
    }
    const freeFailures = configValue(config, 'SIGN_IN_FAILURES_BEFORE_DELAY');
    if (row.pair_failures >= freeFailures && row.since_last_pair_failure !== null) {
      const delay = Math.min(
        windowSeconds,
        configValue(config, 'SIGN_IN_DELAY_SECONDS') * 2 ** (row.pair_failures - freeFailures),
      );
      const wait = delay - row.since_last_pair_failure;
      if (wait > 0) throw tooManyAttempts(Math.ceil(wait));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.manager.insert(SignInAttemptEntity, { email, ip: clientAddressKey(ip), succeeded: false });
    // Old attempts are useless once outside any window; trimming here keeps the table small
    // without a separate job.
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE attempted_at < now() - interval '2 days'`);
  }

  async recordSuccess(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.insert(SignInAttemptEntity, { email, ip: clientAddressKey(ip), succeeded: true });
  }
}

function tooManyAttempts(retryAfterSeconds: number): TooManyRequestsError {
  const wait = retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new TooManyRequestsError(`Too many sign-in attempts from this address. Try again in ${wait}.`, retryAfterSeconds);
}
