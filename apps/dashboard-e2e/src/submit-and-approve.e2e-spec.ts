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

describeWithBrowser('a teacher submits PD and an HR admin approves it (Chromium)', () => {
  let server: ProductServer;
  let browser: Browser;
  // Unique per run, so the row is found whatever else is in the queue.
  const title = `Number Talks workshop ${Date.now()}`;

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('moves the record from pending review to approved, as both people see it', async () => {
    const teacher = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacherPage = await teacher.newPage();
    await signIn(teacherPage, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');

    await teacherPage.getByRole('button', { name: 'Submit PD' }).first().click();
    const form = teacherPage.getByRole('form', { name: 'Submit PD' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Kind of activity').selectOption('WORKSHOP');
    await form.getByLabel('Amount').fill('2.5');
    await form.getByLabel('Unit').selectOption('CLOCK_HOUR');
    await form.getByLabel('Completed on').fill('2026-10-15');
    await form.getByRole('button', { name: 'Submit for review' }).click();

    const teacherRow = teacherPage.getByRole('row').filter({ hasText: title });
    await teacherRow.getByText('Pending review').waitFor();
    await saveScreenshot(teacherPage, 'teacher-submitted-pd');

    const hr = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const hrPage = await hr.newPage();
    await signIn(hrPage, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
    await hrPage.goto(`${server.baseUrl}/review`);
    const hrRow = hrPage.getByRole('row').filter({ hasText: title });
    await hrRow.getByRole('button', { name: /^Approve/ }).click();
    const decision = hrPage.getByRole('form', { name: `Approve: ${title}` });
    await decision.getByRole('button', { name: 'Approve' }).click();
    await hrPage.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' });
    await saveScreenshot(hrPage, 'hr-review-queue-after-approval');

    await teacherPage.reload();
    await teacherPage.getByRole('row').filter({ hasText: title }).getByText('Approved').waitFor();
    await saveScreenshot(teacherPage, 'teacher-sees-approved-pd');

    await teacher.close();
    await hr.close();
  });
});
