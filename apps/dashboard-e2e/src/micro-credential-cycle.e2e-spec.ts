import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';

const demoPassword = 'pdledger-demo';
const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;
const MC = 'Formative Assessment in Practice';
const CRITERIA = ['Plans checks for understanding', 'Acts on the evidence'];

async function signIn(page: Page, baseUrl: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The Act 48 hours the teacher's home shows as earned ("300 of 180 Act 48 hours"). */
async function earnedHours(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/`);
  const text = await page
    .getByText(/of [\d,.]+ Act 48 hours$/)
    .first()
    .textContent();
  const match = /^([\d,.]+) of/.exec(text?.trim() ?? '');
  if (!match) throw new Error(`no renewal figure in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

describeWithBrowser('the micro-credential cycle (Chromium)', () => {
  let server: ProductServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function pageFor(email: string, heading: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, email, heading);
    return page;
  }

  beforeAll(async () => {
    server = await startProductServer();
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function score(email: string, level: string): Promise<void> {
    const page = await pageFor(email, 'Portfolios to score');
    const card = page.getByRole('region', { name: MC });
    for (const criterion of CRITERIA) {
      await card.getByLabel(`Level for “${criterion}”`).selectOption({ label: level });
      await card.getByLabel(`Feedback on “${criterion}”`).fill(`${level}: seen in the lesson plans and student work.`);
    }
    await card.getByRole('button', { name: 'Submit scores' }).click();
    await page.getByText('Nothing is waiting for you.').waitFor();
  }

  async function assign(hr: Page, assessor: string): Promise<void> {
    const row = hr.getByRole('row').filter({ hasText: 'Maria Alvarez' }).filter({ hasText: MC });
    await row.getByLabel('Assessor for Maria Alvarez').selectOption({ label: assessor });
    await row.getByRole('button', { name: 'Assign' }).click();
    await row.getByText(new RegExp(`${assessor}: scoring`)).waitFor();
  }

  it('choose, portfolio, two assessors disagree, a third decides, the credential counts, verifies, and revocation takes it back', async () => {
    const teacher = await pageFor('teacher@maplewood.example.org', 'My professional development');
    const before = await earnedHours(teacher, server.baseUrl);

    // Choose by competency, with a growth goal.
    await teacher.goto(`${server.baseUrl}/micro-credentials`);
    await teacher.getByLabel('Search by competency or name').fill('formative');
    await teacher.getByRole('button', { name: `Start ${MC}` }).click();
    await teacher.getByLabel('Your growth goal (optional, shown to your principal)').fill('Use exit tickets daily in math.');
    await teacher.getByRole('button', { name: `Start ${MC}` }).click();

    // The portfolio, autosaved per criterion, then submitted.
    const card = teacher.getByRole('region', { name: MC });
    await card.getByLabel('Reflection').nth(0).fill('I planned three checks per lesson; the plans are linked.');
    await card.getByLabel('Links (one per line)').nth(0).fill('https://video.example.org/lesson-1');
    await card.getByLabel('Reflection').nth(1).fill('After the exit ticket I regrouped the class.');
    // Autosave: nothing left unsaved before submitting.
    await card.getByText('Unsaved changes').first().waitFor({ state: 'detached' });
    await card.getByText('Saving…').first().waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Submit for assessment' }).click();
    await card.getByText('With the assessors').waitFor();
    await saveScreenshot(teacher, 'teacher-micro-credential-submitted');

    // HR assigns two assessors; they disagree; HR assigns a third.
    const hr = await pageFor('hr@maplewood.example.org', 'District overview');
    await hr.goto(`${server.baseUrl}/micro-credentials`);
    await assign(hr, 'Priya Raman');
    await assign(hr, 'Tom Becker');
    await score('assessor@maplewood.example.org', 'Proficient (3)');
    await score('assessor2@maplewood.example.org', 'Beginning (1)');
    await hr.reload();
    await hr.getByText('Assessors disagree: assign a third').waitFor();
    await assign(hr, 'Ana Souza');
    await score('assessor3@maplewood.example.org', 'Developing (2)');

    // Passed: the credential is hers, and her renewal figure counts the 15 hours.
    await teacher.goto(`${server.baseUrl}/micro-credentials`);
    await card.getByText('Earned').waitFor();
    const verifyHref = await card.getByRole('link', { name: 'Public verification page' }).getAttribute('href');
    expect(verifyHref).toMatch(/^\/verify\//);
    const download = await teacher.request.get(
      `${server.baseUrl}${await card.getByRole('link', { name: /Download the credential/ }).getAttribute('href')}`,
    );
    const credential = (await download.json()) as { type: string[]; proof: { cryptosuite: string } };
    expect(credential.type).toContain('OpenBadgeCredential');
    expect(credential.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(await earnedHours(teacher, server.baseUrl)).toBe(before + 15);

    // Anyone, signed out, sees it valid.
    const publicContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(publicContext);
    const publicPage = await publicContext.newPage();
    await publicPage.goto(`${server.baseUrl}${verifyHref}`);
    await publicPage.getByRole('heading', { level: 1, name: 'Credential verification' }).waitFor();
    await publicPage.getByLabel('Status: Valid').waitFor();
    await publicPage.getByRole('heading', { name: MC }).waitFor();
    await saveScreenshot(publicPage, 'public-credential-valid');

    // HR revokes: the public page says so and the figure drops.
    await hr.reload();
    const row = hr.getByRole('row').filter({ hasText: 'Maria Alvarez' }).filter({ hasText: MC });
    await row.getByLabel(`Reason to revoke ${MC}`).fill('Evidence was not the teacher’s own work');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await publicPage.waitForTimeout(500);
    await publicPage.reload();
    await publicPage.getByLabel('Status: Revoked').waitFor();
    expect(await earnedHours(teacher, server.baseUrl)).toBe(before);
  });
});
