import { QueryFailedError } from 'typeorm';
import { ServiceUnavailableError } from '../common/errors';
import { asServiceUnavailable, databaseUnavailableKind, RateLimitedFailureLog } from './database-unavailable';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('databaseUnavailableKind', () => {
  it.each([
    [withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'unreachable'],
    [new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), 'unreachable'],
    [new Error('timeout exceeded when trying to connect'), 'pool exhausted'],
    [new Error('Connection terminated unexpectedly'), 'connection lost'],
    [
      new QueryFailedError('SELECT 1', [], withCode('terminating connection due to administrator command', '57P01')),
      'shutting down',
    ],
    [new QueryFailedError('SELECT 1', [], withCode('the database system is starting up', '57P03')), 'shutting down'],
    [withCode('connection failure', '08006'), 'connection lost'],
  ])('%s is %s', (error, kind) => {
    expect(databaseUnavailableKind(error)).toBe(kind);
  });

  it('leaves every other failure alone (a bug stays an internal error)', () => {
    expect(
      databaseUnavailableKind(new QueryFailedError('SELECT x', [], withCode('column "x" does not exist', '42703'))),
    ).toBeNull();
    expect(databaseUnavailableKind(withCode('duplicate key', '23505'))).toBeNull();
    expect(databaseUnavailableKind(new TypeError('x is undefined'))).toBeNull();
    const bug = new Error('boom');
    expect(asServiceUnavailable(bug)).toBe(bug);
  });

  it('turns an outage into SERVICE_UNAVAILABLE without the driver text', () => {
    const error = asServiceUnavailable(withCode('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED'));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).code).toBe('SERVICE_UNAVAILABLE');
    expect((error as ServiceUnavailableError).message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
    expect((error as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('RateLimitedFailureLog', () => {
  it('writes one line per kind per interval and counts the rest', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new RateLimitedFailureLog(
      (line) => lines.push(line),
      10_000,
      () => now,
    );
    for (let i = 0; i < 1000; i++) {
      log.note('unreachable', 'connect ECONNREFUSED');
      log.note('pool exhausted', 'timeout');
      now += 5;
    }
    expect(lines).toHaveLength(2);
    now += 10_000;
    log.note('unreachable', 'connect ECONNREFUSED');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/unreachable.*999 more like it/);
  });
});
