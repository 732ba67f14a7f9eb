import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot, watchCspViolations } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';

const demoPassword = 'pdledger-demo';
const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;

async function signIn(page: Page, baseUrl: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describeWithBrowser('the principal and HR homes (Chromium)', () => {
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

  it('lets a principal see who needs attention and open that person', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The charts (recharts) and Mantine's styles work under the API's strict Content-Security-Policy.
    const cspViolations = watchCspViolations(page);
    await signIn(page, server.baseUrl, 'principal@maplewood.example.org', 'Lincoln Elementary');

    const status = page.getByRole('region', { name: 'Staff renewal status' });
    await status.waitFor();
    const attention = page.getByRole('region', { name: 'Needs attention' });
    const firstPerson = attention.getByRole('row').nth(1).getByRole('link').first();
    await firstPerson.waitFor();
    // The demo district always has someone who needs attention (cycles spread over five years).
    const name = (await firstPerson.textContent())!.trim();
    await page.locator('section[aria-labelledby="staff-heading"] tbody tr').first().waitFor();
    await saveScreenshot(page, 'principal-home-desktop');

    // The status bar's parts filter the staff table below, through the URL.
    const segment = status.getByRole('link', { name: /: show them$/ }).first();
    const segmentLabel = (await segment.getAttribute('aria-label'))!;
    await segment.click();
    await page.waitForURL(/status=/);
    const statusWord = /: \d+ (.+): show them$/.exec(segmentLabel)![1]!;
    // The filter line renders with the new URL; the table keeps the previous rows (marked busy)
    // until the filtered answer arrives, so wait for it to settle before reading its rows.
    await page.getByText(`Showing staff whose renewal is ${statusWord}.`).waitFor();
    const staffRows = page.locator('section[aria-labelledby="staff-heading"] table:not([aria-busy="true"]) tbody tr');
    await staffRows.first().waitFor();
    for (const text of await staffRows.allTextContents()) expect(text.toLowerCase()).toContain(statusWord);

    await firstPerson.click();
    await page.waitForURL(/\/educators\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.goBack();
    // The reason filter and the pages come from the API a page at a time, through the URL: pick
    // the reason with the most people, then its second page if it has one.
    const show = attention.getByLabel('Show');
    const reasons = (await show.locator('option').allTextContents())
      .slice(1)
      .map((text) => /^(.+) \((\d+)\)$/.exec(text)!)
      .map(([label, reasonName, count]) => ({ label, reasonName: reasonName!, count: Number(count) }));
    const reason = reasons.reduce((most, next) => (next.count > most.count ? next : most));
    expect(reason.count).toBeGreaterThan(0);
    await show.selectOption({ label: reason.label });
    await page.waitForURL(/why=/);
    const settledAttention = page
      .locator('section[aria-busy="false"]')
      .filter({ has: page.getByRole('heading', { name: 'Needs attention' }) });
    await settledAttention.getByText(`of ${reason.count}`, { exact: false }).waitFor();
    const reasonRows = settledAttention.locator('table tbody tr');
    expect(await reasonRows.count()).toBe(Math.min(reason.count, 10));
    for (const text of await reasonRows.allTextContents()) expect(text).toContain(reason.reasonName);
    if (reason.count > 10) {
      await attention.getByRole('button', { name: 'Needs attention, next page' }).click();
      await page.waitForURL(/apage=2/);
      await settledAttention.getByText(`Showing 11–${Math.min(reason.count, 20)} of ${reason.count}`).waitFor();
      for (const text of await reasonRows.allTextContents()) expect(text).toContain(reason.reasonName);
    }
    await saveScreenshot(page, 'principal-home-attention-filtered');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('region', { name: 'Needs attention' }).waitFor();
    await saveScreenshot(page, 'principal-home-phone');
    // Nothing wider than the phone except inside the tables' own scroll containers.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets HR open the compliance chart, drill into a school, and follow a link to reports', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cspViolations = watchCspViolations(page);
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org', 'District overview');

    const compliance = page.getByRole('region', { name: 'Compliance by school' });
    await compliance.getByRole('link', { name: 'Lincoln Elementary', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Licenses expiring, short of hours' }).waitFor();
    await page.getByRole('heading', { name: 'PD hour equivalents this year against last year' }).waitFor();
    await saveScreenshot(page, 'hr-home-desktop');

    // Expiring licenses: the 25 soonest at first, 25 more on request (the count in the URL), the
    // rows already shown staying on screen meanwhile. Within 365 days the demo district has more than 25.
    const expiring = page.getByRole('region', { name: 'Licenses expiring, short of hours' });
    const settledExpiring = page
      .locator('section[aria-busy="false"]')
      .filter({ has: page.getByRole('heading', { name: 'Licenses expiring, short of hours' }) });
    const expiringRows = settledExpiring.locator('table tbody tr');
    const yearLabel = expiring.getByText(/^365 days \([\d,]+\)$/);
    const within365 = Number(/\(([\d,]+)\)/.exec((await yearLabel.textContent())!)![1]!.replace(/,/g, ''));
    expect(within365).toBeGreaterThan(25);
    await yearLabel.click();
    await page.waitForURL(/within=365/);
    await settledExpiring.getByText(`Showing the 25 soonest of ${within365.toLocaleString('en-US')}.`).waitFor();
    expect(await expiringRows.count()).toBe(25);
    await saveScreenshot(page, 'hr-home-expiring-first');
    await expiring.getByRole('button', { name: `Show ${Math.min(25, within365 - 25)} more` }).click();
    await page.waitForURL(/expiring=50/);
    await settledExpiring
      .getByText(
        within365 > 50
          ? `Showing the 50 soonest of ${within365.toLocaleString('en-US')}.`
          : `Showing all ${within365.toLocaleString('en-US')}.`,
      )
      .waitFor();
    expect(await expiringRows.count()).toBe(Math.min(50, within365));
    // The other blocks stayed on screen throughout: no page loader came back.
    expect(await page.getByText('Loading the district overview…').count()).toBe(0);
    await expiring.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'hr-home-expiring-more');

    // The chart as a table: one row per school with its counts.
    await compliance.getByRole('button', { name: 'Show as table' }).click();
    const lincolnRow = compliance.getByRole('row', { name: /Lincoln Elementary/ });
    await lincolnRow.waitFor();
    expect(await compliance.getByRole('columnheader', { name: 'At risk' }).count()).toBe(1);
    await compliance.getByRole('button', { name: 'Show as chart' }).click();

    // Drill into one status of one school: the school's view with the filter in the URL.
    const atRisk = compliance.getByRole('link', { name: /^Lincoln Elementary: \d+ at risk: show them$/ });
    await atRisk.click();
    await page.waitForURL(/\/school\?school=[0-9a-f-]{36}&status=at-risk/);
    await page.getByRole('heading', { level: 1, name: 'Lincoln Elementary' }).waitFor();
    await page.getByText('Showing staff whose renewal is at risk.').waitFor();
    const rows = page.locator('section[aria-labelledby="staff-heading"] table:not([aria-busy="true"]) tbody tr');
    await rows.first().waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain('At risk');
    expect(await page.getByLabel('Renewal status', { exact: true }).inputValue()).toBe('AT_RISK');

    // Back to the overview, and on to the reports.
    await page.getByRole('link', { name: '← District overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
    await page.getByRole('navigation', { name: 'HR tools' }).getByRole('link', { name: 'Reports and exports' }).click();
    await page.waitForURL(/\/reports$/);

    await page.goto(`${server.baseUrl}/`);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('region', { name: 'Compliance by school' }).waitFor();
    await page.getByRole('heading', { name: 'PD hour equivalents this year against last year' }).waitFor();
    await saveScreenshot(page, 'hr-home-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
