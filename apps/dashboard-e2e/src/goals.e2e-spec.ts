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

describeWithBrowser('a principal follows a goal to a person not counted yet (Chromium)', () => {
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

  it('opens the Goals page, a goal, and then a person the goal does not count yet', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'principal@maplewood.example.org', 'Lincoln Elementary');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    // Lincoln's two goals and the district's two, each with its trend drawn.
    const cards = page.getByTestId('goal-card');
    await cards.nth(3).waitFor();
    expect(await cards.count()).toBe(4);
    await page.getByTestId('goal-trend-chart').first().locator('svg.trend-chart__svg').first().waitFor();
    await saveScreenshot(page, 'principal-goals');

    const goalTitle = 'Half of Lincoln staff hold a literacy micro-credential';
    await page.getByRole('link', { name: goalTitle }).click();
    await page.getByRole('heading', { level: 1, name: goalTitle }).waitFor();
    const notCounted = page.getByRole('region', { name: 'Not counted yet' });
    const firstPerson = notCounted.getByRole('row').nth(1).getByRole('link');
    await firstPerson.waitFor();
    const name = (await firstPerson.textContent())?.trim() ?? '';
    expect(name.length).toBeGreaterThan(0);
    await expect(notCounted.getByRole('row').nth(1).textContent()).resolves.toMatch(/0 of 1 micro-credential in Literacy/);
    await saveScreenshot(page, 'principal-goal-detail');

    // The trend is also a table, for anyone who would rather read than look.
    await page.getByRole('button', { name: 'Show trend as table' }).click();
    await page.getByRole('table', { name: /Progress of .* over time/ }).waitFor();

    await firstPerson.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/educators\/[0-9a-f-]{36}$/);
    await saveScreenshot(page, 'principal-goal-person');

    // A new goal through the form: a bad deadline is caught beside its field, then the goal is made.
    await page.goto(`${server.baseUrl}/goals?new=1`);
    const form = page.getByRole('form', { name: 'New goal' });
    const title = `Everyone at Lincoln has PD ${Date.now()}`;
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Measure').selectOption('ANY_PD_THIS_YEAR');
    await form.getByLabel(/^Target/).fill('90');
    await form.getByLabel('Start').fill('2026-07-01');
    await form.getByLabel('Deadline').fill('2026-06-30');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await form.getByText('The deadline must be after the start date.').waitFor();
    await saveScreenshot(page, 'principal-goal-form-error');
    await form.getByLabel('Deadline').fill('2027-06-30');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Progress' }).waitFor();
    expect(page.url()).toMatch(/\/goals\/[0-9a-f-]{36}$/);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await signIn(phonePage, server.baseUrl, 'principal@maplewood.example.org', 'Lincoln Elementary');
    await phonePage.goto(`${server.baseUrl}/goals`);
    await phonePage.getByTestId('goal-card').nth(4).waitFor();
    await phonePage.getByTestId('goal-trend-chart').first().locator('svg.trend-chart__svg').first().waitFor();
    await saveScreenshot(phonePage, 'principal-goals-phone');

    await context.close();
    await phone.close();
  });

  it('shows HR every goal of the district', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await page.getByRole('link', { name: 'Everyone at Washington on track for renewal' }).waitFor();
    await page
      .getByText(/; Whole district\)\./)
      .first()
      .waitFor();
    await saveScreenshot(page, 'hr-goals');
    await context.close();
  });
});
