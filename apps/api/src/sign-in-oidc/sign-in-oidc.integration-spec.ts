import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient, GraphQLResponse } from '../testing/graphql-client';
import { OidcTestProvider, startOidcTestProvider } from '../testing/oidc-test-provider';
import { startTestApp, TestApp } from '../testing/test-app';

const PUBLIC_URL = 'http://pdledger.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

const SETTINGS = `{ identityProvider { redirectUri signOutRedirectUri provider { displayName issuerUrl clientId clientSecretSet emailDomains verified verifiedBy passwordSignInDisabled } } }`;
const SET_PROVIDER = `mutation($input: IdentityProviderInput!) { setIdentityProvider(input: $input) { displayName clientSecretSet verified } }`;
const SET_PASSWORDS_OFF = `mutation($disabled: Boolean!) { setPasswordSignInDisabled(disabled: $disabled) { passwordSignInDisabled verified } }`;

/** A cookie jar for one origin, enough for the provider's interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

async function get(url: string, jar: CookieJar): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.take(response);
  return response;
}

async function post(url: string, jar: CookieJar, form: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  jar.take(response);
  return response;
}

function location(response: Response, base: string): string {
  const value = response.headers.get('location');
  if (!value) throw new Error(`Expected a redirect, got ${response.status}`);
  return new URL(value, base).href;
}

describe('sign-in through the district OpenID Connect provider', () => {
  let testApp: TestApp;
  let provider: OidcTestProvider;
  let district: DistrictFixture;
  let other: DistrictFixture;
  let domain: string;
  let hr: GraphQLClient;
  const logged: string[] = [];
  const spies: jest.SpyInstance[] = [];

  /** Runs one whole sign-in like a browser; `login` is the subject the person signs in as at the provider. */
  async function signInThroughProvider(options: {
    login: string;
    startEmail?: string;
    app?: CookieJar;
    editCallback?: (url: URL) => void;
    /** Another browser's cookies for the callback request. */
    callbackJar?: CookieJar;
  }): Promise<{ response: Response; app: CookieJar; location: string }> {
    const app = options.app ?? new CookieJar();
    const idp = new CookieJar();
    const start = await get(
      `${testApp.baseUrl}/api/auth/oidc/start?email=${encodeURIComponent(options.startEmail ?? district.accounts.hr.email)}&next=/staff`,
      app,
    );
    expect(start.status).toBe(303);
    let url = location(start, testApp.baseUrl);
    expect(url.startsWith(provider.issuer)).toBe(true);
    const authorization = new URL(url);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    for (let step = 0; step < 10 && !url.startsWith(CALLBACK); step++) {
      const page = new URL(url);
      if (page.pathname.startsWith('/interaction/')) {
        const html = await (await get(url, idp)).text();
        const prompt = html.includes('name="login"') ? 'login' : 'consent';
        const submitted = await post(
          url,
          idp,
          prompt === 'login' ? { prompt, login: options.login, password: 'any' } : { prompt },
        );
        url = location(submitted, provider.issuer);
      } else {
        url = location(await get(url, idp), provider.issuer);
      }
    }
    const callback = new URL(url.replace(PUBLIC_URL, testApp.baseUrl));
    options.editCallback?.(callback);
    const response = await get(callback.href, options.callbackJar ?? app);
    return { response, app, location: response.headers.get('location') ?? '' };
  }

  /** What the app logged, with JSON string escapes undone. */
  function logText(): string {
    return logged.join('').replace(/\\"/g, '"');
  }

  function me(jar: CookieJar): Promise<GraphQLResponse<{ me: { email: string; role: string } | null }>> {
    const client = new GraphQLClient(testApp.baseUrl);
    client.cookie = jar.get('pdl_session') ? `pdl_session=${jar.get('pdl_session')}` : null;
    return client.request(`{ me { email role } }`);
  }

  async function auditActions(districtId: string, action: string): Promise<Array<{ details: Record<string, unknown> }>> {
    return testApp.dataSource.query(`SELECT details FROM audit_event WHERE district_id = $1 AND action = $2 ORDER BY chain_seq`, [
      districtId,
      action,
    ]);
  }

  beforeAll(async () => {
    // Capture everything the app logs (pino writes straight to the file descriptor).
    const capture = (chunk: unknown) => logged.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    spies.push(
      jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, chunk: unknown) => {
        if (fd === 1 || fd === 2) capture(chunk);
        return typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length;
      }) as typeof fs.writeSync),
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
        capture(chunk);
        return true;
      }),
    );
    provider = await startOidcTestProvider({ redirectUris: [CALLBACK], postLogoutRedirectUris: [`${PUBLIC_URL}/sign-in`] });
    testApp = await startTestApp({ PUBLIC_URL, LOG_LEVEL: 'debug' });
    district = await createDistrict(testApp.dataSource, { schoolYear: 2024 });
    other = await createDistrict(testApp.dataSource, { schoolYear: 2024 });
    domain = `d-${randomUUID().slice(0, 8)}.example.org`;
    // Give the district's accounts their own e-mail domain (the factory's is shared by every test district).
    await testApp.dataSource.query(
      `UPDATE user_account SET email = replace(email, '@test.example.org', $2) WHERE district_id = $1`,
      [district.districtId, `@${domain}`],
    );
    for (const account of Object.values(district.accounts))
      account.email = account.email.replace('@test.example.org', `@${domain}`);
    for (const [key, account] of Object.entries(district.accounts)) {
      provider.identities.set(key, { email: account.email, email_verified: true });
    }
    hr = new GraphQLClient(testApp.baseUrl);
    expect((await hr.signIn(district.accounts.hr.email, TEST_PASSWORD)).errors).toBeUndefined();
    const set = await hr.request(SET_PROVIDER, {
      input: {
        displayName: 'Test Workspace',
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        emailDomains: [domain.toUpperCase()],
      },
    });
    expect(set.errors).toBeUndefined();
  });

  afterAll(async () => {
    for (const spy of spies) spy.mockRestore();
    await testApp?.close();
    await provider?.close();
  });

  afterEach(() => {
    provider.tamperIdToken = null;
  });

  it('shows HR the settings with the secret only as set, and the redirect URI to register', async () => {
    const response = await hr.request<{ identityProvider: Record<string, unknown> }>(SETTINGS);
    expect(response.data?.identityProvider).toEqual({
      redirectUri: CALLBACK,
      signOutRedirectUri: `${PUBLIC_URL}/sign-in`,
      provider: {
        displayName: 'Test Workspace',
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecretSet: true,
        emailDomains: [domain],
        verified: false,
        verifiedBy: null,
        passwordSignInDisabled: false,
      },
    });
    const stored = (await testApp.dataSource.query(
      `SELECT client_secret_sealed FROM district_identity_provider WHERE district_id = $1`,
      [district.districtId],
    )) as Array<{ client_secret_sealed: string }>;
    expect(stored[0].client_secret_sealed).toMatch(/^v1\./);
    expect(stored[0].client_secret_sealed).not.toContain(provider.clientSecret);
    const audit = await auditActions(district.districtId, 'IDENTITY_PROVIDER_SET');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(provider.clientSecret);
    expect(audit[0].details['clientSecretChanged']).toBe(true);
  });

  it('answers the sign-in page by e-mail domain only: the same for an unknown address of the domain', async () => {
    const ask = (email: string) =>
      new GraphQLClient(testApp.baseUrl).request<{ signInMethod: Record<string, unknown> }>(
        `query($email: String!) { signInMethod(email: $email) { providerName providerSignInPath passwordSignIn } }`,
        { email },
      );
    const known = (await ask(district.accounts.teacherA.email)).data?.signInMethod;
    const unknown = (await ask(`nobody-${randomUUID().slice(0, 6)}@${domain}`)).data?.signInMethod;
    expect(known).toMatchObject({ providerName: 'Test Workspace', passwordSignIn: true });
    expect(unknown).toMatchObject({ providerName: 'Test Workspace', passwordSignIn: true });
    expect((await ask(other.accounts.teacherA.email)).data?.signInMethod).toEqual({
      providerName: null,
      providerSignInPath: null,
      passwordSignIn: true,
    });
  });

  it("refuses a domain another district's provider already claims", async () => {
    const otherHr = new GraphQLClient(testApp.baseUrl);
    await otherHr.signIn(other.accounts.hr.email, TEST_PASSWORD);
    const response = await otherHr.request(SET_PROVIDER, {
      input: { displayName: 'Elsewhere', issuerUrl: provider.issuer, clientId: 'x', emailDomains: [domain] },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/already claimed by another district/);
  });

  it('keeps the flow in a sealed, HttpOnly cookie scoped to the OpenID Connect paths', async () => {
    const response = await fetch(
      `${testApp.baseUrl}/api/auth/oidc/start?email=${encodeURIComponent(district.accounts.teacherA.email)}`,
      { redirect: 'manual' },
    );
    const state = new URL(response.headers.get('location')!).searchParams.get('state')!;
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pdl_oidc_flow='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(decodeURIComponent(cookie)).not.toContain(state);
  });

  it('refuses turning passwords off before an HR admin has signed in through the provider', async () => {
    const response = await hr.request(SET_PASSWORDS_OFF, { disabled: true });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/Test sign-in/);
  });

  it('links a verified e-mail to the existing roster account, with a new session and an audit event', async () => {
    // This district's accounts and any account with the signed-in e-mail (other suites share the
    // test database and add accounts to their own districts meanwhile).
    const accounts = async (): Promise<number> =>
      (
        (await testApp.dataSource.query(
          `SELECT count(*)::int AS n FROM user_account WHERE district_id = $1 OR lower(email) = lower($2)`,
          [district.districtId, district.accounts.teacherA.email],
        )) as Array<{ n: number }>
      )[0]!.n;
    const before = await accounts();
    const { response, app, location: target } = await signInThroughProvider({ login: 'teacherA' });
    expect(response.status).toBe(303);
    expect(target).toBe('/staff');
    expect((await me(app)).data?.me).toEqual({ email: district.accounts.teacherA.email, role: 'TEACHER' });
    const after = await accounts();
    expect(after).toBe(before);
    const signedIn = await auditActions(district.districtId, 'SIGNED_IN');
    expect(signedIn.some((e) => e.details['method'] === 'oidc')).toBe(true);
    // A teacher's sign-in does not verify the provider for "only way in".
    const settings = await hr.request<{ identityProvider: { provider: { verified: boolean } } }>(SETTINGS);
    expect(settings.data?.identityProvider.provider.verified).toBe(false);
  });

  it("verifies the provider with an HR admin's sign-in, then lets HR make it the only way in", async () => {
    const { app, location: target } = await signInThroughProvider({ login: 'hr' });
    expect(target).toBe('/staff');
    const hrViaProvider = new GraphQLClient(testApp.baseUrl);
    hrViaProvider.cookie = `pdl_session=${app.get('pdl_session')}`;
    const settings = await hrViaProvider.request<{ identityProvider: { provider: { verified: boolean; verifiedBy: string } } }>(
      SETTINGS,
    );
    expect(settings.data?.identityProvider.provider).toMatchObject({ verified: true, verifiedBy: 'HR Admin' });
    const off = await hrViaProvider.request(SET_PASSWORDS_OFF, { disabled: true });
    expect(off.errors).toBeUndefined();

    const refused = await new GraphQLClient(testApp.baseUrl).signIn(district.accounts.principalA.email, TEST_PASSWORD);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/signs in with Test Workspace only/);
    // A wrong password still gets the usual answer; another district's passwords still work.
    const wrong = await new GraphQLClient(testApp.baseUrl).signIn(district.accounts.principalA.email, 'not the password');
    expect(wrong.errors?.[0].message).toBe('Email or password is incorrect');
    expect((await new GraphQLClient(testApp.baseUrl).signIn(other.accounts.hr.email, TEST_PASSWORD)).errors).toBeUndefined();

    // While it is the only way in, its connection settings cannot change and it cannot be removed.
    const change = await hrViaProvider.request(SET_PROVIDER, {
      input: { displayName: 'Test Workspace', issuerUrl: provider.issuer, clientId: 'another', emailDomains: [domain] },
    });
    expect(errorCode(change)).toBe('BAD_USER_INPUT');
    expect(errorCode(await hrViaProvider.request(`mutation { removeIdentityProvider }`))).toBe('BAD_USER_INPUT');

    expect((await hrViaProvider.request(SET_PASSWORDS_OFF, { disabled: false })).errors).toBeUndefined();
    expect(
      (await new GraphQLClient(testApp.baseUrl).signIn(district.accounts.principalA.email, TEST_PASSWORD)).errors,
    ).toBeUndefined();
    // A new secret must be verified again before it can be the only way in.
    const rotated = await hrViaProvider.request<{ setIdentityProvider: { verified: boolean } }>(SET_PROVIDER, {
      input: {
        displayName: 'Test Workspace',
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        emailDomains: [domain],
      },
    });
    expect(rotated.data?.setIdentityProvider.verified).toBe(false);
    expect(errorCode(await hrViaProvider.request(SET_PASSWORDS_OFF, { disabled: true }))).toBe('BAD_USER_INPUT');
    const actions = (await testApp.dataSource.query(
      `SELECT action FROM audit_event WHERE district_id = $1 AND entity_type = 'district_identity_provider' ORDER BY chain_seq`,
      [district.districtId],
    )) as Array<{ action: string }>;
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['IDENTITY_PROVIDER_VERIFIED', 'PASSWORD_SIGN_IN_DISABLED', 'PASSWORD_SIGN_IN_ENABLED']),
    );
  });

  async function expectRefused(result: { response: Response; app: CookieJar; location: string }, reason: string): Promise<void> {
    expect(result.response.status).toBe(303);
    expect(result.location).toBe(`/sign-in/refused?reason=${reason}`);
    expect(result.app.get('pdl_session')).toBeUndefined();
    expect((await me(result.app)).data?.me).toBeNull();
  }

  it('refuses an ID token for another audience (checked by the client library)', async () => {
    provider.tamperIdToken = (payload) => ({ ...payload, aud: 'someone-else' });
    await expectRefused(await signInThroughProvider({ login: 'teacherB' }), 'token_rejected');
    expect(logText()).toMatch(/unexpected JWT "aud" \(audience\) claim value/);
  });

  it('refuses an expired ID token', async () => {
    const now = Math.floor(Date.now() / 1000);
    provider.tamperIdToken = (payload) => ({ ...payload, iat: now - 120, exp: now - 60 });
    await expectRefused(await signInThroughProvider({ login: 'teacherB' }), 'token_rejected');
    expect(logText()).toMatch(/"exp" \(expiration time\) claim value, expiration is past current timestamp/);
  });

  it('refuses an ID token with another nonce', async () => {
    provider.tamperIdToken = (payload) => ({ ...payload, nonce: 'not-the-flow-nonce' });
    await expectRefused(await signInThroughProvider({ login: 'teacherB' }), 'token_rejected');
    expect(logText()).toMatch(/unexpected ID Token "nonce" claim value/);
  });

  it('refuses a callback whose state is not the flow state', async () => {
    await expectRefused(
      await signInThroughProvider({ login: 'teacherB', editCallback: (url) => url.searchParams.set('state', 'forged-state') }),
      'token_rejected',
    );
    expect(logText()).toMatch(/unexpected "state" response parameter value/);
  });

  it('refuses a callback in a browser without the flow cookie that started it', async () => {
    const elsewhere = new CookieJar();
    await expectRefused(
      { ...(await signInThroughProvider({ login: 'teacherB', callbackJar: elsewhere })), app: elsewhere },
      'flow_expired',
    );
  });

  it('refuses an unverified e-mail', async () => {
    provider.identities.set('unverified', { email: district.accounts.teacherB.email, email_verified: false });
    await expectRefused(await signInThroughProvider({ login: 'unverified' }), 'email_unverified');
  });

  it('refuses an e-mail with no roster account, creating none', async () => {
    const email = `stranger-${randomUUID().slice(0, 6)}@${domain}`;
    provider.identities.set('stranger', { email, email_verified: true });
    await expectRefused(await signInThroughProvider({ login: 'stranger' }), 'unknown_email');
    expect(await testApp.dataSource.query(`SELECT 1 FROM user_account WHERE email = $1`, [email])).toHaveLength(0);
  });

  it('refuses a deactivated account', async () => {
    await testApp.dataSource.query(`UPDATE user_account SET disabled = true WHERE id = $1`, [district.accounts.principalB.id]);
    try {
      await expectRefused(await signInThroughProvider({ login: 'principalB' }), 'account_deactivated');
    } finally {
      await testApp.dataSource.query(`UPDATE user_account SET disabled = false WHERE id = $1`, [district.accounts.principalB.id]);
    }
  });

  it("refuses another district's account", async () => {
    provider.identities.set('elsewhere', { email: other.accounts.hr.email, email_verified: true });
    await expectRefused(await signInThroughProvider({ login: 'elsewhere' }), 'other_district');
    const refusals = await auditActions(district.districtId, 'OIDC_SIGN_IN_REFUSED');
    expect(refusals.map((r) => r.details['reason'])).toEqual(
      expect.arrayContaining(['token_rejected', 'email_unverified', 'unknown_email', 'account_deactivated', 'other_district']),
    );
  });

  it("offers the provider's end_session_endpoint after sign-out", async () => {
    const response = await hr.request<{ identityProviderSignOut: { providerName: string; url: string } }>(
      `{ identityProviderSignOut { providerName url } }`,
    );
    expect(response.data?.identityProviderSignOut.providerName).toBe('Test Workspace');
    const url = new URL(response.data!.identityProviderSignOut.url);
    expect(url.href.startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
    const otherHr = new GraphQLClient(testApp.baseUrl);
    await otherHr.signIn(other.accounts.hr.email, TEST_PASSWORD);
    expect((await otherHr.request(`{ identityProviderSignOut { providerName url } }`)).data).toEqual({
      identityProviderSignOut: { providerName: null, url: null },
    });
  });

  it('never answers or logs the client secret', async () => {
    const answers = [await hr.request(SETTINGS), await hr.request(`{ auditEvents(limit: 200) { rows { action details } } }`)];
    expect(JSON.stringify(answers)).not.toContain(provider.clientSecret);
    const log = logText();
    // The capture works (the refusals above were logged) and holds no secret.
    expect(log).toMatch(/OpenID Connect sign-in refused/);
    expect(log).not.toContain(provider.clientSecret);
  });
});
