import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

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

  it('answers a missing asset with 404, not the app page', async () => {
    const response = await fetch(`${testApp.baseUrl}/assets/gone-XyZ.js`);
    expect(response.status).toBe(404);
  });
});
