/**
 * How long each role's home takes to render in Chromium: from navigating to "/" (signed in, in a
 * fresh browser context, so nothing is cached) until the home's main content is visible.
 *
 *   npm run bench:homes                       # demo district, then a 10,000-educator district
 *   npm run bench:homes -- --only=demo        # or --only=10k; --runs=N (default 5)
 *   npm run bench:homes -- --latency=100      # each request of the page waits 100 ms more (Chromium's
 *                                             # network emulation), as over a school's Wi-Fi and the internet
 *
 * Demo: the built product on a fresh embedded database, exactly as `npm start` (demo seed).
 * 10k: the built product on a fresh PostgreSQL database (BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres is used to create and drop pd_bench_<time>), the demo
 * seed, then Maplewood grown to 10,000 educators with SQL (bench/scale-district.ts).
 * Needs `npm run build` first and Chromium at /usr/bin/chromium.
 */
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from '../src/support/browser';
import { startProductServer, type ProductServer } from '../src/support/product-server';
import { scaleDemoDistrict } from './scale-district';

const DEMO_PASSWORD = 'pdledger-demo';

interface RoleSpec {
  role: 'principal' | 'hr';
  email: string;
  /** Resolves once the home's main content is on screen. */
  ready(page: Page): Promise<void>;
}

const ROLES: RoleSpec[] = [
  {
    role: 'principal',
    email: 'principal@maplewood.example.org',
    async ready(page) {
      await page.getByRole('heading', { level: 1, name: 'Lincoln Elementary' }).waitFor();
      await page.getByRole('heading', { name: 'Staff renewal status' }).waitFor();
      await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
      // The staff table's first person.
      await page.locator('section[aria-labelledby="staff-heading"] tbody tr a').first().waitFor();
    },
  },
  {
    role: 'hr',
    email: 'hr@maplewood.example.org',
    async ready(page) {
      await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
      await page.getByRole('heading', { name: 'Compliance by school' }).waitFor();
      await page.getByRole('heading', { name: 'Licenses expiring, short of hours' }).waitFor();
      await page.getByRole('heading', { name: 'Needs your action today' }).waitFor();
    },
  },
];

interface Measurement {
  district: string;
  role: string;
  /** First visits: a fresh browser profile, nothing cached. */
  runs: number[];
  /** Returning visits: the same profile opening the home again (the app's files in its cache). */
  warmRuns: number[];
  /** Server time of the home's dashboard query (ms), per run. */
  queryMs: number[];
  /** When the page sent the home's dashboard query (ms after navigating), per first visit. */
  queryStartMs: number[];
}

function arg(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Round-trip time added to each of the page's requests (`--latency=MS`, default 0: the loopback's). */
const latencyMs = Number(arg('latency') ?? 0);

async function emulateLatency(page: Page): Promise<void> {
  if (latencyMs <= 0) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

/** The environment's floor: the sign-in page (no data, smallest bundle) in a fresh context. */
async function measureSignInPage(browser: Browser, server: ProductServer, runs: number, label: string): Promise<Measurement> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await emulateLatency(page);
    const started = Date.now();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    times.push(Date.now() - started);
    await context.close();
  }
  return {
    district: label,
    role: 'sign-in page (floor)',
    runs: times,
    warmRuns: [],
    queryMs: [Number.NaN],
    queryStartMs: [Number.NaN],
  };
}

async function measureRole(
  browser: Browser,
  server: ProductServer,
  spec: RoleSpec,
  runs: number,
  label: string,
  beforeEachRun?: () => Promise<void>,
  roleLabel: string = spec.role,
): Promise<Measurement> {
  const times: number[] = [];
  const warmTimes: number[] = [];
  const queryMs: number[] = [];
  const queryStartMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    await beforeEachRun?.();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signIn = await context.request.post(`${server.baseUrl}/graphql`, {
      data: {
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
        variables: { e: spec.email, p: DEMO_PASSWORD },
      },
    });
    const body = (await signIn.json()) as { errors?: unknown };
    if (!signIn.ok() || body.errors) throw new Error(`Sign-in failed for ${spec.email}: ${JSON.stringify(body)}`);
    // The first visit (nothing cached), then a returning visit in a new tab of the same profile.
    for (const visit of ['first', 'returning'] as const) {
      const page = await context.newPage();
      await emulateLatency(page);
      let started = Date.now();
      let dashboardQuery = Number.NaN;
      let dashboardQuerySent = Number.NaN;
      page.on('request', (request) => {
        if (Number.isNaN(dashboardQuerySent) && /query (SchoolDashboard|DistrictDashboard)\b/.test(request.postData() ?? ''))
          dashboardQuerySent = Date.now() - started;
      });
      page.on('requestfinished', (request) => {
        const data = request.postData() ?? '';
        if (/query (SchoolDashboard|DistrictDashboard)\b/.test(data)) {
          const timing = request.timing();
          dashboardQuery = Math.round(timing.responseEnd - timing.requestStart);
        }
      });
      started = Date.now();
      await page.goto(`${server.baseUrl}/`);
      await spec.ready(page);
      const elapsed = Date.now() - started;
      if (visit === 'first') {
        times.push(elapsed);
        queryMs.push(dashboardQuery);
        queryStartMs.push(dashboardQuerySent);
        if (run === runs - 1 && !beforeEachRun) await saveScreenshot(page, `bench-${label}-${spec.role}-home`);
      } else {
        warmTimes.push(elapsed);
      }
      await page.close();
    }
    await context.close();
  }
  return { district: label, role: roleLabel, runs: times, warmRuns: warmTimes, queryMs, queryStartMs };
}

async function withServer<T>(server: ProductServer, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium not found: apt-get install -y chromium');
  const runs = Number(arg('runs') ?? 5);
  const only = arg('only');
  const target = Number(arg('educators') ?? 10_000);
  const browser = await launchChromium(chromium);
  const results: Measurement[] = [];
  try {
    if (!only || only === 'demo') {
      const server = await startProductServer();
      console.log(`demo: product started in ${server.startupMs} ms`);
      await withServer(server, async () => {
        results.push(await measureSignInPage(browser, server, runs, 'demo'));
        for (const spec of ROLES) results.push(await measureRole(browser, server, spec, runs, 'demo'));
      });
    }
    if (!only || only === '10k') {
      const adminUrl = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
      const database = `pd_bench_${Date.now()}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      try {
        const server = await startProductServer({ databaseUrl: url.toString() });
        console.log(`10k: product started on ${database} in ${server.startupMs} ms`);
        await withServer(server, async () => {
          const started = Date.now();
          const summary = await scaleDemoDistrict(url.toString(), target);
          console.log(`10k: Maplewood grown to ${JSON.stringify(summary)} in ${Date.now() - started} ms`);
          for (const spec of ROLES) results.push(await measureRole(browser, server, spec, runs, '10k'));
          // HR's renewal figures come from stored standings, re-evaluated where stale. The daily
          // job computes the day's standings before people arrive; the first visit after a
          // district-wide rule change (or before that job has run) finds every one of them stale:
          // measured by forgetting them before each run.
          const store = new Client({ connectionString: url.toString() });
          await store.connect();
          try {
            const forget = async () => {
              await store.query('DELETE FROM renewal_standing');
            };
            results.push(
              await measureRole(
                browser,
                server,
                ROLES.find((r) => r.role === 'hr')!,
                runs,
                '10k',
                forget,
                'hr, every standing stale (after a district-wide rule change)',
              ),
            );
          } finally {
            await store.end();
          }
        });
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      }
    }
  } finally {
    await browser.close();
  }

  console.log(
    `\nNode ${process.version}, ${cpus().length} CPUs, load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}${latencyMs > 0 ? `, ${latencyMs} ms added to each request (Chromium network emulation)` : ''}`,
  );
  const warm = (r: Measurement, pick: (values: number[]) => number) => (r.warmRuns.length > 0 ? String(pick(r.warmRuns)) : '—');
  console.log(
    '\n| district | home | runs | first visit median ms | first visit slowest ms | returning visit median ms | returning slowest ms | dashboard query median ms | dashboard query sent at, median ms |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.district} | ${r.role} | ${r.runs.length} | ${median(r.runs)} | ${Math.max(...r.runs)} | ${warm(r, median)} | ${warm(r, (v) => Math.max(...v))} | ${Number.isNaN(median(r.queryMs)) ? '—' : median(r.queryMs)} | ${Number.isNaN(median(r.queryStartMs)) ? '—' : median(r.queryStartMs)} |`,
    );
  }
  console.log(
    '\nAll runs (ms):',
    JSON.stringify(results.map((r) => ({ [`${r.district} ${r.role}`]: { first: r.runs, returning: r.warmRuns } }))),
  );
  const limits: Record<string, number> = { demo: 1500, '10k': 3000 };
  const over = results.filter((r) => !r.role.includes('floor') && median(r.runs) > (limits[r.district] ?? Infinity));
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((r) => `${r.district} ${r.role} (median ${median(r.runs)} ms)`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
