import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { processIsAlive } from '../common/process-alive';
import { API_ROLE } from './database-roles';
import { gateEmbeddedConnections } from './embedded-postgres-gate';

// The contrib subpath is only reachable through the package's "exports" map, which this
// project's TypeScript module resolution does not read; require() at run time does.
const { pg_trgm: pgTrgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: unknown };

export interface EmbeddedPostgres {
  /** The owner's postgres:// URL (migrations, seeding), with this start's secret. */
  url: string;
  /** The API role's password for this start (the API connects as `pdledger_api` with it). */
  apiPassword: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) on a data directory, or in memory when none
 * is given, and serves it over the PostgreSQL wire protocol on 127.0.0.1 at a free port, so the
 * application talks to it through the ordinary pg driver exactly as it would to a server.
 *
 * maxConnections must cover the whole connection pool: with the default of 1 a second pooled
 * connection is dropped ("Connection terminated unexpectedly"). The server's queue is fixed to
 * keep each connection's protocol exchanges whole (see pglite-protocol-queue.ts), and every
 * connection must authenticate as the owner or the API role with a secret made here
 * (embedded-postgres-gate.ts); the secrets live only in this process's memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; maxConnections: number }): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => undefined;
  try {
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm: pgTrgm as never } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
    const ownerPassword = randomBytes(32).toString('hex');
    const apiPassword = randomBytes(32).toString('hex');
    gateEmbeddedConnections(server, [
      { user: 'postgres', password: ownerPassword, role: null },
      { user: API_ROLE, password: apiPassword, role: API_ROLE },
    ]);
    await server.start();
    return {
      url: `postgres://postgres:${ownerPassword}@${server.getServerConn()}/postgres`,
      apiPassword,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * PGlite has no locking of its own: two processes on one data directory corrupt it. A pid file
 * makes a second process (say, `npm run db:seed` while the server runs) stop with a clear message.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, '..', `.${dataDir.split(/[\\/]/).pop()}.pd-ledger.lock`);
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && processIsAlive(pid)) {
      throw new Error(`The embedded database in ${dataDir} is in use by process ${pid}; stop it first.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}
