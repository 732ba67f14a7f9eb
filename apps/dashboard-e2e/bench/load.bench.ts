/**
 * Each role's home under load: the built API as a child process (as `npm start` runs it), the demo
 * seed, then every first-screen query of the teacher's, the principal's and HR's home driven by
 * autocannon at 50 connections for 30 s each, one query at a time, with the session cookie of that
 * role. Beside them, in the same run, the floor: `{ __typename }` (the GraphQL stack with no
 * resolver work) and `GET /health`.
 *
 *   npm run bench:load                                # build, then demo on the server, then 10k
 *   npm run -s bench:load -- --only=demo --duration=10
 *   npm run -s bench:load -- --embedded               # demo on the embedded database (PGlite)
 *   npm run -s bench:load -- --roles=teacher --connections=50 --api-node-options=--cpu-prof
 *
 * Options: --duration=S (30), --connections=N (50), --only=demo|10k (server: both, embedded: demo),
 * --roles=teacher,principal,hr, --queries=Me,MyDrafts (only these operations; the floors are named floor and
 * health), --api-root=<a checkout with a built API, to measure that build instead>, --server=postgres://... (BENCH_PG_URL; the script creates and drops
 * its own pd_bench_load_* database there), --api-node-options=... (added to the API's shipped node flags, e.g.
 * --cpu-prof --cpu-prof-dir=/tmp/prof), --count-statements (instead of the load: the statements the
 * API sends to PostgreSQL per request of each query, one request at a time, counted by a proxy
 * between the two; server only), --no-stored-responses (the API keeps no whole answers, STORED_RESPONSES_MB=0:
 * every request computes its answer, as a viewer's first visit after a change does), --jobs (leave the API's
 * scheduled jobs on; by default they are off, as in bench:reports: the start-up deadline reminders run a minute
 * after start, in the middle of the measurements, scanning the district and writing its notifications).
 *
 * The queries are the dashboard's own documents (apps/dashboard/src/gql), with the variables the
 * home builds: the principal's and HR's come from `prefetchHomeQueries` (app/first-screen-queries.ts,
 * what the session answer starts before the home renders), the teacher's are the queries of
 * `TeacherHomePage` and `MyProgressOverview`. Apollo adds `__typename` to every selection; so does
 * this script. Needs `npm run build` of the API first (`npm run bench:load` does it).
 */
import { addTypenameToDocument } from '@apollo/client/utilities';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark sends the dashboard's own documents and variables
import { prefetchHomeQueries } from '../../dashboard/src/app/first-screen-queries';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark sends the dashboard's own documents and variables
import {
  EducatorCreditDocument,
  MeDocument,
  MyDraftsDocument,
  MyPdRecordsDocument,
  type MeQuery,
  type ViewerFieldsFragment,
} from '../../dashboard/src/gql/graphql';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark sends the dashboard's own documents and variables
import { currentSchoolYear } from '../../dashboard/src/utils/school-year';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the API starts with the Node flags it ships with
import { shippedNodeOptions } from '../../api/src/config/shipped-node-options';
import { scaleDemoDistrict } from './scale-district';

/** Another checkout's build can be measured in the same run (an A/B): --api-root=<its directory>. */
const workspaceRoot = path.resolve(
  process.argv.find((a) => a.startsWith('--api-root='))?.slice('--api-root='.length) ?? path.resolve(__dirname, '../../..'),
);
const apiEntry = path.join(workspaceRoot, 'dist/apps/api/apps/api/src/main.js');
const DEMO_PASSWORD = 'pdledger-demo';

function arg(name: string): string | undefined {
  const prefix = `--${name}=`;
  const found = process.argv.find((a) => a === `--${name}` || a.startsWith(prefix));
  if (found === undefined) return undefined;
  return found === `--${name}` ? 'true' : found.slice(prefix.length);
}

const DURATION = Number(arg('duration') ?? 30);
const CONNECTIONS = Number(arg('connections') ?? 50);
const EMBEDDED = arg('embedded') === 'true';
const SERVER = arg('server') ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROLES = (arg('roles') ?? 'teacher,principal,hr').split(',') as Array<'teacher' | 'principal' | 'hr'>;
const ONLY = arg('only');
/** --queries=Me,SchoolOptions,floor,health: only these operations (by name; the two floors as floor and health). */
const QUERIES = arg('queries')?.split(',');
const API_NODE_OPTIONS = arg('api-node-options');
const COUNT_STATEMENTS = arg('count-statements') === 'true';
/** --no-stored-responses: measure the answers computed, as on a first visit after a change. */
const NO_STORED_RESPONSES = arg('no-stored-responses') === 'true';
const JOBS = arg('jobs') === 'true';
/** With --count-statements: print each statement's text (for one request of each query). */
let SHOW_STATEMENTS = false;
const SHOW_STATEMENT_TEXT = arg('show-statements') === 'true';

interface Operation {
  name: string;
  body: string;
  method?: 'GET' | 'POST';
  path?: string;
}

interface Row {
  district: string;
  role: string;
  query: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU ms per request spent by the API process (embedded: includes PGlite, which runs inside it). */
  apiCpuMs: number;
  /** CPU ms per request spent by the PostgreSQL backends of the API's pool (server only). */
  dbCpuMs: number;
  /** Average size of a response, headers included. */
  bytes: number;
  load: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

interface Api {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** The built API as `npm start` runs it (production settings, demo seed), without the dashboard files. */
async function startApi(databaseUrl: string | null): Promise<Api> {
  if (!existsSync(apiEntry)) throw new Error(`${apiEntry} is missing: build the API first (npm run bench:load does).`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pdl-load-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DASHBOARD_DIR: '/nonexistent-dashboard',
    NODE_ENV: 'production',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    SECRET_KEY: randomBytes(32).toString('hex'),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    NODE_OPTIONS: '',
    // One sign-in per role from one address; the default limits are for people, not this script.
    SIGN_IN_MAX_FAILURES_PER_IP: '100000',
  };
  if (NO_STORED_RESPONSES) env.STORED_RESPONSES_MB = '0';
  env.JOBS_ENABLED = JOBS ? 'true' : 'false';
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  // The flags `npm start` and the Docker image run the API with, plus any asked for.
  const nodeArgs = [
    ...shippedNodeOptions(workspaceRoot),
    ...(API_NODE_OPTIONS ? API_NODE_OPTIONS.split(' ').filter(Boolean) : []),
  ];
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, apiEntry], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not become ready within 180 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGINT lets --cpu-prof write its profile.
        child.kill('SIGINT');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      const errors = output.join('').trim();
      if (errors) console.log(`  (API output: ${errors.slice(0, 2000)})`);
    },
  };
}

async function graphql(baseUrl: string, cookie: string | null, query: string, variables: object = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie().find((header) => header.startsWith('pdl_session='));
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: setCookie ? (setCookie.split(';')[0] as string) : cookie };
}

function operationBody(document: DocumentNode, variables: object = {}): Operation {
  const definition = document.definitions[0];
  const name = definition && 'name' in definition && definition.name ? definition.name.value : '?';
  return { name, body: JSON.stringify({ operationName: name, query: print(addTypenameToDocument(document)), variables }) };
}

/** The first-screen queries of the role's home, exactly as the dashboard sends them. */
function homeOperations(role: 'teacher' | 'principal' | 'hr', viewer: ViewerFieldsFragment): Operation[] {
  if (role === 'teacher') {
    // TeacherHomePage (pages/teacher-home-page.tsx) and MyProgressOverview.
    if (!viewer.educator) throw new Error('The demo teacher has no educator record');
    return [
      operationBody(MyPdRecordsDocument, { schoolYear: currentSchoolYear() }),
      operationBody(MyDraftsDocument),
      operationBody(EducatorCreditDocument, { id: viewer.educator.id }),
    ];
  }
  const operations: Operation[] = [];
  const client = {
    query({ query, variables }: { query: DocumentNode; variables?: object }) {
      operations.push(operationBody(query, variables ?? {}));
      return Promise.resolve({});
    },
  };
  prefetchHomeQueries(client as never, viewer, { pathname: '/', search: '' });
  return operations;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

/** CPU time (user + system, ms) a process has used, from /proc (Linux); 0 once it has exited. */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Who spends the CPU of a request: the API process, and the PostgreSQL backends serving it (server only). */
interface CpuProbe {
  apiPid: number;
  backendPids(): Promise<number[]>;
}

async function cpuSnapshot(probe: CpuProbe): Promise<{ api: number; db: Map<number, number> }> {
  const db = new Map<number, number>();
  for (const pid of await probe.backendPids()) db.set(pid, processCpuMs(pid));
  return { api: processCpuMs(probe.apiPid), db };
}

/**
 * Waits until the API and its database backends are idle (under 10% of a core for half a second,
 * at most a minute): requests a query left queued when its run ended must not be billed to the next.
 */
async function settle(probe: CpuProbe): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = await cpuSnapshot(probe);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await cpuSnapshot(probe);
    let busy = after.api - before.api;
    for (const [pid, ms] of after.db) busy += ms - (before.db.get(pid) ?? ms);
    if (busy < 50 || Date.now() > deadline) return;
  }
}

async function drive(
  baseUrl: string,
  cookie: string | null,
  operation: Operation,
  probe: CpuProbe,
): Promise<Omit<Row, 'district' | 'role'>> {
  const latencies: number[] = [];
  let bytes = 0;
  const loadBefore = load();
  const cpuBefore = await cpuSnapshot(probe);
  const instance = autocannon({
    url: `${baseUrl}${operation.path ?? '/graphql'}`,
    method: operation.method ?? 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: operation.method === 'GET' ? undefined : operation.body,
    // A GraphQL error answers 200: a body with "errors" counts as a mismatch.
    verifyBody: (body: string) => !body.includes('"errors"'),
  });
  instance.on('response', (_client: unknown, _status: number, responseBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    bytes += responseBytes;
  });
  const result = await instance;
  const cpuAfter = await cpuSnapshot(probe);
  let dbMs = 0;
  // A backend the pool opened during the run started from nothing.
  for (const [pid, ms] of cpuAfter.db) dbMs += ms - (cpuBefore.db.get(pid) ?? 0);
  latencies.sort((a, b) => a - b);
  return {
    query: operation.name,
    requests: latencies.length,
    rps: latencies.length / DURATION,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    apiCpuMs: latencies.length ? (cpuAfter.api - cpuBefore.api) / latencies.length : Number.NaN,
    dbCpuMs: latencies.length ? dbMs / latencies.length : Number.NaN,
    bytes: latencies.length ? bytes / latencies.length : Number.NaN,
    load: `${loadBefore} -> ${load()}`,
  };
}

/**
 * A TCP proxy between the API and PostgreSQL that counts the statements the API sends: simple
 * queries ('Q') and extended-protocol executions ('E'), parsed from the frontend's message stream.
 */
async function startStatementCounter(target: URL): Promise<{ port: number; count(): number; close(): void }> {
  let statements = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((clientSocket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(clientSocket);
    sockets.add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false;
    clientSocket.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          // An SSL or GSS request is answered before the real startup message.
          if (code !== 80877103 && code !== 80877104) started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0] as number);
        if (type === 'Q' || type === 'E') statements++;
        if (SHOW_STATEMENTS && (type === 'Q' || type === 'P')) {
          // Parse: statement name, then the text; Query: the text.
          const body = buffer.subarray(5, length + 1);
          const text = type === 'Q' ? body.toString('utf8') : body.subarray(body.indexOf(0) + 1).toString('utf8');
          console.log(
            `    ${type} ${text.slice(0, text.indexOf('\0') < 0 ? 300 : Math.min(300, text.indexOf('\0'))).replace(/\s+/g, ' ')}`,
          );
        }
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk: Buffer) => clientSocket.write(chunk));
    const close = () => {
      clientSocket.destroy();
      upstream.destroy();
    };
    clientSocket.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    count: () => statements,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

async function graphqlRaw(baseUrl: string, cookie: string | null, operation: Operation): Promise<void> {
  const response = await fetch(`${baseUrl}${operation.path ?? '/graphql'}`, {
    method: operation.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: operation.method === 'GET' ? undefined : operation.body,
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${operation.name}: ${response.status} ${text.slice(0, 500)}`);
}

async function runDistrict(
  label: string,
  databaseUrl: string | null,
  admin: Client | null,
  dbName: string | null,
): Promise<Row[]> {
  const counter = COUNT_STATEMENTS && databaseUrl ? await startStatementCounter(new URL(databaseUrl)) : null;
  const apiUrl =
    counter && databaseUrl ? Object.assign(new URL(databaseUrl), { port: String(counter.port) }).toString() : databaseUrl;
  const api = await startApi(apiUrl);
  const rows: Row[] = [];
  try {
    if (label === '10k') {
      if (!databaseUrl) throw new Error('The 10k district needs the server');
      const started = Date.now();
      const summary = await scaleDemoDistrict(databaseUrl, 10_000);
      console.log(
        `  grew Maplewood to ${summary.educators} educators, ${summary.schools} schools, ${summary.pdRecords} PD records in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const sessions = new Map<string, { cookie: string | null; viewer: ViewerFieldsFragment }>();
    for (const role of ROLES) {
      const email = `${role}@maplewood.example.org`;
      const signedIn = await graphql(
        api.baseUrl,
        null,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
        { e: email, p: DEMO_PASSWORD },
      );
      const me = await graphql(api.baseUrl, signedIn.cookie, print(MeDocument));
      const viewer = (me.data as MeQuery).me;
      if (!viewer) throw new Error(`${email}: no session`);
      sessions.set(role, { cookie: signedIn.cookie, viewer: viewer as ViewerFieldsFragment });
    }
    const anyCookie = sessions.values().next().value?.cookie ?? null;
    const floor: Operation = { name: '{ __typename } (floor)', body: JSON.stringify({ query: '{ __typename }' }) };
    const health: Operation = { name: 'GET /health (floor)', body: '', method: 'GET', path: '/health' };
    const plan: Array<{ role: string; cookie: string | null; operation: Operation }> = [
      { role: '-', cookie: anyCookie, operation: floor },
      { role: '-', cookie: null, operation: health },
    ];
    for (const [role, session] of sessions) {
      plan.push({ role, cookie: session.cookie, operation: operationBody(MeDocument) });
      for (const operation of homeOperations(role as 'teacher' | 'principal' | 'hr', session.viewer))
        plan.push({ role, cookie: session.cookie, operation });
    }
    if (QUERIES) {
      const wanted = (operation: Operation) =>
        QUERIES.includes(operation === floor ? 'floor' : operation === health ? 'health' : operation.name);
      plan.splice(0, plan.length, ...plan.filter((item) => wanted(item.operation)));
    }
    // Warm-up: each query a few times, so the first standing refresh of the day and JIT are not measured.
    for (const item of plan) for (let i = 0; i < 3; i++) await graphqlRaw(api.baseUrl, item.cookie, item.operation);
    if (counter) {
      // Deterministic: statements per request, one request at a time (no load).
      const requests = 20;
      for (const item of plan) {
        if (SHOW_STATEMENT_TEXT) {
          console.log(`  ${item.role} ${item.operation.name}:`);
          SHOW_STATEMENTS = true;
          await graphqlRaw(api.baseUrl, item.cookie, item.operation);
          SHOW_STATEMENTS = false;
        }
        const before = counter.count();
        const started = performance.now();
        for (let i = 0; i < requests; i++) await graphqlRaw(api.baseUrl, item.cookie, item.operation);
        const ms = (performance.now() - started) / requests;
        const statements = (counter.count() - before) / requests;
        console.log(
          `  ${label.padEnd(5)} ${item.role.padEnd(9)} ${item.operation.name.padEnd(26)} ${statements.toFixed(1)} statements/request, ${ms.toFixed(1)} ms each (alone, through the proxy)`,
        );
      }
      return rows;
    }
    const probe: CpuProbe = {
      apiPid: api.pid,
      async backendPids() {
        if (!admin || !dbName) return [];
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [dbName],
        );
        return rows.map((row) => row.pid);
      },
    };
    for (const item of plan) {
      await settle(probe);
      const measured = await drive(api.baseUrl, item.cookie, item.operation, probe);
      const row: Row = { district: label, role: item.role, ...measured };
      rows.push(row);
      printRow(row);
    }
  } finally {
    await api.stop();
    counter?.close();
  }
  return rows;
}

function printRow(row: Row): void {
  console.log(
    `  ${row.district.padEnd(5)} ${row.role.padEnd(9)} ${row.query.padEnd(26)} ${String(row.requests).padStart(7)} req ${row.rps.toFixed(0).padStart(6)}/s  p50 ${String(row.p50).padStart(5)}  p95 ${String(row.p95).padStart(5)}  p99 ${String(row.p99).padStart(5)} ms  errors ${row.errors}  CPU/request API ${row.apiCpuMs.toFixed(1)} ms, db ${row.dbCpuMs.toFixed(1)} ms  ${(row.bytes / 1024).toFixed(1)} KB  load ${row.load}`,
  );
}

function markdown(rows: Row[]): string {
  const lines = [
    '| district | role | query | requests/s | p50 ms | p95 ms | p99 ms | errors | API CPU ms/request | db CPU ms/request | KB/response | load average (1/5/15 min) before -> after |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.district} | ${row.role} | ${row.query} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.apiCpuMs.toFixed(2)} | ${EMBEDDED ? '(in API)' : row.dbCpuMs.toFixed(2)} | ${(row.bytes / 1024).toFixed(1)} | ${row.load} |`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  console.log(
    `bench:load: ${EMBEDDED ? 'embedded PGlite' : 'PostgreSQL server'}${NO_STORED_RESPONSES ? ', no stored responses' : ''}${JOBS ? ', scheduled jobs on' : ''}, ${CONNECTIONS} connections x ${DURATION} s per query; Node ${process.version}, ${cpus().length} CPUs, load average ${load()}`,
  );
  const districts = EMBEDDED ? ['demo'] : ONLY ? [ONLY] : ['demo', '10k'];
  const all: Row[] = [];
  for (const label of districts) {
    if (EMBEDDED) {
      all.push(...(await runDistrict(label, null, null, null)));
      continue;
    }
    const dbName = `pd_bench_load_${label}_${Date.now()}`;
    const admin = new Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    try {
      all.push(
        ...(await runDistrict(label, Object.assign(new URL(SERVER), { pathname: `/${dbName}` }).toString(), admin, dbName)),
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
  console.log(`\n${markdown(all)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
