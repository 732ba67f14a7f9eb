/**
 * What row-level security and the per-connection district setting cost per request: the API on the
 * demo seed (Maplewood, 300 educators), the same GraphQL requests timed with the district policies
 * disabled (as the owner: `ALTER TABLE ... DISABLE ROW LEVEL SECURITY`) and enabled, twice, in one
 * process. The district setting is applied in every phase (it is how the API scopes
 * its connections), so its own cost is timed apart: a `set_config` round trip on a pooled
 * connection, and the share of checkouts that needed one (HR and a teacher of another district
 * alternate, so connections change district).
 *
 *   node -r ./apps/api/tools/swc-register.cjs apps/api/src/database/bench/district-scope.bench.ts \
 *       [--server=postgres://postgres@127.0.0.1:5432/test] [--embedded] [--requests=200] [--concurrency=4]
 *
 * With --server (default) it creates and drops its own database there; --embedded uses PGlite in a
 * temporary directory.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { configureApp } from '../../bootstrap/configure-app';
import { GraphQLClient } from '../../testing/graphql-client';
import { DatabaseEndpoint } from '../database-endpoint';
import { runInDistrict } from '../database-scope';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const text = arg.replace(/^--/, '');
    const at = text.indexOf('=');
    return (at < 0 ? [text, 'true'] : [text.slice(0, at), text.slice(at + 1)]) as [string, string];
  }),
);
const EMBEDDED = args.has('embedded');
const SERVER = args.get('server') ?? 'postgres://postgres@127.0.0.1:5432/test';
const REQUESTS = Number(args.get('requests') ?? 200);
const CONCURRENCY = Number(args.get('concurrency') ?? 4);

const WORKLOAD: Array<{ who: 'hr' | 'teacher' | 'otherHr'; name: string; query: string }> = [
  { who: 'hr', name: 'me', query: `{ me { accountId } }` },
  { who: 'hr', name: 'staff page', query: `{ staff(limit: 50) { totalCount rows { educator { id } } } }` },
  { who: 'teacher', name: 'my PD records', query: `{ myPdRecords { id } }` },
  { who: 'otherHr', name: 'schools (other district)', query: `{ schools { id } }` },
  {
    who: 'hr',
    name: 'HR home dashboard',
    query: `{ districtDashboard { asOf renewalStatus { complete onTrack atRisk behind lapsed total } hoursByCategory { hourEquivalents } schools { school { id } } } }`,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeWorkload(clients: Record<'hr' | 'teacher' | 'otherHr', GraphQLClient>): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(WORKLOAD.map((w) => [w.name, []]));
  let next = 0;
  const total = REQUESTS * WORKLOAD.length;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const item = WORKLOAD[next++ % WORKLOAD.length] as (typeof WORKLOAD)[number];
        const started = performance.now();
        const response = await clients[item.who].request(item.query);
        if (response.errors) throw new Error(`${item.name}: ${JSON.stringify(response.errors)}`);
        times.get(item.name)?.push(performance.now() - started);
      }
    }),
  );
  return times;
}

async function setRls(owner: DataSource, enabled: boolean): Promise<void> {
  const tables = (await owner.query(`SELECT tablename FROM pg_policies WHERE policyname = 'district_isolation'`)) as Array<{
    tablename: string;
  }>;
  for (const { tablename } of tables)
    await owner.query(`ALTER TABLE ${tablename} ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
}

async function main(): Promise<void> {
  const dataDir = EMBEDDED ? mkdtempSync(join(tmpdir(), 'pdl-scope-bench-')) : null;
  const dbName = `pdl_scope_bench_${process.pid}`;
  const admin = EMBEDDED ? null : new Client({ connectionString: SERVER });
  if (admin) {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
  }
  const databaseUrl = admin ? Object.assign(new URL(SERVER), { pathname: `/${dbName}` }).toString() : '';
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      ignoreEnvFile: true,
      overrides: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'true',
        DASHBOARD_DIR: '/nonexistent',
        DATABASE_POOL_SIZE: '4',
        SIGN_IN_MAX_FAILURES_PER_IP: '100000',
        ...(EMBEDDED ? { DATA_DIR: dataDir as string } : { DATABASE_URL: databaseUrl }),
      },
    }),
    { logger: false },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  try {
    const clients = { hr: new GraphQLClient(baseUrl), teacher: new GraphQLClient(baseUrl), otherHr: new GraphQLClient(baseUrl) };
    await clients.hr.signIn('hr@maplewood.example.org', 'pdledger-demo');
    await clients.teacher.signIn('teacher@maplewood.example.org', 'pdledger-demo');
    await clients.otherHr.signIn('hr@cedarfalls.example.org', 'pdledger-demo');
    const endpoint = app.get(DatabaseEndpoint);
    const api = app.get<DataSource>(getDataSourceToken());

    await timeWorkload(clients); // warm-up
    // Alternating phases, so drift (warm-up, other load on the machine) shows instead of hiding.
    const phases: Array<[string, boolean]> = [
      ['RLS off', false],
      ['RLS on', true],
      ['RLS off (again)', false],
      ['RLS on (again)', true],
    ];
    console.log(
      `${EMBEDDED ? 'embedded PGlite' : 'PostgreSQL server'}, ${REQUESTS} rounds x ${WORKLOAD.length} requests, concurrency ${CONCURRENCY}; ms per request (mean / p50 / p95)`,
    );
    for (const [label, enabled] of phases) {
      await endpoint.asOwner((owner) => setRls(owner, enabled));
      const times = await timeWorkload(clients);
      const cells = [...times].map(([name, list]) => {
        const sorted = [...list].sort((x, y) => x - y);
        const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length;
        return `${name}: ${mean.toFixed(2)} / ${percentile(sorted, 50).toFixed(2)} / ${percentile(sorted, 95).toFixed(2)}`;
      });
      console.log(`  ${label.padEnd(15)} ${cells.join('   ')}`);
    }

    // The district setting's own round trip, on one pooled connection, alternating districts.
    const districts = (await endpoint.asOwner((owner) => owner.query(`SELECT id FROM district ORDER BY name`))) as Array<{
      id: string;
    }>;
    const runner = api.createQueryRunner();
    await runner.connect();
    const rounds = 500;
    const started = performance.now();
    for (let i = 0; i < rounds; i++)
      await runner.query(`SELECT set_config('pdledger.district_id', $1, false)`, [
        (districts[i % districts.length] as { id: string }).id,
      ]);
    const perSet = (performance.now() - started) / rounds;
    await runner.release();
    // A checkout that keeps the district costs nothing extra; one that changes it costs one round trip.
    const same = (districts[0] as { id: string }).id;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) await runInDistrict(same, () => api.query(`SELECT 1`));
    const sameMs = (performance.now() - t0) / rounds;
    const t1 = performance.now();
    for (let i = 0; i < rounds; i++)
      await runInDistrict((districts[i % districts.length] as { id: string }).id, () => api.query(`SELECT 1`));
    const switchMs = (performance.now() - t1) / rounds;
    console.log(
      `  set_config round trip: ${perSet.toFixed(3)} ms; SELECT 1 through the pool, same district each time: ${sameMs.toFixed(3)} ms, alternating districts: ${switchMs.toFixed(3)} ms`,
    );
  } finally {
    await app.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
