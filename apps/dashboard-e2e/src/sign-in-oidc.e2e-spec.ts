import type { Browser, Page } from 'playwright-core';
import { startOidcTestProvider, type OidcTestProvider } from './support/oidc-provider';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';
import { demoPassword, signIn } from './support/sign-in';

const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;
const PROVIDER_NAME = 'Maplewood Test IdP';

/** A GraphQL call with a cookie, as any client of the API would make it. */
async function graphql(baseUrl: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> } };
}

/** At the provider's (oidc-provider dev interactions) pages: sign in as `login`, then consent. */
async function signInAtProvider(page: Page, provider: OidcTestProvider, login: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describeWithBrowser('signing in through the district identity provider (Chromium)', () => {
  let server: ProductServer;
  let provider: OidcTestProvider;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductServer();
    // A real OpenID Connect provider in the test process; the product (a child process) trusts it.
    provider = await startOidcTestProvider({
      redirectUris: [`${server.baseUrl}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${server.baseUrl}/sign-in`],
    });
    provider.identities.set('teacher', { email: 'teacher@maplewood.example.org', email_verified: true });
    provider.identities.set('hr', { email: 'hr@maplewood.example.org', email_verified: true });
    provider.identities.set('stranger', { email: 'stranger@maplewood.example.org', email_verified: true });

    // HR sets up the provider through the API.
    const signInAsHr = await graphql(
      server.baseUrl,
      '',
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accountId } }',
      { email: 'hr@maplewood.example.org', password: demoPassword },
    );
    const cookie = (signInAsHr.response.headers.getSetCookie().find((c) => c.startsWith('pdl_session=')) ?? '').split(';')[0];
    const set = await graphql(
      server.baseUrl,
      cookie,
      'mutation($input: IdentityProviderInput!) { setIdentityProvider(input: $input) { clientSecretSet } }',
      {
        input: {
          displayName: PROVIDER_NAME,
          issuerUrl: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          emailDomains: ['maplewood.example.org'],
        },
      },
    );
    expect(set.body).toEqual({ data: { setIdentityProvider: { clientSecretSet: true } } });
    browser = await launchChromium(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await server?.stop();
  });

  it("signs a teacher in through the provider's login page, then offers the provider's sign-out", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill('teacher@maplewood.example.org');
    const button = page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` });
    await button.waitFor();
    await saveScreenshot(page, 'sign-in-with-provider');
    await button.click();
    await signInAtProvider(page, provider, 'teacher');
    await page.getByRole('heading', { level: 1, name: 'My professional development' }).waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    const providerSignOut = page.getByRole('link', { name: `Sign out of ${PROVIDER_NAME}` });
    await providerSignOut.waitFor();
    expect(await providerSignOut.getAttribute('href')).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    // The PD Ledger session is gone on the server.
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('explains a refused sign-in (no roster account) and signs nobody in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill('stranger@maplewood.example.org');
    await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
    await signInAtProvider(page, provider, 'stranger');
    await page.getByText('No PD Ledger account for this email').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/sign-in/refused?reason=unknown_email`);
    await saveScreenshot(page, 'sign-in-refused');
    await context.close();
  });

  it('lets HR verify the provider with a test sign-in, then make it the only way in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'hr@maplewood.example.org');
    await page.goto(`${server.baseUrl}/settings`);
    const onlyWayIn = page.getByRole('switch', { name: `Sign in only with ${PROVIDER_NAME}` });
    await onlyWayIn.waitFor();
    expect(await onlyWayIn.isDisabled()).toBe(true);
    await page.getByRole('link', { name: 'Test sign-in' }).click();
    await signInAtProvider(page, provider, 'hr');
    await page.getByText(`signed in through ${PROVIDER_NAME} with these settings`).waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/settings`);
    // The switch follows the saved setting: it turns on once the API has answered.
    await onlyWayIn.click({ force: true });
    await page.waitForFunction(() => document.querySelector('input[role="switch"]:checked') !== null);
    await saveScreenshot(page, 'settings-identity-provider');

    // Password sign-in is now refused for the district, with the reason.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${server.baseUrl}/sign-in`);
    await otherPage.getByLabel('Email').fill('principal@maplewood.example.org');
    await otherPage.getByLabel('Password').fill(demoPassword);
    await otherPage.getByRole('button', { name: 'Sign in' }).click();
    await otherPage.getByText(`Your district signs in with ${PROVIDER_NAME} only`).first().waitFor();
    await other.close();

    // Back to passwords, so the demo district stays as it was for anything after.
    await onlyWayIn.click({ force: true });
    await page.waitForFunction(() => document.querySelector('input[role="switch"]:checked') === null);
    await context.close();
  });
});
