import { AsyncLocalStorage } from 'node:async_hooks';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DISTRICT_SETTING } from './database-roles';

/**
 * Which district the database may show to the work in progress. Row-level security reads the
 * session setting `pdledger.district_id`; this module sets it on every connection TypeORM checks
 * out, from the scope of the async context that asked for the connection.
 *
 * - Each HTTP request runs in its own scope (`databaseScopeMiddleware`); the session lookup fills in
 *   the viewer's district (`setScopeDistrict`). Work outside any request (start-up, CLIs) runs with
 *   no district unless it enters one with `runInDistrict`.
 * - No district means the setting is empty, and every district-scoped table answers no rows and
 *   refuses writes: it fails closed.
 * - The setting is applied in the caller's context, after the pool hands over the connection, not
 *   in a pool event (which may run in another request's context when the pool is exhausted).
 */
export interface DatabaseScope {
  districtId: string | null;
  /** Set by `runDistrictAgnostic`: connections are used with whatever district they hold. */
  agnostic?: boolean;
  /**
   * Until when the answer the request is computing holds (epoch ms; null: until the data changes),
   * shared by the scopes nested in the request (`figures-snapshot/answer-validity.ts`).
   */
  validity?: { until: number | null };
}

const storage = new AsyncLocalStorage<DatabaseScope>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` in a new scope with no district yet (one per HTTP request). */
export function runInNewScope<T>(fn: () => T): T {
  return storage.run({ districtId: null, validity: { until: null } }, fn);
}

/** Runs `fn` (and everything it starts) with the database scoped to one district. */
export function runInDistrict<T>(districtId: string, fn: () => T): T {
  return storage.run({ districtId: checkedDistrictId(districtId), validity: storage.getStore()?.validity }, fn);
}

/**
 * Runs `fn` with connections checked out as they are, without applying this scope's district:
 * only for statements whose answer does not depend on the district setting, i.e. the
 * `SECURITY DEFINER` look-ups that name a district (`pdledger_session_district`, ...), which
 * read as their owner. It saves the round trip that would reset a pooled connection to "no
 * district" just before the request is scoped to the district it served last. Nested scopes
 * started inside `fn` (`runInDistrict`) apply their district as usual.
 */
export function runDistrictAgnostic<T>(fn: () => T): T {
  return storage.run({ districtId: null, agnostic: true, validity: storage.getStore()?.validity }, fn);
}

/**
 * Scopes the current request to a district, for every connection checked out from now on. Throws
 * outside a scope: a caller that lost its request's context must not silently see nothing.
 */
export function setScopeDistrict(districtId: string | null): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('No database scope: this code runs outside a request scope');
  scope.districtId = districtId === null ? null : checkedDistrictId(districtId);
}

/** The current request's answer validity (see `DatabaseScope.validity`), if in a request. */
export function currentAnswerValidity(): { until: number | null } | undefined {
  return storage.getStore()?.validity;
}

/** The district the current async context is scoped to, if any. */
export function currentScopeDistrict(): string | null {
  return storage.getStore()?.districtId ?? null;
}

function checkedDistrictId(districtId: string): string {
  if (!UUID.test(districtId)) throw new Error(`Not a district id: ${districtId}`);
  return districtId.toLowerCase();
}

/** Express middleware: one scope per request. */
export function databaseScopeMiddleware(_request: unknown, _response: unknown, next: () => void): void {
  runInNewScope(next);
}

const APPLIED = Symbol('pdledger.appliedDistrict');
const SCOPED_CONNECTION = Symbol('pdledger.scopedConnection');

interface ScopedClient {
  [APPLIED]?: string;
  query(sql: string, values: unknown[]): Promise<unknown>;
}

type PatchedRunner = PostgresQueryRunner & { [SCOPED_CONNECTION]?: Promise<unknown> };

let installed = false;

/**
 * Makes every TypeORM PostgreSQL query runner apply the caller's district setting to its
 * connection before the first query. The value is read synchronously when `connect()` is called
 * (the caller's async context) and written only when the connection holds a different one, so a
 * connection that served the same district last costs nothing. Idempotent.
 */
export function installDatabaseScope(): void {
  if (installed) return;
  installed = true;
  const proto = PostgresQueryRunner.prototype as PatchedRunner;
  const connect = proto.connect;
  const release = proto.release;
  proto.connect = function scopedConnect(this: PatchedRunner): Promise<unknown> {
    const pending = this[SCOPED_CONNECTION];
    if (pending) return pending;
    if (storage.getStore()?.agnostic) return connect.call(this) as Promise<unknown>;
    const wanted = currentScopeDistrict() ?? '';
    const scoped = (connect.call(this) as Promise<ScopedClient>).then(async (client) => {
      if (client[APPLIED] !== wanted) {
        // Forget the old value first: if this fails, the next checkout sets it again.
        client[APPLIED] = undefined;
        await client.query('SELECT set_config($1, $2, false)', [DISTRICT_SETTING, wanted]);
        client[APPLIED] = wanted;
      }
      return client;
    });
    // A failed set_config must not leave a connection behind that skips it next time.
    this[SCOPED_CONNECTION] = scoped.catch(async (error: unknown) => {
      this[SCOPED_CONNECTION] = undefined;
      throw error;
    });
    return this[SCOPED_CONNECTION] as Promise<unknown>;
  };
  proto.release = function scopedRelease(this: PatchedRunner, ...args: unknown[]) {
    this[SCOPED_CONNECTION] = undefined;
    return (release as (...a: unknown[]) => Promise<void>).apply(this, args);
  };
}
