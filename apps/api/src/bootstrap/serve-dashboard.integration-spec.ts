import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDistrict, TEST_PASSWORD, type DistrictFixture } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

// The session check as the dashboard's build writes it into index.html (with the `__typename`s
// the dashboard's cache asks for).
const SESSION_QUERY = `query Me {
  me {
    accountId
    email
    role
    displayName
    district { id name stateCode __typename }
    educator { id fullName __typename }
    schools { id name __typename }
    __typename
  }
}`;

function builtPage(query: string | null): string {
  const block = query === null ? '' : `<script type="application/json" id="pdl-session-query">${JSON.stringify(query)}</script>`;
  return `<!doctype html><html><head><title>PD Ledger</title>${block}</head><body><div id="root"></div></body></html>`;
}

/** The session answer a served page carries, or null when it has none. */
function answerIn(html: string): unknown {
  const match = /<script type="application\/json" id="pdl-session-answer">([^<]*)<\/script>/.exec(html);
  return match?.[1] === undefined ? null : JSON.parse(match[1]);
}

describe('Serving the built dashboard', () => {
  let testApp: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'pdl-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>PD Ledger</title>');
    writeFileSync(join(dashboardDir, 'assets', 'home-page-AbC123.js'), 'export {};');
    writeFileSync(join(dashboardDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    testApp = await startTestApp({ DASHBOARD_DIR: dashboardDir });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  it('lets browsers keep the content-hashed files under /assets for good', async () => {
    const response = await fetch(`${testApp.baseUrl}/assets/home-page-AbC123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps unhashed files and the app page short-lived, so a new build is picked up', async () => {
    const icon = await fetch(`${testApp.baseUrl}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await fetch(`${testApp.baseUrl}/staff`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>PD Ledger</title>');
  });

  describe('with the session check answered in the page', () => {
    let district: DistrictFixture;
    let principal: GraphQLClient;
    const page = (cookie: string | null, path = '/') =>
      fetch(`${testApp.baseUrl}${path}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

    beforeAll(async () => {
      writeFileSync(join(dashboardDir, 'index.html'), builtPage(SESSION_QUERY));
      district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
      principal = new GraphQLClient(testApp.baseUrl);
      await principal.signIn(district.accounts.principalA.email, TEST_PASSWORD);
    });

    afterAll(() => writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>PD Ledger</title>'));

    it('gives a signed-in browser the answer POST /graphql gives, and lets no cache keep that page', async () => {
      const response = await page(principal.cookie, '/staff');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('vary')).toBe('Cookie');
      const answer = answerIn(await response.text()) as { me: { role: string; schools: Array<{ id: string }> } };
      expect(answer.me.role).toBe('PRINCIPAL');
      expect(answer.me.schools.map((school) => school.id)).toEqual([district.schoolA]);
      expect(answer).toEqual((await principal.request(SESSION_QUERY)).data);
    });

    it('answers a cookie of no live session with nobody signed in, and a browser without a cookie with nothing', async () => {
      const unknown = await page('pdl_session=not-a-session');
      expect(answerIn(await unknown.text())).toEqual({ me: null });
      expect(unknown.headers.get('cache-control')).toBe('private, no-store');

      const none = await page(null);
      expect(answerIn(await none.text())).toBeNull();
      expect(none.headers.get('cache-control')).toBe('no-cache');
      expect(none.headers.get('vary')).toBe('Cookie');
    });

    it('keeps what a person typed from ending the data block', async () => {
      const name = 'Pat </script><script>alert(1)</script> & <!-- O\u2028Brien';
      await testApp.dataSource.query(`UPDATE user_account SET display_name = $1 WHERE id = $2`, [
        name,
        district.accounts.principalA.id,
      ]);
      try {
        const html = await (await page(principal.cookie)).text();
        expect(html).not.toContain('<script>alert(1)');
        expect(html.match(/<\/script>/g)).toHaveLength(2); // the query block's and the answer's
        expect((answerIn(html) as { me: { displayName: string } }).me.displayName).toBe(name);
      } finally {
        await testApp.dataSource.query(`UPDATE user_account SET display_name = 'Principal A' WHERE id = $1`, [
          district.accounts.principalA.id,
        ]);
      }
    });

    it('runs nothing but a query of me from the page: a sign-out written there ends no session', async () => {
      writeFileSync(join(dashboardDir, 'index.html'), builtPage('mutation Me { signOut }'));
      try {
        const html = await (await page(principal.cookie)).text();
        expect(answerIn(html)).toBeNull();
        const me = await principal.request<{ me: { role: string } | null }>('{ me { role } }');
        expect(me.data?.me?.role).toBe('PRINCIPAL');
      } finally {
        writeFileSync(join(dashboardDir, 'index.html'), builtPage(SESSION_QUERY));
      }
    });
  });

  it('answers a missing asset with 404, not the app page', async () => {
    const response = await fetch(`${testApp.baseUrl}/assets/gone-XyZ.js`);
    expect(response.status).toBe(404);
  });
});
