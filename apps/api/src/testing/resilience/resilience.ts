/**
 * `npm run test:resilience`: the built API under load and faults, on a PostgreSQL cluster of the
 * suite's own (never the machine's shared server), with bounded loops throughout.
 *
 * 1. Load: each role's home queries (the operations each home sends first, from the dashboard's
 *    .graphql files) at 50 connections for 30 s with autocannon: 0 errors; p95 next to a /health
 *    floor at the same concurrency.
 * 2. Stored standings: many HR homes at once on two API processes compute each stale standing once.
 * 3. Database loss during load: clear SERVICE_UNAVAILABLE answers (503, Retry-After) and /health 503
 *    within 5 s, never an internal error or a stack; a few log lines, not one per request; serving
 *    again within 10 s of the database returning, without a restart; row counts unchanged.
 * 4. Two API processes: one killed during load, sessions continue on the other with 0 errors.
 * 5. Database loss during an import apply: nothing written, and the run recorded as FAILED with a
 *    message once the database is back.
 *
 * Options: --duration=<s> (load phases, default 30), --connections=<n> (default 50).
 */
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { schoolYearOf, todayIsoDate } from '../../common/school-year';
import { dashboardOperation as operation } from '../dashboard-operations';
import { PrivatePostgres } from './private-postgres';

const root = resolve(__dirname, '../../../../..');
const apiEntry = join(root, 'dist/apps/api/apps/api/src/main.js');
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const DURATION = Number(args.get('duration') ?? 30);
const CONNECTIONS = Number(args.get('connections') ?? 50);
const PASSWORD = 'pdledger-demo';
const failures: string[] = [];

function check(condition: boolean, message: string): void {
  console.log(`  ${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls `probe` every `everyMs` until it is true or `timeoutMs` passed; returns the time it took, or null. */
async function until(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await sleep(everyMs);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The API as a child process

interface Api {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  /** Log lines with the time they arrived. */
  lines: Array<{ at: number; text: string }>;
}

const SECRET_KEY = randomBytes(32).toString('hex');

async function startApi(name: string, databaseUrl: string, nodeEnv: 'development' | 'production'): Promise<Api> {
  const port = await freePort();
  const lines: Api['lines'] = [];
  const child = spawn(process.execPath, [apiEntry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: nodeEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATABASE_API_PASSWORD: '',
      SEED_DEMO: 'true',
      SECRET_KEY,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DASHBOARD_DIR: join(root, 'dist/apps/dashboard-not-served'),
      DATA_DIR: join(root, 'tmp/resilience-data'),
      LOG_LEVEL: 'warn',
      // Enough sign-ins for the suite's sessions from one address.
      SIGN_IN_MAX_FAILURES_PER_IP: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => {
      for (const text of chunk.toString().split('\n')) if (text.trim()) lines.push({ at: Date.now(), text });
    });
  const baseUrl = `http://127.0.0.1:${port}`;
  const took = await until(async () => (await fetch(`${baseUrl}/health`)).ok, 240_000, 250);
  if (took === null) {
    child.kill('SIGKILL');
    throw new Error(`API ${name} did not become healthy:\n${lines.map((l) => l.text).join('\n')}`);
  }
  console.log(`API ${name} (${nodeEnv}) healthy on ${baseUrl} after ${(took / 1000).toFixed(1)} s`);
  return { name, baseUrl, child, lines };
}

async function graphql(
  api: Api,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body = {};
  try {
    body = JSON.parse(text) as object;
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text, body };
}

async function signIn(api: Api, email: string): Promise<string> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { accountId } }`,
      variables: { email, password: PASSWORD },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('pdl_session='));
  if (!cookie) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

// ---------------------------------------------------------------------------------------------
// The homes' first queries, as the dashboard writes them

interface HomeRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Each role's home: the session check, then what the home asks first (app/first-screen-queries.ts, pages/teacher-home-page.tsx). */
async function homeRequests(api: Api, cookies: Record<Role, string>): Promise<Record<Role, HomeRequest[]>> {
  const schoolYear = schoolYearOf(todayIsoDate());
  const me = await graphql(api, cookies.principal, operation('Me'));
  const schoolId = (me.body.data as { me: { schools: Array<{ id: string }> } }).me.schools[0]?.id;
  const req = (name: string, variables: Record<string, unknown> = {}): HomeRequest => ({
    name,
    query: operation(name),
    variables,
  });
  return {
    teacher: [req('Me'), req('MyPdRecords', { schoolYear }), req('MyDrafts')],
    principal: [
      req('Me'),
      req('SchoolOptions'),
      req('Goals', { schoolId, includeArchived: false }),
      req('SchoolDashboard', { schoolId, schoolYear, attentionReason: null, attentionOffset: 0 }),
      req('Staff', {
        schoolId,
        search: null,
        sortBy: 'NAME',
        sortDirection: 'ASC',
        offset: 0,
        limit: 25,
        schoolYear,
        renewalStatus: null,
      }),
    ],
    hr: [req('Me'), req('DistrictDashboard', { schoolYear, expiringLimit: 25 }), req('DistrictSchools', { schoolYear })],
  };
}

type Role = 'teacher' | 'principal' | 'hr';
const EMAILS: Record<Role, string> = {
  teacher: 'teacher@maplewood.example.org',
  principal: 'principal@maplewood.example.org',
  hr: 'hr@maplewood.example.org',
};

// ---------------------------------------------------------------------------------------------
// Load with autocannon

interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

async function load(
  baseUrl: string,
  requests: Array<{ path: string; method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }>,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: requests.map((request) => ({
      ...request,
      onResponse: (status: number, body: string) => {
        const bad = status !== 200 || (request.body !== undefined && body.includes('"errors"'));
        if (bad) {
          errors += 1;
          firstError ??= `${status} ${body.slice(0, 300)}`;
        }
      },
    })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors: errors + result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    firstError,
  };
}

function graphqlRequests(requests: HomeRequest[], cookie: string) {
  return requests.map((request) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ operationName: request.name, query: request.query, variables: request.variables }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Database helpers (as the owner, outside row-level security)

async function ownerQuery<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const COUNTED_TABLES = ['school', 'educator', 'educator_school', 'user_account', 'pd_record', 'license', 'audit_event'];

async function rowCounts(url: string): Promise<Record<string, number>> {
  const [row] = await ownerQuery<Record<string, string>>(
    url,
    `SELECT ${COUNTED_TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

/** A GraphQL or HTTP answer that is not an acceptable "unavailable" answer: an internal error or a stack. */
function leaks(text: string): boolean {
  return /INTERNAL_SERVER_ERROR|stacktrace|node_modules|\/dist\/|\/src\/|ECONNREFUSED|at [\w.]+ \(/.test(text);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const startedAt = Date.now();
  console.log(
    `Resilience suite: ${CONNECTIONS} connections, ${DURATION} s per load phase; ${cpus().length} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  if (!existsSync(apiEntry)) {
    console.log('Building the API (npx nx run api:build)...');
    execFileSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  }

  const postgres = new PrivatePostgres(await freePort());
  const apis: Api[] = [];
  try {
    postgres.init();
    postgres.start();
    await ownerQuery(postgres.url(), 'CREATE DATABASE pdledger');
    const databaseUrl = postgres.url('pdledger');
    console.log(`Private PostgreSQL on port ${postgres.port} (${postgres.dir})`);

    // A seeds the demo (fresh database); B joins the same database. A runs in development mode:
    // no stack traces or server paths may reach clients there either.
    const a = await startApi('A', databaseUrl, 'development');
    apis.push(a);
    const b = await startApi('B', databaseUrl, 'production');
    apis.push(b);

    const cookies = {} as Record<Role, string>;
    for (const role of Object.keys(EMAILS) as Role[]) cookies[role] = await signIn(a, EMAILS[role]);
    const homes = await homeRequests(a, cookies);
    for (const role of Object.keys(homes) as Role[]) {
      for (const request of homes[role]) {
        const answer = await graphql(a, cookies[role], request.query, request.variables);
        check(answer.status === 200 && !answer.body.errors, `${role} home query ${request.name} answers (${answer.status})`);
      }
    }

    // 1. Load --------------------------------------------------------------------------------
    // On B, the production-mode process, as deployed.
    console.log(`\n1. Load: ${CONNECTIONS} connections, ${DURATION} s each, on API B (production mode)`);
    const figures: Array<[string, LoadResult]> = [];
    figures.push(['/health (floor)', await load(b.baseUrl, [{ method: 'GET', path: '/health' }], DURATION, CONNECTIONS)]);
    for (const role of Object.keys(homes) as Role[]) {
      const names = homes[role].map((request) => request.name).join(', ');
      figures.push([
        `${role} home (${names})`,
        await load(b.baseUrl, graphqlRequests(homes[role], cookies[role]), DURATION, CONNECTIONS),
      ]);
    }
    console.log(
      '  what                                                          requests  errors  req/s   p50 ms  p95 ms  p99 ms',
    );
    for (const [what, result] of figures) {
      console.log(
        `  ${what.padEnd(62)}${String(result.requests).padStart(8)}${String(result.errors).padStart(8)}${result.rps.toFixed(0).padStart(7)}` +
          `${String(result.p50).padStart(9)}${String(result.p95).padStart(8)}${String(result.p99).padStart(8)}`,
      );
    }
    for (const [what, result] of figures)
      check(result.errors === 0, `${what}: 0 errors${result.firstError ? ` (first: ${result.firstError})` : ''}`);
    console.log(
      `  machine load average after the load phases: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );

    // 2. Stored standings on two processes ---------------------------------------------------
    console.log('\n2. Stored standings: HR homes on A and B at once compute each stale standing once');
    await ownerQuery(databaseUrl, `CREATE TABLE resilience_standing_writes (educator_id uuid NOT NULL)`);
    await ownerQuery(databaseUrl, `GRANT INSERT ON resilience_standing_writes TO pdledger_api`);
    await ownerQuery(
      databaseUrl,
      `CREATE FUNCTION resilience_standing_writes() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO resilience_standing_writes VALUES (NEW.educator_id); RETURN NEW; END $$`,
    );
    await ownerQuery(
      databaseUrl,
      `CREATE TRIGGER resilience_standing_writes AFTER INSERT OR UPDATE ON renewal_standing FOR EACH ROW EXECUTE FUNCTION resilience_standing_writes()`,
    );
    await ownerQuery(databaseUrl, `DELETE FROM renewal_standing`);
    const hrB = await signIn(b, EMAILS.hr);
    const district = homes.hr.find((request) => request.name === 'DistrictDashboard')!;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => graphql(i % 2 ? b : a, i % 2 ? hrB : cookies.hr, district.query, district.variables)),
    );
    check(
      answers.every((answer) => answer.status === 200 && !answer.body.errors),
      '8 HR homes at once on A and B all answer',
    );
    const writes = await ownerQuery<{ n: number; educators: number }>(
      databaseUrl,
      `SELECT coalesce(max(n), 0)::int AS n, count(*)::int AS educators FROM (SELECT count(*) AS n FROM resilience_standing_writes GROUP BY educator_id) w`,
    );
    check(
      writes[0].educators > 0 && writes[0].n === 1,
      `each of ${writes[0].educators} standings written once (most writes of one: ${writes[0].n})`,
    );
    await ownerQuery(databaseUrl, `DROP TRIGGER resilience_standing_writes ON renewal_standing`);

    // 3. Database loss during load ------------------------------------------------------------
    console.log('\n3. Database loss during load (teacher homes on A, 10 workers)');
    const before = await rowCounts(databaseUrl);
    const answersDuringLoad: Array<{
      at: number;
      status: number;
      code: string | undefined;
      retryAfter: string | null;
      leak: boolean;
    }> = [];
    let loading = true;
    const worker = async () => {
      for (let i = 0; loading; i = (i + 1) % homes.teacher.length) {
        const request = homes.teacher[i];
        const answer = await graphql(a, cookies.teacher, request.query, request.variables).catch((error: Error) => ({
          status: 0,
          retryAfter: null,
          text: String(error),
          body: {} as { errors?: Array<{ extensions?: { code?: string } }> },
        }));
        answersDuringLoad.push({
          at: Date.now(),
          status: answer.status,
          code: answer.body.errors?.[0]?.extensions?.code,
          retryAfter: answer.retryAfter,
          leak: leaks(answer.text),
        });
        if (answer.status !== 200) await sleep(50);
      }
    };
    const workers = Array.from({ length: 10 }, worker);
    await sleep(3000);
    const linesBefore = a.lines.length;
    const stoppedAt = Date.now();
    postgres.stop();
    console.log(`  PostgreSQL stopped (pg_ctl -m fast took ${Date.now() - stoppedAt} ms)`);
    const unavailableIn = await until(
      async () =>
        answersDuringLoad.some(
          (x) => x.at > stoppedAt && x.status === 503 && x.code === 'SERVICE_UNAVAILABLE' && x.retryAfter !== null,
        ) && (await fetch(`${a.baseUrl}/health`, { signal: AbortSignal.timeout(5000) })).status === 503,
      15_000,
    );
    check(
      unavailableIn !== null && unavailableIn <= 5000,
      `SERVICE_UNAVAILABLE (503, Retry-After) and /health 503 within 5 s (${unavailableIn} ms)`,
    );
    await sleep(5000);
    const outageLines = a.lines.length - linesBefore;
    const outageAnswers = answersDuringLoad.filter((x) => x.at > stoppedAt);
    const restartedAt = Date.now();
    postgres.start();
    console.log(`  PostgreSQL started again (pg_ctl took ${Date.now() - restartedAt} ms)`);
    const backIn = await until(async () => {
      const answer = await graphql(a, cookies.teacher, homes.teacher[1].query, homes.teacher[1].variables);
      return answer.status === 200 && !answer.body.errors && (await fetch(`${a.baseUrl}/health`)).ok;
    }, 30_000);
    loading = false;
    await Promise.all(workers);
    check(backIn !== null && backIn <= 10_000, `serving again within 10 s of the database returning, no restart (${backIn} ms)`);
    const wrong = outageAnswers.filter((x) => !(x.status === 200 || (x.status === 503 && x.code === 'SERVICE_UNAVAILABLE')));
    check(
      wrong.length === 0,
      `every answer during the outage is a result or SERVICE_UNAVAILABLE (${outageAnswers.length} answers, ${wrong.length} other: ${JSON.stringify(wrong.slice(0, 3))})`,
    );
    check(
      outageAnswers.every((x) => !x.leak),
      'no internal error, stack trace or server path in any answer (development mode)',
    );
    console.log(
      `  log lines of API A during ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s of outage and ${outageAnswers.length} failed answers: ${outageLines}`,
    );
    check(outageLines <= 20, `the log writes a few lines per failure kind, not one per request (${outageLines} lines)`);
    check(JSON.stringify(await rowCounts(databaseUrl)) === JSON.stringify(before), 'row counts unchanged by the outage');

    // 4. Two API processes, one killed during load ------------------------------------------
    console.log('\n4. Two API processes: A killed during load on B; a session made on A carries on on B');
    const teacherFromA = await signIn(a, EMAILS.teacher);
    const loadOnB = load(b.baseUrl, graphqlRequests(homes.teacher, teacherFromA), 10, 20);
    await sleep(3000);
    a.child.kill('SIGKILL');
    await new Promise((done) => a.child.once('exit', done));
    console.log('  API A killed (SIGKILL)');
    const afterKill = await graphql(
      b,
      teacherFromA,
      `
        query {
          me {
            role
          }
        }
      `,
    );
    check(
      (afterKill.body.data as { me?: { role?: string } } | undefined)?.me?.role === 'TEACHER',
      'the session signed in on A works on B after A died',
    );
    const onB = await loadOnB;
    check(
      onB.errors === 0,
      `load on B while A was killed: ${onB.requests} requests, 0 errors (${onB.errors}; p95 ${onB.p95} ms)`,
    );

    // 5. Database loss during an import apply -------------------------------------------------
    console.log('\n5. Database loss during an import apply (on B)');
    const hr = await signIn(b, EMAILS.hr);
    const people = Array.from(
      { length: 4000 },
      (_, i) => `RES-${i},First${i},Resilience,res${i}@resilience.example.org,teacher,RES1,Resilience School,,,`,
    );
    const csv = `employee_id,first_name,last_name,email,role,school_code,school_name,additional_school_codes,state_educator_id,status\n${people.join('\n')}\n`;
    const form = new FormData();
    form.append('files', new Blob([csv]), 'resilience.csv');
    const upload = await fetch(`${b.baseUrl}/api/imports/roster`, {
      method: 'POST',
      headers: { cookie: hr, 'x-pd-ledger-upload': '1' },
      body: form,
    });
    const preview = (await upload.json()) as { id: string; canApply: boolean; status: string };
    check(
      upload.status === 200 && preview.canApply,
      `preview of 4,000 people ready to apply (${upload.status} ${preview.status})`,
    );
    const beforeApply = await rowCounts(databaseUrl);
    const applying = graphql(
      b,
      hr,
      `
        mutation ($id: ID!) {
          applyRosterImport(importId: $id) {
            status
          }
        }
      `,
      { id: preview.id },
    );
    // Stop the server while the apply's transaction holds the district's import lock.
    const inProgress = await until(
      async () =>
        (
          await ownerQuery<{ n: number }>(
            databaseUrl,
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
              WHERE l.locktype = 'advisory' AND l.granted AND a.usename = 'pdledger_api' AND a.xact_start IS NOT NULL`,
          )
        )[0].n > 0,
      30_000,
      20,
    );
    await sleep(300);
    const runBefore = await ownerQuery<{ status: string }>(databaseUrl, `SELECT status FROM import_run WHERE id = $1`, [
      preview.id,
    ]);
    postgres.stop();
    check(inProgress !== null && runBefore[0]?.status === 'PREVIEW', 'PostgreSQL stopped while the apply was running');
    const applied = await applying.catch((error: Error) => ({
      status: 0,
      text: String(error),
      body: {} as { errors?: Array<{ extensions?: { code?: string } }> },
      retryAfter: null,
    }));
    check(
      applied.status === 503 && applied.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE' && !leaks(applied.text),
      `the apply answers SERVICE_UNAVAILABLE (${applied.status} ${applied.text.slice(0, 160)})`,
    );
    postgres.start();
    const serving = await until(async () => (await fetch(`${b.baseUrl}/health`)).ok, 30_000);
    check(serving !== null && serving <= 10_000, `B serves again within 10 s (${serving} ms)`);
    check(
      JSON.stringify(await rowCounts(databaseUrl)) === JSON.stringify(beforeApply),
      'nothing of the apply was written (row counts unchanged)',
    );
    const recorded = await until(
      async () =>
        (await ownerQuery<{ status: string }>(databaseUrl, `SELECT status FROM import_run WHERE id = $1`, [preview.id]))[0]
          ?.status === 'FAILED',
      60_000,
      500,
    );
    const [run] = await ownerQuery<{ status: string; failure_message: string | null }>(
      databaseUrl,
      `SELECT status, failure_message FROM import_run WHERE id = $1`,
      [preview.id],
    );
    check(
      recorded !== null && /cut off/.test(run?.failure_message ?? ''),
      `the cut-off apply is recorded as FAILED ${recorded} ms after the database returned: "${run?.failure_message}"`,
    );
  } finally {
    for (const api of apis) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    postgres.destroy();
  }
  console.log(
    `\nResilience suite ${failures.length ? `FAILED (${failures.length})` : 'passed'} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  );
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
