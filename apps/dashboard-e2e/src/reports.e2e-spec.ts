import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
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

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`${linkName}: ${failure}`);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describeWithBrowser('reports: HR opens the relicensure report and downloads every export (Chromium)', () => {
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

  it('HR: the report, its filters in the URL, and CSV, Excel, PDF and state-upload files', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Relicensure report' }).waitFor();
    await page.getByText(/^Showing 1–\d+ of [\d,]+ licenses$/).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    await saveScreenshot(page, 'hr-relicensure-report');

    // Sorting goes into the URL; the status chips carry words, not only colours.
    await page.getByRole('button', { name: /^Remaining/ }).click();
    await page.waitForURL(/sort=remaining/);
    await page
      .getByRole('table')
      .getByText(/(Complete|On track|At risk|Behind|Lapsed)$/)
      .first()
      .waitFor();

    const csv = await download(page, 'Download the relicensure report as CSV');
    expect(csv.name).toMatch(/^relicensure-maplewood.*-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(
      csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toMatch(/^Educator ID,State educator ID,Last name,First name/);
    expect(csv.bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(2);

    const xlsx = await download(page, 'Download the relicensure report as an Excel workbook');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');

    const pdf = await download(page, 'Download the relicensure report as PDF, with totals per school');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const upload = await download(page, 'Download the state hour-upload file as CSV');
    expect(upload.name).toMatch(/^state-hour-upload-.*\.csv$/);
    expect(upload.bytes.toString('utf8').split('\r\n')[0]).toMatch(
      /^State educator ID,Last name,First name,Provider,Activity title/,
    );
    const uploadXlsx = await download(page, 'Download the state hour-upload file as an Excel workbook');
    expect(uploadXlsx.bytes.subarray(0, 2).toString()).toBe('PK');

    // A status filter narrows the table and the downloads alike.
    // The checkbox reflects the URL, so it turns checked once the navigation has happened.
    await page.getByRole('checkbox', { name: 'Complete' }).click();
    await page.waitForURL(/status=complete/);
    await page.getByRole('checkbox', { name: 'Complete', checked: true }).waitFor();
    const filtered = await download(page, 'Download the relicensure report as CSV');
    const statuses = filtered.bytes
      .toString('utf8')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[15]);
    expect(new Set(statuses).size).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'hr-relicensure-report-filtered');

    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'hr-relicensure-report-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lane changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lane-change report' }).waitFor();
    await page.getByText('Total cost for the next contract year').waitFor();
    await saveScreenshot(page, 'hr-lane-change-report');
    for (const [name, magic] of [
      ['Download the lane-change report as CSV', 'Educator ID'],
      ['Download the lane-change report as an Excel workbook', 'PK'],
      ['Download the lane-change report as PDF, with the cost per school', '%PDF-'],
    ] as const) {
      const file = await download(page, name);
      expect(file.bytes.length).toBeGreaterThan(0);
      expect(
        file.bytes
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .startsWith(magic),
      ).toBe(true);
    }
    await context.close();
  });

  it('a teacher downloads their own transcript from My renewal', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My renewal' }).click();
    await page.getByRole('heading', { level: 1, name: 'My renewal' }).waitFor();
    const transcript = await download(page, 'Download my transcript (PDF)');
    expect(transcript.name).toMatch(/^pd-transcript-.*\.pdf$/);
    expect(transcript.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await saveScreenshot(page, 'teacher-renewal-transcript');
    await context.close();
  });
});
