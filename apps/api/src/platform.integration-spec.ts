import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSdl, SCHEMA_HEADER } from './graphql/print-schema';
import { DemoSeedService } from './seed/demo-seed.service';
import { DEMO_PASSWORD } from './seed/demo-dataset';
import { holdDemoDistricts } from './testing/demo-districts-lock';
import { errorCode, GraphQLClient } from './testing/graphql-client';
import { startTestApp, TestApp } from './testing/test-app';

describe('platform', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('reports readiness on /health with a request id', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`, { headers: { 'x-request-id': 'test-request-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('test-request-1');
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', migrations: 'current' });
  });

  it('serves the schema committed in apps/api/schema.gql, and the printer agrees', async () => {
    const running = printSchema(lexicographicSortSchema(testApp.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(SCHEMA_HEADER + running + '\n').toBe(committed);
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('rejects queries nested too deeply', async () => {
    const deep = `{ me { educator { pdRecords { educator { pdRecords { educator { pdRecords { educator { pdRecords { id } } } } } } } } } }`;
    const response = await new GraphQLClient(testApp.baseUrl).request(deep);
    expect(response.errors?.[0].message).toMatch(/depth/i);
    expect(response.data ?? null).toBeNull();
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { accountId }`).join(' ');
    const response = await new GraphQLClient(testApp.baseUrl).request(`{ ${aliases} }`);
    expect(response.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { accountId } }' }, { query: '{ me { accountId } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${testApp.baseUrl}/graphql?query=${encodeURIComponent('{ me { accountId } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers UNAUTHENTICATED without a session and hides internals', async () => {
    const response = await new GraphQLClient(testApp.baseUrl).request(`{ schools { id } }`);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|node_modules|\.ts:/);
  });

  it('seeds the demo districts (re-seedable) and their accounts sign in', async () => {
    // Other test files use the demo districts too: one file at a time.
    const releaseDemoDistricts = await holdDemoDistricts();
    try {
      await seedsTheDemoDistricts();
    } finally {
      releaseDemoDistricts();
    }
  }, 180_000);

  async function seedsTheDemoDistricts() {
    const seed = testApp.app.get(DemoSeedService);
    const first = await seed.reseed();
    expect(first).toMatchObject({ districts: 2, schools: 8, accounts: 10 });
    expect(first.pdRecords).toBeGreaterThan(2500);
    const second = await seed.reseed();
    expect(second.pdRecords).toBe(first.pdRecords);

    const teacher = new GraphQLClient(testApp.baseUrl);
    const signedIn = await teacher.signIn('teacher@maplewood.example.org', DEMO_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    const me = await teacher.request<{
      me: { educator: { fullName: string; schools: Array<{ name: string }> }; district: { name: string } };
    }>(`{ me { district { name } educator { fullName schools { name } } } }`);
    expect(me.data?.me).toEqual({
      district: { name: 'Maplewood School District' },
      educator: { fullName: 'Maria Alvarez', schools: [{ name: 'Lincoln Elementary' }] },
    });
    const principal = new GraphQLClient(testApp.baseUrl);
    await principal.signIn('principal2@maplewood.example.org', DEMO_PASSWORD);
    const schools = await principal.request<{ schools: Array<{ name: string }> }>(`{ schools { name } }`);
    expect(schools.data?.schools).toEqual([{ name: 'Washington Middle School' }]);

    // The demo goals: Lincoln's principal sees the two district-wide goals and Lincoln's two, with live progress.
    const lincoln = new GraphQLClient(testApp.baseUrl);
    await lincoln.signIn('principal@maplewood.example.org', DEMO_PASSWORD);
    const goals = await lincoln.request<{
      goals: Array<{ title: string; school: { name: string } | null; progress: { total: number; trend: unknown[] } }>;
    }>(`{ goals { title school { name } progress { total trend { date value } } } }`);
    expect(goals.errors).toBeUndefined();
    expect(goals.data!.goals.map((g) => g.school?.name ?? null).sort()).toEqual([
      'Lincoln Elementary',
      'Lincoln Elementary',
      null,
      null,
    ]);
    for (const goal of goals.data!.goals) {
      expect(goal.progress.total).toBeGreaterThanOrEqual(40);
      expect(goal.progress.trend.length).toBeGreaterThan(0);
    }
    // HR's lane-change report has people to show: the demo's graduate coursework reaches the next lane.
    const hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn('hr@maplewood.example.org', DEMO_PASSWORD);
    const lanes = await hr.request<{ laneChangeReport: { rows: Array<{ qualifies: string; nextLane: string }> } }>(
      `{ laneChangeReport { rows { qualifies nextLane } } }`,
    );
    expect(lanes.errors).toBeUndefined();
    expect(lanes.data!.laneChangeReport.rows.filter((row) => row.qualifies === 'NOW').length).toBeGreaterThanOrEqual(3);
  }
});

describe('production settings', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: 'production' });
  });

  afterAll(() => testApp.close());

  it('turns introspection off', async () => {
    const response = await new GraphQLClient(testApp.baseUrl).request(`{ __schema { types { name } } }`);
    expect(response.errors?.[0].message).toMatch(/introspection/i);
    expect(response.data ?? null).toBeNull();
  });
});
