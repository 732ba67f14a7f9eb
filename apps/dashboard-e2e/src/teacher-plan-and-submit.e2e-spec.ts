import type { Browser, Page } from 'playwright-core';
import { horizontalOverflow, seriousAccessibilityViolations } from './support/accessibility';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';
import { fillSignIn, signIn } from './support/sign-in';

const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;
const teacher = 'teacher@maplewood.example.org';

async function summaries(page: Page): Promise<{ renewal: string; lane: string }> {
  return {
    renewal: (await page.getByTestId('renewal-whatif-summary').textContent()) ?? '',
    lane: (await page.getByTestId('lane-whatif-summary').textContent()) ?? '',
  };
}

describeWithBrowser("the teacher's main path: am I on track, plan with the what-if tool, submit PD (Chromium)", () => {
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

  it('answers "am I on track?" on the first screen, at desktop and phone width', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, teacher);
    await page.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();
    const renewal = page.getByRole('region', { name: /^Renewal: / });
    await renewal.waitFor();
    // Progress in the state's unit, the deadline, the status and what is missing, in words.
    expect(await renewal.getByRole('link', { name: /^[\d.,]+ of [\d.,]+ Act 48 hours$/ }).count()).toBe(1);
    expect(await renewal.getByText(/\(([\d,]+ days? left|due today|[\d,]+ days? ago)\)/).count()).toBe(1);
    expect(await renewal.getByTestId('renewal-missing').textContent()).toMatch(/^(Nothing is missing|Still needed by)/);
    const lane = page.getByRole('region', { name: /^Salary lane: / });
    expect(await lane.getByRole('link', { name: /credits toward / }).count()).toBe(1);
    expect(await lane.getByText('Difference over five years').count()).toBe(1);
    expect(await lane.getByText('Pending approval').count()).toBe(1);
    // The first screen holds both answers: the lane card starts above the fold.
    const laneBox = await lane.boundingBox();
    expect(laneBox && laneBox.y < 900).toBe(true);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'teacher-home-desktop-1280');

    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // On a phone the records are cards, not a table that scrolls sideways.
    expect(await page.getByRole('list', { name: /records, all school years/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: /records, all school years/ }).count()).toBe(0);
    await saveScreenshot(page, 'teacher-home-phone-375');
    await context.close();
  });

  it('plans a graduate course, sees renewal and lane change before → after, keeps the plan across a session expiry, then submits PD', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, teacher);
    await page.getByRole('link', { name: 'Plan ahead' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Plan ahead/ }).waitFor();
    await page.getByTestId('lane-whatif-summary').waitFor();
    const before = await summaries(page);
    expect(before.renewal).toContain('(no change)');

    // Validation: a bad amount is named and nothing is added.
    const form = page.getByRole('form', { name: 'Add planned PD' });
    await form.getByLabel('Amount of each').fill('three');
    await form.getByRole('button', { name: 'Add to plan' }).click();
    await page.getByText('“three” is not a positive number with at most 4 decimal places.').waitFor();
    expect(page.url()).not.toContain('plan=');

    await form.getByRole('button', { name: 'A 3-credit graduate course' }).click();
    await form.getByRole('button', { name: 'Add to plan' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('plan=COURSE~3~SEMESTER_CREDIT~1~~~graduate~~1~'), {
      waitUntil: 'commit',
    });
    // The renewal and the lane summaries come from their own answers: wait for both to change.
    await page.waitForFunction(
      (old) =>
        document.querySelector('[data-testid="lane-whatif-summary"]')?.textContent !== old.lane &&
        document.querySelector('[data-testid="renewal-whatif-summary"]')?.textContent !== old.renewal,
      before,
    );
    const after = await summaries(page);
    // 3 graduate semester credits: +90 Act 48 hours (30 each) and +3 lane credits under the demo schedule.
    expect(after.renewal).toContain('(+90)');
    expect(after.lane).toContain('(+3)');
    const laneTable = page.getByRole('table', { name: 'Salary lane now and with the plan' });
    expect(await laneTable.getByRole('row', { name: /Lane credits toward/ }).textContent()).toContain('+3');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'teacher-what-if-desktop-1280');

    // The teacher adds a second line; then the session ends (here: its cookie is gone).
    await form.getByLabel('Title (optional)').fill('Summer literacy institute');
    await form.getByRole('button', { name: 'A 20-hour workshop' }).click();
    await form.getByRole('button', { name: 'Add to plan' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('plan=WORKSHOP~20~CLOCK_HOUR'), {
      waitUntil: 'commit',
    });
    await page.waitForLoadState('networkidle');
    // A third line is half typed, not added yet, when the session ends.
    await form.getByLabel('Title (optional)').fill('Coaching cycle, half typed');
    await context.clearCookies();
    // The next request answers UNAUTHENTICATED: sign in again, and come back to the same plan
    // with the half-typed line still in the form.
    await page.reload();
    await page.waitForURL(/\/sign-in\?next=/, { waitUntil: 'commit' });
    await fillSignIn(page, teacher);
    await saveScreenshot(page, 'teacher-what-if-after-new-sign-in');
    console.info(`Back after signing in again: ${page.url()}`);
    const planned = page.getByRole('list', { name: 'Planned activities' });
    await planned
      .getByText(/^Summer literacy institute, 20 clock hours/)
      .first()
      .waitFor();
    await planned
      .getByText(/^Course, 3 semester credits/)
      .first()
      .waitFor();
    expect(await page.getByRole('form', { name: 'Add planned PD' }).getByLabel('Title (optional)').inputValue()).toBe(
      'Coaching cycle, half typed',
    );
    const back = new URL(page.url());
    expect(back.pathname).toBe('/plan');
    expect(decodeURIComponent(back.search)).toMatch(/plan=COURSE~3~SEMESTER_CREDIT.*&plan=WORKSHOP~20~CLOCK_HOUR/);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('lane-whatif-summary').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'teacher-what-if-phone-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Then the teacher does it: submits the course as PD, and sees it pending review.
    const title = `EDUC 610 Reading Assessment ${Date.now()}`;
    await page.getByRole('link', { name: 'My PD' }).click();
    await page.getByRole('button', { name: 'Submit PD' }).first().click();
    const submit = page.getByRole('form', { name: 'Submit PD' });
    await submit.getByLabel('Title').fill(title);
    await submit.getByLabel('Kind of activity').selectOption('COURSE');
    await submit.getByLabel('Amount').fill('3');
    await submit.getByLabel('Unit').selectOption('SEMESTER_CREDIT');
    await submit.getByLabel('Completed on').fill('2026-11-20');
    await submit.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('row').filter({ hasText: title }).getByText('Pending review').waitFor();
    // Until approved it is listed as pending for the lane, not counted.
    await page
      .getByRole('region', { name: /^Salary lane: / })
      .getByText(title)
      .waitFor();
    await saveScreenshot(page, 'teacher-submitted-course');
    await context.close();
  });

  it('keeps what was typed into the PD form when the session ends mid-way: it is offered as a draft after signing in again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, teacher);
    await page.getByRole('button', { name: 'Submit PD' }).first().click();
    const form = page.getByRole('form', { name: 'Submit PD' });
    const title = `Co-teaching institute ${Date.now()}`;
    await form.getByLabel('Title').fill(title);
    await context.clearCookies();
    // The next autosave answers UNAUTHENTICATED; its input is kept for the same person.
    await form.getByLabel('Amount').fill('6');
    await page.waitForURL(/\/sign-in/, { waitUntil: 'commit' });
    await fillSignIn(page, teacher);
    const offer = page.getByText('You have an unfinished submission');
    await offer.waitFor();
    await page.getByText(`“${title}”, saved`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Continue draft' }).click();
    const again = page.getByRole('form', { name: 'Submit PD' });
    expect(await again.getByLabel('Title').inputValue()).toBe(title);
    expect(await again.getByLabel('Amount').inputValue()).toBe('6');
    await context.close();
  });
});
