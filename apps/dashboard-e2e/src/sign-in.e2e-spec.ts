import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';

const demoPassword = 'pdledger-demo';
const chromiumPath = findChromium();

if (!chromiumPath) {
  // npm test must pass on a machine without a browser; CI installs Debian's chromium and runs this.
  console.warn('Browser test skipped: no Chromium found (install it with `apt-get install chromium`).');
}

const describeWithBrowser = chromiumPath ? describe : describe.skip;

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** The educator id behind a demo account, asked of the API the way any client would. */
async function educatorIdOf(baseUrl: string, email: string): Promise<string> {
  const signInResponse = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { educator { id } } }',
      variables: { email, password: demoPassword },
    }),
  });
  const body = (await signInResponse.json()) as { data?: { signIn?: { educator?: { id: string } } } };
  const id = body.data?.signIn?.educator?.id;
  if (!id) throw new Error(`No educator behind ${email}: ${JSON.stringify(body)}`);
  return id;
}

describeWithBrowser('signing in as each role (Chromium)', () => {
  let server: ProductServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductServer();
    console.info(`Product ready (fresh database, seeded) in ${server.startupMs} ms`);
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['teacher', 'teacher@maplewood.example.org', 'My professional development'],
    ['principal', 'principal@maplewood.example.org', 'Lincoln Elementary'],
    ['hr', 'hr@maplewood.example.org', 'District overview'],
  ])('shows the %s home after sign-in, and signing out ends the session', async (role, email, heading) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, email);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, `home-${role}-desktop`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await saveScreenshot(page, `home-${role}-phone`);

    await signOut(page);
    // The session is gone on the server, not just forgotten by the page.
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('shows a teacher nothing of another educator whose id they type into the URL', async () => {
    const otherId = await educatorIdOf(server.baseUrl, 'teacher2@maplewood.example.org');
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'teacher@maplewood.example.org');
    await page.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();

    await page.goto(`${server.baseUrl}/educators/${otherId}`);
    await page
      .getByText(/not found/i)
      .first()
      .waitFor();
    expect(await page.getByText('James Chen').count()).toBe(0);
    await saveScreenshot(page, 'teacher-other-educator-not-found');
    await context.close();
  });

  it('refuses a wrong password with a message and no session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByLabel('Email').fill('teacher@maplewood.example.org');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'My professional development' }).count()).toBe(0);
    await context.close();
  });

  it('opens the home with the session check answered by the page, and a signed-out page goes to sign-in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'principal@maplewood.example.org');
    await page.getByRole('heading', { level: 1, name: 'Lincoln Elementary' }).waitFor();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
    });

    await page.reload();
    await page.getByRole('heading', { name: 'Staff renewal status' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(operations).not.toContain('Me');
    expect(operations).toEqual(expect.arrayContaining(['SchoolDashboard', 'Staff', 'Goals']));

    // The session ends on the server (signed out elsewhere, or timed out) while the browser still
    // holds its cookie: the page says nobody is signed in, and the app goes to sign-in.
    const cookie = (await context.cookies()).find((candidate) => candidate.name === 'pdl_session');
    const signOut = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${cookie?.name}=${cookie?.value}` },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(await signOut.json()).toEqual({ data: { signOut: true } });
    operations.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(operations).not.toContain('Me');
    await context.close();
  });
});
