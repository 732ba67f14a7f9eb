import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Requests are bounded before and while they run: list fan-out is refused by its cost, every
 * educator's record list has a hard limit, and a request that finds every pooled connection busy
 * waits a bounded time and answers 503 SERVICE_UNAVAILABLE with Retry-After.
 */
describe('bounded requests', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let teacher: GraphQLClient;

  beforeAll(async () => {
    // One pooled connection and a short wait, so exhausting the pool is cheap to test.
    testApp = await startTestApp({ DATABASE_POOL_SIZE: '2', DATABASE_POOL_WAIT_MS: '700' });
    district = await createDistrict(testApp.dataSource, { schoolYear: schoolYearOf(todayIsoDate()) });
    teacher = new GraphQLClient(testApp.baseUrl);
    expect((await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  afterAll(() => testApp.close());

  it('refuses 15 aliases of pdRecords -> educator -> pdRecords before running them', async () => {
    const chain = (i: number) =>
      `r${i}: myPdRecords { id educator { id pdRecords { id title educator { id pdRecords { id title } } } } }`;
    const started = Date.now();
    const response = await teacher.request(`query { ${Array.from({ length: 15 }, (_, i) => chain(i)).join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/too large: it could return [\d,]+ fields, over the limit of 100,000/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('caps every educator record list at its hard limit', async () => {
    const one = await teacher.request<{ myPdRecords: unknown[] }>(
      `{ myPdRecords(limit: 1) { id educator { pdRecords(limit: 1) { id } } } }`,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.myPdRecords).toHaveLength(1);
    const all = await teacher.request<{ myPdRecords: unknown[] }>(`{ myPdRecords { id } }`);
    expect(all.data?.myPdRecords.length).toBeGreaterThan(1);
    for (const query of [
      `{ myPdRecords(limit: 501) { id } }`,
      `{ myPdRecords(limit: 1) { educator { pdRecords(limit: 100000) { id } } } }`,
    ]) {
      const refused = await teacher.request(query);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After when every pooled connection stays busy, then serves again', async () => {
    const held = [testApp.apiDataSource.createQueryRunner(), testApp.apiDataSource.createQueryRunner()];
    try {
      for (const runner of held) await runner.connect();
      const started = Date.now();
      const response = await fetch(`${testApp.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: teacher.cookie ?? '' },
        body: JSON.stringify({ query: `{ myPdRecords { id } }` }),
      });
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string }; message: string }> };
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|timeout exceeded|stacktrace/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      for (const runner of held) await runner.release();
    }
    expect((await teacher.request(`{ myPdRecords { id } }`)).errors).toBeUndefined();
  });
});
