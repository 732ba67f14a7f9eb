// A link on another site must not start an export (the Lax session cookie rides along on a
// top-level navigation): exports need Fetch Metadata showing same-site intent, or the session's
// export token, and a refused request writes no audit row.
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download } from '../testing/upload-client';

/** What Chromium sends when a person clicks a link to us on another site. */
const CROSS_SITE_NAVIGATION = {
  'sec-fetch-site': 'cross-site',
  'sec-fetch-mode': 'navigate',
  'sec-fetch-dest': 'document',
  'sec-fetch-user': '?1',
  referer: 'https://attacker.example.net/',
};

describe('export downloads need same-site intent', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let hr: GraphQLClient;
  let teacher: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(d.accounts.hr.email, TEST_PASSWORD);
    teacher = new GraphQLClient(testApp.baseUrl);
    await teacher.signIn(d.accounts.teacherA.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  /** The audit row is written once the file has been streamed, just after the last byte: wait for it (bounded). */
  async function expectExports(count: number): Promise<void> {
    const until = Date.now() + 10_000;
    while ((await exports()) < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await exports()).toBe(count);
  }

  async function exports(): Promise<number> {
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE district_id = $1 AND action = 'REPORT_EXPORTED'`,
      [d.districtId],
    );
    return count;
  }

  it.each(['/api/reports/relicensure/csv', '/api/reports/state-hour-upload/xlsx', '/api/reports/lane-change/pdf'])(
    'refuses a cross-site navigation to %s before writing anything or auditing',
    async (path) => {
      const before = await exports();
      const response = await download(hr, testApp.baseUrl, path, CROSS_SITE_NAVIGATION);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(await response.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/another site/) });
      expect(await exports()).toBe(before);
    },
  );

  it("refuses a cross-site link to a teacher's own transcript too", async () => {
    const response = await download(
      teacher,
      testApp.baseUrl,
      `/api/reports/transcripts/${d.educators.teacherA}`,
      CROSS_SITE_NAVIGATION,
    );
    expect(response.status).toBe(403);
  });

  it.each(['same-origin', 'same-site', 'none'])('exports with Sec-Fetch-Site: %s, and audits it', async (site) => {
    const before = await exports();
    const response = await download(hr, testApp.baseUrl, '/api/reports/relicensure/csv', {
      'sec-fetch-site': site,
      'sec-fetch-mode': 'navigate',
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await expectExports(before + 1);
  });

  it("without Fetch Metadata, needs the session's export token (header or parameter)", async () => {
    const before = await exports();
    const bare = await download(hr, testApp.baseUrl, '/api/reports/relicensure/csv', {});
    expect(bare.status).toBe(403);
    expect(await exports()).toBe(before);

    const token = (await hr.request<{ reportExportToken: string }>(`{ reportExportToken }`)).data!.reportExportToken;
    const withHeader = await download(hr, testApp.baseUrl, '/api/reports/relicensure/csv', { 'x-pdledger-export-token': token });
    expect(withHeader.status).toBe(200);
    await withHeader.arrayBuffer();
    const withParameter = await download(
      hr,
      testApp.baseUrl,
      `/api/reports/relicensure/csv?status=at_risk&exportToken=${encodeURIComponent(token)}`,
      {},
    );
    expect(withParameter.status).toBe(200);
    await withParameter.arrayBuffer();
    await expectExports(before + 2);

    // Another session's token proves nothing.
    const otherSession = new GraphQLClient(testApp.baseUrl);
    await otherSession.signIn(d.accounts.hr.email, TEST_PASSWORD);
    const stolen = await download(otherSession, testApp.baseUrl, '/api/reports/relicensure/csv', {
      'x-pdledger-export-token': token,
    });
    expect(stolen.status).toBe(403);
    await expectExports(before + 2);
  });
});
