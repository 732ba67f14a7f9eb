import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ServiceUnavailableError } from '../common/errors';

/**
 * Telling "the database is not there right now" apart from a bug. While PostgreSQL is stopped,
 * restarting or every pooled connection stays busy, each query fails the same way; those failures
 * become `ServiceUnavailableError` (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After) at the query
 * runner, so every resolver, guard and REST route answers "try again" instead of an internal error,
 * and the log gets one line per kind of failure per interval instead of a stack per query.
 */
export type UnavailableKind = 'unreachable' | 'connection lost' | 'shutting down' | 'pool exhausted';

// Socket errors from connecting or talking to the server.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE (PostgreSQL appendix A): class 08 connection exceptions; 57P01 admin_shutdown,
// 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down); 53300
// too_many_connections.
const SHUTTING_DOWN = new Set(['57P01', '57P02', '57P03']);

/** The kind of unavailability `error` shows, or null when it is any other failure. */
export function databaseUnavailableKind(error: unknown, depth = 0): UnavailableKind | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  if (error instanceof ServiceUnavailableError) return 'unreachable';
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return 'unreachable';
    if (SHUTTING_DOWN.has(code)) return 'shutting down';
    if (code.startsWith('08') && code.length === 5) return 'connection lost';
    if (code === '53300') return 'pool exhausted';
  }
  if (typeof message === 'string') {
    // pg-pool's message when no connection was free within connectionTimeoutMillis.
    if (message.includes('timeout exceeded when trying to connect')) return 'pool exhausted';
    if (/Connection terminated|Client has encountered a connection error|Client was closed and is not queryable/.test(message))
      return 'connection lost';
  }
  for (const inner of [driverError, cause, ...(Array.isArray(errors) ? errors : [])]) {
    const kind = databaseUnavailableKind(inner, depth + 1);
    if (kind) return kind;
  }
  return null;
}

/**
 * One log line per kind of failure per interval: the first failure of a kind is logged at once,
 * later ones in the same interval are counted and reported with the next line.
 */
export class RateLimitedFailureLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  note(kind: string, detail: string): void {
    const time = this.now();
    const entry = this.last.get(kind);
    if (entry && time - entry.at < this.intervalMs) {
      entry.suppressed += 1;
      return;
    }
    const more = entry?.suppressed ? ` (${entry.suppressed} more like it since the last line)` : '';
    this.last.set(kind, { at: time, suppressed: 0 });
    this.write(`Database unavailable (${kind}): ${detail}${more}`);
  }
}

const logger = new Logger('Database');
export const databaseFailureLog = new RateLimitedFailureLog((line) => logger.warn(line));

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return `${message || 'no message'}${typeof code === 'string' && code ? ` [${code}]` : ''}`.slice(0, 300);
}

/** `error` as the client should see it: a ServiceUnavailableError when the database is away. */
export function asServiceUnavailable(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError) return error;
  const kind = databaseUnavailableKind(error);
  if (!kind) return error;
  databaseFailureLog.note(kind, errorText((error as { driverError?: unknown }).driverError ?? error));
  const unavailable = new ServiceUnavailableError();
  unavailable.cause = error;
  return unavailable;
}

const INSTALLED = Symbol.for('pdledger.unavailableErrors');

/**
 * Makes every TypeORM PostgreSQL query runner turn "database unavailable" failures of `connect`
 * and `query` into `ServiceUnavailableError` (transactions start, commit and roll back through
 * `query`). Other errors pass through untouched. Idempotent.
 */
export function installDatabaseUnavailableErrors(): void {
  const proto = PostgresQueryRunner.prototype as unknown as Record<PropertyKey, unknown> & {
    connect: (...args: unknown[]) => Promise<unknown>;
    query: (...args: unknown[]) => Promise<unknown>;
  };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  for (const name of ['connect', 'query'] as const) {
    const original = proto[name];
    proto[name] = function unavailableAware(this: unknown, ...args: unknown[]): Promise<unknown> {
      return original.apply(this, args).catch((error: unknown) => {
        throw asServiceUnavailable(error);
      });
    };
  }
}

/**
 * TypeORM's query log: failed queries on one line each, except "database unavailable" failures,
 * which go to the rate-limited log (the error answer says the rest).
 */
export class QueryErrorLogger implements TypeOrmLogger {
  private readonly nest = new Logger('TypeORM');

  logQueryError(error: string | Error, query: string): void {
    if (databaseUnavailableKind(error)) return; // noted by asServiceUnavailable
    this.nest.error(`Query failed: ${errorText(error)} (query: ${query.replace(/\s+/g, ' ').slice(0, 300)})`);
  }
  // Successful queries, slow queries, schema builds and migrations are not logged here (as with
  // TypeORM's `logging: ['error']`; migrations log through run-migrations.ts).
  logQuery(): void {
    return undefined;
  }
  logQuerySlow(): void {
    return undefined;
  }
  logSchemaBuild(): void {
    return undefined;
  }
  logMigration(): void {
    return undefined;
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // pg-pool's idle connections each raise one when the server goes away; other notices stay
    // unlogged, as with TypeORM's `logging: ['error']`.
    if (level === 'warn' && String(message).startsWith('Postgres pool raised an error'))
      databaseFailureLog.note('connection lost', String(message).slice(0, 300));
  }
}
