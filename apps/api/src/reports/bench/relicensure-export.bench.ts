/**
 * The relicensure CSV export end to end over HTTP, on a synthetic district of 100,000 educators
 * (40 schools, one PA license each) and 2,000,000 PD records (20 each):
 *
 * 1. creates a database on the PostgreSQL server, starts the built API on it as a child process
 *    (which applies the migrations), and bulk-loads the district with INSERT ... SELECT
 *    generate_series (no rows travel from Node);
 * 2. measures PostgreSQL's own `COPY (SELECT ...) TO STDOUT WITH CSV` of what the report reads —
 *    educators joined with their school, license and PD records, in the report's name order —
 *    through psql into /dev/null: the floor;
 * 3. signs in as HR and downloads `GET /api/reports/relicensure/csv`, timing the first byte and the
 *    last, sampling the API process's VmRSS / VmHWM from /proc every 20 ms, and asking a small
 *    GraphQL query (`{ me { accountId } }`) every 250 ms during the export to show other requests
 *    are still answered;
 *    The API's CPU seconds during the export are printed too: on a shared machine they compare builds
 *    where the wall-clock time moves with everything else running;
 * 4. drops the database.
 *
 *   npm run bench:reports                         (builds the API first)
 *   node -r ./apps/api/tools/swc-register.cjs apps/api/src/reports/bench/relicensure-export.bench.ts \
 *       [--educators=100000] [--records-per-educator=20] [--admin-url=postgres://postgres@127.0.0.1:5432/test] [--runs=2] [--keep-db]
 *       [--cpu-prof=<dir>]   (the API writes a V8 CPU profile there when it stops)
 *       [--reuse-db=<name>]  (a database a --keep-db run left: skip creating and loading it)
 *       [--jobs]             (leave the API's scheduled jobs on, as in production; by default they are off: the
 *                             start-up deadline reminders would scan the district during the export)
 *       [--save-body=<file>] (write the last export's CSV there, to compare the output of two builds byte for byte)
 *       [--api-node-options="--max-old-space-size=128"]   (the API's node flags instead of the shipped ones, see
 *                                                           config/shipped-node-options.ts)
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import argon2 from 'argon2';
import { Client } from 'pg';
import { ARGON2_OPTIONS } from '../../auth/password.service';
import { shippedNodeOptions } from '../../config/shipped-node-options';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const text = arg.replace(/^--/, '');
    const at = text.indexOf('=');
    return (at < 0 ? [text, 'true'] : [text.slice(0, at), text.slice(at + 1)]) as [string, string];
  }),
);
const EDUCATORS = Number(args.get('educators') ?? 100_000);
const PER_EDUCATOR = Number(args.get('records-per-educator') ?? 20);
const ADMIN_URL = args.get('admin-url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = Number(args.get('runs') ?? 2);
const REUSE = args.get('reuse-db') ?? null;
const SAVE_BODY = args.get('save-body') ?? null;
const KEEP = args.has('keep-db') || REUSE !== null;
// The API runs with the Node flags it ships with (`npm start`, the Docker image) unless told otherwise.
const API_NODE_FLAGS = args.has('api-node-options')
  ? (args.get('api-node-options') ?? '').split(' ').filter(Boolean)
  : shippedNodeOptions();
const AS_OF = '2026-06-30';
const PASSWORD = 'bench password 123456';
const MAIN = join(process.cwd(), 'dist/apps/api/apps/api/src/main.js');

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (kb: number) => (kb / 1024).toFixed(0);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** CPU seconds (user + system, all threads) the process has used: comparable when other work shares the cores. */
function cpuSeconds(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of the PostgreSQL backends now connected to `database` (their process titles name it). */
function databaseCpuSeconds(database: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) total += cpuSeconds(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

function memory(pid: number): { rssKb: number; hwmKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The API did not become healthy within 3 minutes');
}

async function load(db: Client, districtId: string): Promise<{ hrEmail: string }> {
  const hrEmail = `hr.${districtId.slice(0, 8)}@bench.example.org`;
  const hash = await argon2.hash(PASSWORD, ARGON2_OPTIONS);
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await db.query(sql, params);
    console.log(`  ${label}: ${result.rowCount ?? 0} rows in ${seconds(Date.now() - started)} s`);
  };
  await db.query('BEGIN');
  // The generated rows are consistent by construction: skip the per-row foreign-key triggers
  // (superuser only), which would otherwise dominate loading 2,000,000 records.
  await db.query(`SET LOCAL session_replication_role = replica`);
  await step('district', `INSERT INTO district (id, name, state_code) VALUES ($1, 'Bench District', 'PA')`, [districtId]);
  await step(
    'schools',
    `INSERT INTO school (id, district_id, name)
    SELECT md5('school' || s)::uuid, $1, 'School ' || lpad(s::text, 2, '0') FROM generate_series(1, 40) s`,
    [districtId],
  );
  // Names scattered against insertion order, so name order is not physical order.
  await step(
    'educators',
    `INSERT INTO educator (id, district_id, first_name, last_name, email, state_educator_id, hire_date, highest_degree, salary_lane, salary_step)
    SELECT md5('educator' || g)::uuid, $1,
           (ARRAY['Ada','Ben','Cy','Dana','Eli','Fay','Gus','Hana','Ivo','Jo'])[g % 10 + 1] || g,
           (ARRAY['Alvarez','Brown','Chen','Diaz','Evans','Fischer','Garcia','Hughes','Ito','Jones','Khan','Lopez','Miller','Nguyen','Okafor','Patel'])[(g * 7919) % 16 + 1] || ((g::bigint * 104729) % 100000),
           'educator' || g || '@bench.example.org', (1000000 + g)::text,
           date '2010-08-20' + (g % 3000), (ARRAY['BA','MA'])[g % 2 + 1], (ARRAY['BA','MA+15'])[g % 2 + 1], 1 + g % 20
      FROM generate_series(1, $2::int) g`,
    [districtId, EDUCATORS],
  );
  await step(
    'school links',
    `INSERT INTO educator_school (district_id, educator_id, school_id)
    SELECT $1, md5('educator' || g)::uuid, md5('school' || (g % 40 + 1))::uuid FROM generate_series(1, $2::int) g`,
    [districtId, EDUCATORS],
  );
  await step(
    'licenses',
    `INSERT INTO license (district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
    SELECT $1, md5('educator' || g)::uuid, 'PA', (ARRAY['Instructional I','Instructional II'])[g % 2 + 1], 'PA' || (500000 + g),
           date '2015-06-01', (date '2021-07-01' + make_interval(years => g % 3))::date, (date '2026-06-30' + make_interval(years => g % 3))::date
      FROM generate_series(1, $2::int) g`,
    [districtId, EDUCATORS],
  );
  await step(
    'PD records',
    `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source)
    SELECT $1, md5('educator' || ((g - 1) / $3 + 1))::uuid,
           (ARRAY['Number Talks','Reading Workshop','Graduate course','Conference day','Data teams','CEU seminar'])[g % 6 + 1] || ' ' || (g % 97),
           (ARRAY['WORKSHOP','WORKSHOP','COURSE','CONFERENCE','WORKSHOP','WORKSHOP'])[g % 6 + 1],
           (ARRAY[3, 6, 1, 7, 2.5, 1.5])[g % 6 + 1],
           (ARRAY['CLOCK_HOUR','CLOCK_HOUR','SEMESTER_CREDIT','CLOCK_HOUR','CLOCK_HOUR','CEU'])[g % 6 + 1],
           date '2021-07-01' + ((g * 37) % 1825),
           CASE WHEN g % 7 = 0 THEN '{Literacy}'::text[] ELSE '{}'::text[] END,
           CASE WHEN g % 20 = 0 THEN 'SUBMITTED' WHEN g % 20 = 1 THEN 'VERIFIED' WHEN g % 50 = 2 THEN 'REJECTED' ELSE 'APPROVED' END,
           CASE WHEN g % 3 = 0 THEN 'DISTRICT_IMPORT' ELSE 'SELF_REPORTED' END
      FROM generate_series(1, $2::int * $3::int) g`,
    [districtId, EDUCATORS, PER_EDUCATOR],
  );
  await step(
    'HR account',
    `INSERT INTO user_account (district_id, email, password_hash, role, display_name) VALUES ($1, $2, $3, 'HR_ADMIN', 'Bench HR')`,
    [districtId, hrEmail, hash],
  );
  await db.query('COMMIT');
  const started = Date.now();
  // What autovacuum does after a bulk insert: statistics, and the visibility map that lets the
  // converter's covering index answer without visiting the table.
  await db.query('VACUUM (ANALYZE)');
  console.log(`  VACUUM (ANALYZE) in ${seconds(Date.now() - started)} s`);
  return { hrEmail };
}

// What the report reads, as one query in the report's order: the floor.
const FLOOR_SQL = (districtId: string) => `COPY (
  SELECT e.id, e.state_educator_id, e.last_name, e.first_name, s.name AS school, l.state_code, l.license_type, l.number,
         l.cycle_start, l.cycle_end, r.id AS record_id, r.title, r.activity_type, r.amount, r.unit, r.completed_on, r.categories, r.status
    FROM educator e
    JOIN educator_school es ON es.district_id = e.district_id AND es.educator_id = e.id
    JOIN school s ON s.district_id = es.district_id AND s.id = es.school_id
    JOIN license l ON l.district_id = e.district_id AND l.educator_id = e.id
    JOIN pd_record r ON r.district_id = e.district_id AND r.educator_id = e.id
   WHERE e.district_id = '${districtId}' AND e.active
   ORDER BY lower(e.last_name), lower(e.first_name), e.id, r.completed_on, r.id
) TO STDOUT WITH CSV`;

function runFloor(dbUrl: string, districtId: string): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const psql = spawn('psql', [dbUrl, '-X', '-q', '-c', FLOOR_SQL(districtId)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    psql.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    psql.on('error', reject);
    psql.on('close', (code) =>
      code === 0 ? resolve({ ms: Date.now() - started, bytes }) : reject(new Error(`psql exited with ${code}`)),
    );
  });
}

interface ExportRun {
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  lines: number;
  peakRssKb: number;
  hwmKb: number;
  probeMs: number[];
  apiCpuS: number;
  databaseCpuS: number;
}

async function runExport(baseUrl: string, cookie: string, pid: number, database: string): Promise<ExportRun> {
  let peakRssKb = 0;
  let hwmKb = 0;
  const sampler = setInterval(() => {
    const { rssKb, hwmKb: hwm } = memory(pid);
    peakRssKb = Math.max(peakRssKb, rssKb);
    hwmKb = hwm;
  }, 20);
  const probeMs: number[] = [];
  let exporting = true;
  const probes = (async () => {
    while (exporting) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!exporting) break;
      const started = performance.now();
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { accountId } }' }),
      });
      const body = (await response.json()) as { data?: { me?: { accountId?: string } } };
      if (!body.data?.me?.accountId) throw new Error(`The probe query failed: ${JSON.stringify(body)}`);
      probeMs.push(performance.now() - started);
    }
  })();
  const cpuBefore = cpuSeconds(pid);
  const databaseCpuBefore = databaseCpuSeconds(database);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/reports/relicensure/csv?asOf=${AS_OF}`, {
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`The export answered ${response.status}: ${await response.text()}`);
  let ttfbMs = -1;
  let bytes = 0;
  let lines = 0;
  const saved: Uint8Array[] = [];
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (ttfbMs < 0) ttfbMs = performance.now() - started;
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
    if (SAVE_BODY) saved.push(chunk);
  }
  const totalMs = performance.now() - started;
  const apiCpuS = cpuSeconds(pid) - cpuBefore;
  const databaseCpuS = databaseCpuSeconds(database) - databaseCpuBefore;
  if (SAVE_BODY) writeFileSync(SAVE_BODY, Buffer.concat(saved));
  exporting = false;
  await probes;
  clearInterval(sampler);
  const last = memory(pid);
  return {
    ttfbMs,
    totalMs,
    bytes,
    lines,
    peakRssKb: Math.max(peakRssKb, last.rssKb),
    hwmKb: Math.max(hwmKb, last.hwmKb),
    probeMs,
    apiCpuS,
    databaseCpuS,
  };
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main(): Promise<void> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build), or run npm run bench:reports`);
  const dbName = REUSE ?? `pd_bench_reports_${randomUUID().slice(0, 8)}`;
  const adminUrl = new URL(ADMIN_URL);
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  if (!REUSE) await admin.query(`CREATE DATABASE ${dbName}`);
  console.log(`Database ${dbName} on ${adminUrl.host}; ${EDUCATORS.toLocaleString()} educators x ${PER_EDUCATOR} records`);
  let api: ChildProcess | null = null;
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const profileDir = args.get('cpu-prof');
    console.log(`API node flags: ${API_NODE_FLAGS.join(' ') || '(none)'}`);
    api = spawn(
      process.execPath,
      [...API_NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), MAIN],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          SECRET_KEY: randomBytes(32).toString('hex'),
          DATABASE_URL: dbUrl.toString(),
          PORT: String(port),
          HOST: '127.0.0.1',
          SEED_DEMO: 'false',
          // The scheduled jobs off (--jobs keeps them): the start-up deadline reminders run a minute
          // after start and scan the whole district, on the same two cores as the export measured.
          JOBS_ENABLED: args.has('jobs') ? 'true' : 'false',
          LOG_LEVEL: 'warn',
          DASHBOARD_DIR: '/nonexistent-dashboard',
          COOKIE_SECURE: 'false',
          NODE_OPTIONS: '',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    await waitForHealth(baseUrl, api);
    console.log(`API pid ${api.pid} on ${baseUrl} (migrations applied)`);

    const db = new Client({ connectionString: dbUrl.toString() });
    await db.connect();
    let districtId: string;
    let hrEmail: string;
    if (REUSE) {
      const rows = await db.query<{ district_id: string; email: string }>(
        `SELECT district_id, email FROM user_account WHERE role = 'HR_ADMIN' LIMIT 1`,
      );
      districtId = rows.rows[0]!.district_id;
      hrEmail = rows.rows[0]!.email;
    } else {
      districtId = randomUUID();
      const loadStarted = Date.now();
      ({ hrEmail } = await load(db, districtId));
      console.log(`Loaded in ${seconds(Date.now() - loadStarted)} s`);
    }
    await db.end();

    const signIn = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accountId } }',
        variables: { e: hrEmail, p: PASSWORD },
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((header) => header.split(';')[0]!)
      .find((pair) => pair.startsWith('pdl_session='));
    if (!cookie) throw new Error(`Sign-in failed: ${await signIn.text()}`);

    // Floor and export alternate, so both see the same load on a shared machine.
    const before = memory(api.pid!);
    console.log(`API before the exports: VmRSS ${mb(before.rssKb)} MB, VmHWM ${mb(before.hwmKb)} MB`);
    const floors: number[] = [];
    const runs: ExportRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (!args.has('skip-floor')) {
        const floor = await runFloor(dbUrl.toString(), districtId);
        floors.push(floor.ms);
        console.log(
          `Floor ${run + 1} (COPY ... TO STDOUT WITH CSV via psql): ${seconds(floor.ms)} s, ${(floor.bytes / 1e6).toFixed(1)} MB`,
        );
      }
      const result = await runExport(baseUrl, cookie, api.pid!, dbName);
      runs.push(result);
      const floorMs = floors[floors.length - 1] ?? NaN;
      console.log(
        `Export ${run + 1}: first byte ${result.ttfbMs.toFixed(0)} ms, total ${seconds(result.totalMs)} s, API CPU ${result.apiCpuS.toFixed(2)} s, PostgreSQL CPU ${result.databaseCpuS.toFixed(2)} s, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.lines - 1} rows, ` +
          `peak VmRSS ${mb(result.peakRssKb)} MB (growth ${mb(result.peakRssKb - before.rssKb)} MB), VmHWM ${mb(result.hwmKb)} MB, ` +
          `probe {me} latency median ${percentile(result.probeMs, 50).toFixed(0)} ms, p95 ${percentile(result.probeMs, 95).toFixed(0)} ms, max ${Math.max(...result.probeMs).toFixed(0)} ms (${result.probeMs.length} probes), ` +
          `ratio to the floor just before ${(result.totalMs / floorMs).toFixed(2)}x`,
      );
    }
    const floorMs = floors.length > 0 ? Math.min(...floors) : NaN;
    const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    const growthMb = (Math.max(...runs.map((r) => r.peakRssKb)) - before.rssKb) / 1024;
    console.log('\nSummary');
    console.log(
      `  machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
    );
    console.log(
      `  floor ${seconds(floorMs)} s; best export ${seconds(best.totalMs)} s (${(best.totalMs / floorMs).toFixed(2)}x, goal 1.5x: ${best.totalMs <= 1.5 * floorMs ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  first byte ${Math.max(...runs.map((r) => r.ttfbMs)).toFixed(0)} ms worst (goal < 1000 ms: ${runs.every((r) => r.ttfbMs < 1000) ? 'met' : 'NOT met'})`,
    );
    console.log(`  API memory growth ${growthMb.toFixed(0)} MB (goal < 150 MB: ${growthMb < 150 ? 'met' : 'NOT met'})`);
    const allProbes = runs.flatMap((r) => r.probeMs);
    console.log(
      `  small GraphQL request during the export: median ${percentile(allProbes, 50).toFixed(0)} ms, max ${Math.max(...allProbes).toFixed(0)} ms`,
    );
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api!.once('exit', resolve));
    }
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    else console.log(`Kept ${dbName}`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
