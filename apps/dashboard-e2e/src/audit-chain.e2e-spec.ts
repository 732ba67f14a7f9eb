import type { Browser } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';
import { signIn } from './support/sign-in';

const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;

describeWithBrowser('HR verifies the audit chain (Chromium)', () => {
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

  it('recomputes the district chain from the Audit page and says it is intact', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org');
    await page.goto(`${server.baseUrl}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('button', { name: 'Verify the audit chain' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Intact' });
    await status.waitFor();
    // The sign-in just now is at least one chained event.
    expect(await status.textContent()).toMatch(/(All \d+ events are|The one event is) intact/);
    expect(await status.textContent()).toMatch(/[0-9a-f]{64}/);
    await saveScreenshot(page, 'hr-audit-chain-verified');
    await context.close();
  });
});
