// The server fetches badge documents only from the public internet: an allow-listed issuer on a
// loopback or private address is refused before any request, and a remote failure is reported
// without its HTTP status.
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { upload } from '../testing/upload-client';
import {
  bakePng,
  ob2Assertion,
  ob2BadgeClass,
  ob2Issuer,
  sha256Identity,
  startIssuerServer,
  type IssuerServer,
} from './verification/__fixtures__/badge-fixtures';

interface FileResult {
  status: string;
  code: string | null;
  message: string;
}

async function setUp(testApp: TestApp, server: IssuerServer): Promise<{ teacher: GraphQLClient; d: DistrictFixture }> {
  const d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
  const teacher = new GraphQLClient(testApp.baseUrl);
  await teacher.signIn(d.accounts.teacherA.email, TEST_PASSWORD);
  const hr = new GraphQLClient(testApp.baseUrl);
  await hr.signIn(d.accounts.hr.email, TEST_PASSWORD);
  const [{ email }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
    d.educators.teacherA,
  ])) as Array<{
    email: string;
  }>;
  server.routes.set('/assertions/1001', {
    body: ob2Assertion(server.origin, {
      recipient: { type: 'email', hashed: true, salt: 'pepper', identity: sha256Identity(email, 'pepper') },
    }),
  });
  server.routes.set('/badges/literacy', { body: ob2BadgeClass(server.origin) });
  server.routes.set('/issuer', { body: ob2Issuer(server.origin) });
  // HR allow-lists the loopback issuer, as in the reported probe.
  for (const origin of [server.origin, server.origin.replace('127.0.0.1', 'localhost')]) {
    const added = await hr.request(`mutation($o: String!) { addBadgeOrigin(origin: $o) { id } }`, { o: origin });
    expect(added.errors).toBeUndefined();
  }
  return { teacher, d };
}

describe('badge fetches and non-public addresses', () => {
  let server: IssuerServer;

  beforeAll(async () => {
    server = await startIssuerServer();
  });

  afterAll(() => server.close());

  describe('by default', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp();
    });

    afterAll(() => testApp.close());

    it('refuses an allow-listed issuer on 127.0.0.1 or localhost without contacting it', async () => {
      const { teacher } = await setUp(testApp, server);
      server.hits.length = 0;
      for (const url of [
        `${server.origin}/assertions/1001`,
        `${server.origin.replace('127.0.0.1', 'localhost')}/assertions/1001`,
      ]) {
        const response = await upload(teacher, testApp.baseUrl, '/api/badges', [
          { name: 'literacy.png', bytes: bakePng('openbadges', url) },
        ]);
        const [result] = response.body['results'] as FileResult[];
        // localhost is checked by what it resolves to (127.0.0.1, ::1).
        expect(result).toMatchObject({ status: 'REJECTED', code: 'BADGE_ADDRESS_NOT_ALLOWED' });
        expect(result.message).toContain(url);
      }
      expect(server.hits).toEqual([]);
    });
  });

  describe('with BADGE_FETCH_ALLOW_PRIVATE (development and tests)', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp({ BADGE_FETCH_ALLOW_PRIVATE: 'true' });
    });

    afterAll(() => testApp.close());

    it('fetches from the local issuer, and does not tell the uploader the remote HTTP status', async () => {
      const { teacher } = await setUp(testApp, server);
      const url = `${server.origin}/assertions/1001`;
      const ok = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'ok.png', bytes: bakePng('openbadges', url) }]);
      expect((ok.body['results'] as FileResult[])[0]).toMatchObject({ status: 'IMPORTED' });

      for (const status of [401, 403, 500, 502]) {
        server.routes.set('/assertions/1002', { status, body: { error: 'internal admin panel' } });
        const failed = await upload(teacher, testApp.baseUrl, '/api/badges', [
          { name: `s${status}.png`, bytes: bakePng('openbadges', `${server.origin}/assertions/1002`) },
        ]);
        const [result] = failed.body['results'] as FileResult[];
        expect(result).toMatchObject({ status: 'REJECTED', code: 'BADGE_FETCH_FAILED' });
        expect(result.message).toBe(
          `Could not fetch the issuer's document (the hosted assertion) at ${server.origin}/assertions/1002.`,
        );
        expect(JSON.stringify(failed.body)).not.toMatch(new RegExp(`HTTP|:${status}\\b|"${status}"`));
      }
    });
  });
});
