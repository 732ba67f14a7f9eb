import { createServer } from 'node:net';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * The API's database goes away while the API runs: every new connection is refused (the pool's
 * idle connections are dropped and its address points at a port nobody listens on, so the real pg
 * client fails to connect). The resilience suite (`npm run test:resilience`) does the same with a
 * real PostgreSQL server stopped and started again.
 */
describe('database outage', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let pool: Pool & { options: { connectionString?: string }; _idle?: Array<{ client: { end(): Promise<void> } }> };
  let realAddress: string | undefined;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: schoolYearOf(todayIsoDate()) });
    pool = (testApp.apiDataSource.driver as PostgresDriver).master as typeof pool;
    realAddress = pool.options.connectionString;
  });

  afterEach(() => {
    pool.options.connectionString = realAddress;
  });

  afterAll(() => testApp.close());

  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  async function takeDatabaseAway(): Promise<void> {
    const url = new URL(realAddress ?? '');
    url.hostname = '127.0.0.1';
    url.port = String(await closedPort());
    pool.options.connectionString = url.toString();
    await Promise.all([...(pool._idle ?? [])].map((item) => item.client.end()));
  }

  async function post(cookie: string | null, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { response, text: await response.text() };
  }

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After, no stack or server path, and serves again without a restart', async () => {
    const teacher = new GraphQLClient(testApp.baseUrl);
    expect((await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD)).errors).toBeUndefined();
    const me = `query { me { accountId role } }`;
    expect((await teacher.request(me)).errors).toBeUndefined();

    await takeDatabaseAway();
    const started = Date.now();
    for (const [cookie, query, variables] of [
      [teacher.cookie, me, {}],
      [teacher.cookie, `query { myPdRecords { id } }`, {}],
      [
        null,
        `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accountId } }`,
        { e: district.accounts.hr.email, p: TEST_PASSWORD },
      ],
    ] as const) {
      const { response, text } = await post(cookie, query, variables);
      expect(`${response.status} ${text}`).toMatch(/^503 /);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0].extensions['code']).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).toMatch(/try again/);
      expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|ECONNREFUSED|node_modules|\/src\/|127\.0\.0\.1/);
    }
    // REST routes and readiness say the same.
    const report = await fetch(`${testApp.baseUrl}/api/reports/relicensure/csv`, { headers: { cookie: teacher.cookie ?? '' } });
    expect(report.status).toBe(503);
    expect(report.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await report.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);

    pool.options.connectionString = realAddress;
    const again = await teacher.request<{ me: { role: string } }>(me);
    expect(again.errors).toBeUndefined();
    expect(again.data?.me.role).toBe('TEACHER');
    expect((await fetch(`${testApp.baseUrl}/health`)).status).toBe(200);
  });
});
