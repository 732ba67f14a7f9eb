import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';

const demoPassword = 'pdledger-demo';
const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;
const LITERACY = 'Structured Literacy Foundations';

async function signIn(page: Page, baseUrl: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The Act 48 hours the teacher's home shows as earned ("300 of 180 Act 48 hours"). */
async function earnedHours(page: Page): Promise<number> {
  const text = await page
    .getByText(/of [\d,.]+ Act 48 hours$/)
    .first()
    .textContent();
  const match = /^([\d,.]+) of/.exec(text?.trim() ?? '');
  if (!match) throw new Error(`no renewal figure in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

describeWithBrowser('HR voids a verified record; a reviewer sees a duplicate (Chromium)', () => {
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

  it("flags Maria Alvarez's pending copy of a verified micro-credential, and voiding the verified one drops her renewal figure", async () => {
    const teacher = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacherPage = await teacher.newPage();
    await signIn(teacherPage, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
    const before = await earnedHours(teacherPage);

    const hr = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const hrPage = await hr.newPage();
    await signIn(hrPage, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
    await hrPage.goto(`${server.baseUrl}/review`);
    const pendingCopy = hrPage.getByRole('row').filter({ hasText: LITERACY }).filter({ hasText: 'Maria Alvarez' });
    await pendingCopy.getByText(/Possible duplicate of/).waitFor();
    await pendingCopy.getByText(/Verified, counts/).waitFor();

    // Bulk approval stops at the likely duplicate and asks for a reason.
    await pendingCopy.getByRole('checkbox').check();
    await hrPage.getByRole('button', { name: /^Approve selected/ }).click();
    const confirm = hrPage.getByRole('dialog', { name: 'Approve likely duplicates?' });
    await confirm.getByText(`“${LITERACY}” by Maria Alvarez`).waitFor();
    await confirm.getByRole('button', { name: 'Approve all as different PD' }).click();
    await confirm.getByText(/Say why these are different PD/).waitFor();
    await saveScreenshot(hrPage, 'hr-bulk-approve-duplicate');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await pendingCopy.getByRole('checkbox').uncheck();

    // The approve dialog names the counted copy and asks for a reason before approving a second one.
    await pendingCopy.getByRole('button', { name: /^Approve/ }).click();
    const decision = hrPage.getByRole('form', { name: `Approve: ${LITERACY}` });
    await decision.getByText('Possible duplicate').waitFor();
    await decision.getByRole('button', { name: 'Approve as different PD' }).click();
    await decision.getByText(/Say why this is different PD/).waitFor();
    await saveScreenshot(hrPage, 'hr-approve-dialog-duplicate');
    await decision.getByRole('button', { name: 'Cancel' }).click();

    // The warning links to the counted copy on Maria's page; HR voids it there.
    await pendingCopy.getByRole('link', { name: `“${LITERACY}”` }).click();
    await hrPage.getByRole('heading', { level: 1, name: 'Maria Alvarez' }).waitFor();
    const verifiedRow = hrPage.getByRole('row').filter({ hasText: LITERACY }).filter({ hasText: 'Verified' }).first();
    await verifiedRow.getByRole('button', { name: /^Void/ }).click();
    const voidForm = hrPage.getByRole('form', { name: `Void record: ${LITERACY}` });
    await voidForm.getByLabel('Why is it voided?').fill('The issuer revoked this badge');
    await voidForm.getByRole('button', { name: 'Void' }).click();
    await hrPage.getByText('Voided: The issuer revoked this badge').first().waitFor();
    await saveScreenshot(hrPage, 'hr-voided-record');

    // The teacher's renewal figure drops at once (the micro-credential counted 30 Act 48 hours),
    // and she reads why.
    await teacherPage.reload();
    await teacherPage.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();
    expect(await earnedHours(teacherPage)).toBe(before - 30);
    await teacherPage.getByText('Voided: The issuer revoked this badge').first().waitFor();
    await saveScreenshot(teacherPage, 'teacher-sees-voided-record');

    await teacher.close();
    await hr.close();
  });
});
