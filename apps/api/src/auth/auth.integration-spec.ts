import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

const ME = `{ me { accountId email role } }`;

describe('sign-in and sessions', () => {
  let testApp: TestApp;
  let district: DistrictFixture;

  beforeAll(async () => {
    testApp = await startTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });
    district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
  });

  afterAll(() => testApp.close());

  it('sets an HttpOnly, SameSite=Lax session cookie and resolves me', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(district.accounts.teacherA.email.toUpperCase(), TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    const cookie = response.setCookie.find((header) => header.startsWith('pdl_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests, COOKIE_SECURE=auto
    const me = await client.request<{ me: { email: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ email: district.accounts.teacherA.email, role: 'TEACHER' });
  });

  it('stores only a hash of the session token', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.hr.email, TEST_PASSWORD);
    const token = client.cookie!.split('=')[1];
    const rows: unknown[] = await testApp.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await new GraphQLClient(testApp.baseUrl).signIn('nobody@test.example.org', TEST_PASSWORD);
    const wrong = await new GraphQLClient(testApp.baseUrl).signIn(district.accounts.principalA.email, 'wrong password');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.data).toBeNull();
  });

  it('signs out: the session is deleted and the old cookie no longer works', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.teacherB.email, TEST_PASSWORD);
    const stolenCopy = client.clone();
    const out = await client.request(`mutation { signOut }`);
    expect(out.data).toEqual({ signOut: true });
    expect(out.setCookie.join()).toMatch(/pdl_session=;/);
    expect((await stolenCopy.request(ME)).data).toEqual({ me: null });
    expect(errorCode(await stolenCopy.request(`{ myPdRecords { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('audits sign-in and sign-out', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.principalB.email, TEST_PASSWORD);
    await client.request(`mutation { signOut }`);
    const rows: Array<{ action: string }> = await testApp.dataSource.query(
      `SELECT action FROM audit_event WHERE actor_account_id = $1 ORDER BY occurred_at`,
      [district.accounts.principalB.id],
    );
    expect(rows.map((row) => row.action)).toEqual(['SIGNED_IN', 'SIGNED_OUT']);
  });

  it('ends idle sessions', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.principalA.email, TEST_PASSWORD);
    await testApp.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_account_id = $1`, [
      district.accounts.principalA.id,
    ]);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('ends sessions at the absolute expiry even when active', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.hr.email, TEST_PASSWORD);
    await testApp.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_account_id = $1`, [
      district.accounts.hr.id,
    ]);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it("ends a disabled account's sessions and refuses its sign-in", async () => {
    const other = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(other.accounts.teacherA.email, TEST_PASSWORD);
    await testApp.dataSource.query(`UPDATE user_account SET disabled = true WHERE id = $1`, [other.accounts.teacherA.id]);
    expect((await client.request(ME)).data).toEqual({ me: null });
    const sessions: unknown[] = await testApp.dataSource.query(`SELECT 1 FROM session WHERE user_account_id = $1`, [
      other.accounts.teacherA.id,
    ]);
    expect(sessions).toHaveLength(0);
    expect(errorCode(await new GraphQLClient(testApp.baseUrl).signIn(other.accounts.teacherA.email, TEST_PASSWORD))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('sign-in rate limits', () => {
  let testApp: TestApp;
  let district: DistrictFixture;

  beforeAll(async () => {
    testApp = await startTestApp({
      SIGN_IN_MAX_FAILURES_PER_EMAIL: '3',
      SIGN_IN_MAX_FAILURES_PER_IP: '5',
      TRUST_PROXY: 'true',
    });
    district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
  });

  afterAll(() => testApp.close());

  it('limits failures per email, even with the right password afterwards', async () => {
    const client = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '203.0.113.10' });
    for (let i = 0; i < 3; i++)
      expect(errorCode(await client.signIn(district.accounts.teacherA.email, 'nope'))).toBe('UNAUTHENTICATED');
    const blocked = await client.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.data).toBeNull();
    expect(client.cookie).toBeNull();
  });

  it('limits failures per client address across emails', async () => {
    const client = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '198.51.100.20' });
    for (let i = 0; i < 5; i++) await client.signIn(`unknown-${i}@test.example.org`, 'nope');
    expect(errorCode(await client.signIn(district.accounts.hr.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    const elsewhere = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '198.51.100.21' });
    expect((await elsewhere.signIn(district.accounts.hr.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
});

describe('one operation with several guarded root fields', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('resolves the session once for all of them', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
    const response = await client.request(`{ me { role } myPdRecords { id } }`);
    expect(response.errors).toBeUndefined();
  });
});
