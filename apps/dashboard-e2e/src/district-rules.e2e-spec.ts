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

describeWithBrowser('district rules and portability (Chromium)', () => {
  let server: ProductServer;
  let browser: Browser;
  const label = `In-district PD ${Date.now()}`;

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('HR adds a district override and sees it in the rules library; the teacher sees it on their renewal', async () => {
    const hr = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await hr.newPage();
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Renewal rules' }).waitFor();
    await page.getByText('No district overrides: the state rules apply as published.').waitFor();

    // Staff licensed in Tennessee too: HR adds it to the district's states.
    await page.getByRole('button', { name: 'Change states' }).click();
    const others = page.getByRole('textbox', { name: 'Other states (staff licensed elsewhere)' });
    await others.click();
    await others.fill('Tennessee');
    await page.getByRole('option', { name: /Tennessee/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save states' }).click();
    await page.getByRole('status').filter({ hasText: 'The district’s states were saved.' }).waitFor();
    await page.getByRole('region', { name: 'Your district' }).getByRole('link', { name: 'Tennessee PDPs' }).waitFor();

    const form = page.getByRole('form', { name: 'Add a district override' });
    await form.getByLabel(/^Amount/).fill('30');
    await form.getByLabel(/^Name/).fill(label);
    await form.getByLabel(/^Basis/).fill('Board policy 4120, adopted May 12, 2026');
    await form.getByLabel(/^Effective from/).fill('2026-07-01');
    await form.getByRole('button', { name: 'Add override' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Added: ${label}` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: label });
    await row.getByText(/30 more .* required per cycle/).waitFor();
    await row.getByText('District policy: Board policy 4120, adopted May 12, 2026').waitFor();
    await row.getByText(/From Jul 1, 2026/).waitFor();
    await saveScreenshot(page, 'hr-rules-library-district-override');

    // A bad amount is refused with the API's message beside the field.
    await form.getByLabel(/^Amount/).fill('-5');
    await form.getByLabel(/^Name/).fill('Bad one');
    await form.getByLabel(/^Basis/).fill('Test');
    await form.getByRole('button', { name: 'Add override' }).click();
    await form.getByText(/Invalid value for amount: "-5"/).waitFor();
    await hr.close();

    const teacher = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacherPage = await teacher.newPage();
    await signIn(teacherPage, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
    await teacherPage.goto(`${server.baseUrl}/renewal`);
    await teacherPage.getByRole('heading', { level: 1, name: 'My renewal' }).waitFor();
    await teacherPage.getByRole('heading', { name: 'District policy' }).first().waitFor();
    await teacherPage
      .getByText(new RegExp(`${label}: 30 more`))
      .first()
      .waitFor();
    await saveScreenshot(teacherPage, 'teacher-renewal-district-policy');
    await teacher.close();
  });

  it('a teacher opens portability for Tennessee from My renewal', async () => {
    const teacher = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await teacher.newPage();
    await signIn(page, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
    await page.goto(`${server.baseUrl}/renewal`);
    await page.getByRole('link', { name: /If I move/ }).click();
    await page.getByRole('heading', { level: 1, name: 'If I move: PD record in another state' }).waitFor();
    await page.getByRole('textbox', { name: 'State' }).click();
    await page.getByRole('textbox', { name: 'State' }).fill('Tennessee');
    await page.getByRole('option', { name: /Tennessee/ }).click();
    await page.getByRole('heading', { name: /^Your record in Tennessee/ }).waitFor();
    await page.getByText(/is counted, as if renewing a TN license on that day/).waitFor();
    // The per-record explanation: every credited line with its conversion rule.
    await page.getByRole('table').getByText('Total earned').waitFor();
    if (!page.url().includes('state=tn')) throw new Error(`The state is not in the URL: ${page.url()}`);
    await saveScreenshot(page, 'teacher-portability-tennessee');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await signIn(phonePage, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
    await phonePage.goto(`${server.baseUrl}/portability?state=tn`);
    await phonePage.getByRole('heading', { name: /^Your record in Tennessee/ }).waitFor();
    await saveScreenshot(phonePage, 'teacher-portability-tennessee-phone');
    await phone.close();
    await teacher.close();
  });
});
