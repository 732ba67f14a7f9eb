import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';
import { STYLE_NONCE_PLACEHOLDER } from './configure-app';

/** Content-Security-Policy, HSTS over HTTPS only (behind a trusted proxy), and no public source maps. */
describe('browser hardening headers', () => {
  let direct: TestApp;
  let behindProxy: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'pdl-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(
      join(dashboardDir, 'index.html'),
      `<!doctype html><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}"><title>PD Ledger</title>`,
    );
    writeFileSync(join(dashboardDir, 'assets', 'index-AbC123.js'), 'export {};');
    writeFileSync(join(dashboardDir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
    direct = await startTestApp({ DASHBOARD_DIR: dashboardDir });
    behindProxy = await startTestApp({ DASHBOARD_DIR: dashboardDir, TRUST_PROXY: 'loopback' });
  });

  afterAll(async () => {
    await direct?.close();
    await behindProxy?.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  function directives(policy: string | null): Map<string, string> {
    return new Map(
      (policy ?? '').split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      }),
    );
  }

  it('serves the dashboard page with a strict policy: no inline script, no eval, styles by a fresh nonce', async () => {
    const pages = await Promise.all([1, 2].map(() => fetch(`${direct.baseUrl}/staff`, { headers: { accept: 'text/html' } })));
    const nonces: string[] = [];
    for (const page of pages) {
      const policy = directives(page.headers.get('content-security-policy'));
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      expect(policy.get('default-src')).toBe("'self'");
      const style = policy.get('style-src') ?? '';
      expect(style).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
      const html = await page.text();
      const nonce = /'nonce-([^']+)'/.exec(style)?.[1] ?? '';
      expect(html).toContain(`nonce="${nonce}"`);
      expect(html).not.toContain(STYLE_NONCE_PLACEHOLDER);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const page of pages) expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    // /index.html directly is the same page, not the raw file.
    const index = await fetch(`${direct.baseUrl}/index.html`);
    expect(await index.text()).not.toContain(STYLE_NONCE_PLACEHOLDER);
  });

  it('sends the policy on API answers too', async () => {
    for (const path of ['/health', '/graphql?query=%7B__typename%7D', '/assets/index-AbC123.js']) {
      const response = await fetch(`${direct.baseUrl}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(directives(response.headers.get('content-security-policy')).get('script-src')).toBe("'self'");
    }
  });

  it('does not serve source maps', async () => {
    expect((await fetch(`${direct.baseUrl}/assets/index-AbC123.js.map`)).status).toBe(404);
    expect((await fetch(`${direct.baseUrl}/assets/index-AbC123.js`)).status).toBe(200);
  });

  it('sends HSTS only for requests that arrived over HTTPS, trusting X-Forwarded-Proto only from a trusted proxy', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect((await fetch(`${behindProxy.baseUrl}/health`, { headers: https })).headers.get('strict-transport-security')).toMatch(
      /^max-age=\d{8,}/,
    );
    expect((await fetch(`${behindProxy.baseUrl}/health`)).headers.get('strict-transport-security')).toBeNull();
    // Without TRUST_PROXY the header is the client's word, not the proxy's: plain HTTP, no HSTS.
    expect((await fetch(`${direct.baseUrl}/health`, { headers: https })).headers.get('strict-transport-security')).toBeNull();
  });
});
