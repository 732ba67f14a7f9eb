import type { Browser } from 'playwright-core';
import { horizontalOverflow, seriousAccessibilityViolations } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';
import { signIn } from './support/sign-in';

const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;

// Each role's home and the main pages it works in, as the navigation offers them.
const pagesByRole: Array<[role: string, email: string, paths: string[]]> = [
  [
    'teacher',
    'teacher@maplewood.example.org',
    ['/', '/plan', '/renewal', '/renewal?why=lane', '/badges', '/pre-approvals', '/notifications', '/notifications/settings'],
  ],
  ['principal', 'principal@maplewood.example.org', ['/', '/review']],
  [
    'HR admin',
    'hr@maplewood.example.org',
    // Within 365 days the demo district has more expiring licenses than shown: the "Show more" button.
    ['/', '/?within=365', '/imports', '/review', '/audit', '/rules', '/settings', '/email-outbox', '/notifications'],
  ],
];

describeWithBrowser('accessibility: axe-core finds no serious or critical WCAG 2.1 AA violation (Chromium)', () => {
  let server: ProductServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([1280, 375])('the sign-in pages at %i px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Where a refused sign-in through the district's identity provider lands.
    await page.goto(`${server.baseUrl}/sign-in/refused?reason=unknown_email`);
    await page.getByRole('heading', { level: 1, name: 'You are not signed in' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  const cases = pagesByRole.flatMap(([role, email, paths]) => [1280, 375].map((width) => [role, width, email, paths] as const));

  it.each(cases)(
    'the %s pages at %i px',
    async (_role, width, email, paths) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, server.baseUrl, email);
      for (const path of paths) {
        const started = Date.now();
        await page.goto(`${server.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        // Loading spinners must be gone: axe checks the page a person reads.
        await page
          .getByRole('status')
          .filter({ hasText: /^(Loading|Evaluating|Checking)/ })
          .first()
          .waitFor({ state: 'detached', timeout: 10_000 })
          .catch(() => undefined);
        const findings = await seriousAccessibilityViolations(page);
        console.info(`axe ${path} at ${width} px: ${findings.length} serious/critical, ${Date.now() - started} ms`);
        expect({ path, width, findings }).toEqual({ path, width, findings: [] });
      }
      await context.close();
    },
    240_000,
  );

  it('the teacher pages do not scroll sideways at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'teacher@maplewood.example.org');
    for (const path of ['/', '/plan?plan=COURSE~3~SEMESTER_CREDIT~1~~~graduate~~1~', '/renewal', '/badges']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
    }
    await context.close();
  });

  it('the teacher home can be used with the keyboard alone: skip link, then the first screen in order', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'teacher@maplewood.example.org');
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    // From the main content, Tab reaches the renewal figure and its "Why?" without a mouse.
    const reached: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim());
    }
    expect(reached.some((text) => /^Why\? How the .* were counted$/.test(text))).toBe(true);
    expect(reached).toContain('Submit PD');
    await page
      .getByRole('link', { name: /^Why\? How the .* hours were counted$/ })
      .first()
      .press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My renewal' }).waitFor();
    // The drill-down arrives open: the table of credited lines is there.
    await page.getByRole('button', { name: 'Hide why' }).first().waitFor();
    await context.close();
  });
});
