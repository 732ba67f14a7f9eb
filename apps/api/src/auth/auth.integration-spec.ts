import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { hashSessionToken } from './session.service';

const ME = `{ me { accountId email role } }`;

/** The stored hash of a signed-in client's session token. */
function sessionHash(client: GraphQLClient): string {
  return hashSessionToken(decodeURIComponent(client.cookie!.split('=')[1]!));
}

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

  it("answers me's district, educator and schools, each as stored on this request", async () => {
    const viewerQuery = `{ me { role district { id name stateCode } educator { id fullName } schools { id name } } }`;
    const [stored] = (await testApp.dataSource.query(`SELECT name, state_code FROM district WHERE id = $1`, [
      district.districtId,
    ])) as Array<{ name: string; state_code: string }>;
    const schoolName = async (id: string) =>
      ((await testApp.dataSource.query(`SELECT name FROM school WHERE id = $1`, [id])) as Array<{ name: string }>)[0]!.name;
    const teacher = new GraphQLClient(testApp.baseUrl);
    await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
    const first = (await teacher.request(viewerQuery)).data as {
      me: { district: unknown; educator: { id: string }; schools: Array<{ id: string; name: string }> };
    };
    expect(first.me.district).toEqual({ id: district.districtId, name: stored!.name, stateCode: stored!.state_code });
    expect(first.me.educator.id).toBe(district.educators.teacherA);
    expect(first.me.schools).toEqual([{ id: district.schoolA, name: await schoolName(district.schoolA) }]);
    // A new assignment shows on the very next request (the educator and schools are read together).
    await testApp.dataSource.query(`INSERT INTO educator_school (district_id, educator_id, school_id) VALUES ($1, $2, $3)`, [
      district.districtId,
      district.educators.teacherA,
      district.schoolB,
    ]);
    try {
      const second = (await teacher.request(viewerQuery)).data as { me: { schools: Array<{ id: string }> } };
      expect(second.me.schools.map((school) => school.id).sort()).toEqual([district.schoolA, district.schoolB].sort());
    } finally {
      await testApp.dataSource.query(`DELETE FROM educator_school WHERE educator_id = $1 AND school_id = $2`, [
        district.educators.teacherA,
        district.schoolB,
      ]);
    }
    // A principal: the schools they are responsible for; HR: none.
    const principal = new GraphQLClient(testApp.baseUrl);
    await principal.signIn(district.accounts.principalA.email, TEST_PASSWORD);
    const principalMe = (await principal.request(viewerQuery)).data as {
      me: { district: { id: string }; schools: Array<{ id: string }> };
    };
    expect(principalMe.me.district.id).toBe(district.districtId);
    expect(principalMe.me.schools.map((school) => school.id)).toEqual([district.schoolA]);
    // Read with the session, so a change shows on the very next request: a renamed school, and
    // a school added to the principal (in me and in the schools list).
    const renamed = `${await schoolName(district.schoolA)} (renamed)`;
    await testApp.dataSource.query(`UPDATE school SET name = $2 WHERE id = $1`, [district.schoolA, renamed]);
    await testApp.dataSource.query(
      `INSERT INTO user_account_school (district_id, user_account_id, school_id) VALUES ($1, $2, $3)`,
      [district.districtId, district.accounts.principalA.id, district.schoolB],
    );
    try {
      const expected = [
        { id: district.schoolA, name: renamed },
        { id: district.schoolB, name: await schoolName(district.schoolB) },
      ].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      const after = (await principal.request(`{ me { schools { id name } } schools { id name } }`)).data;
      expect(after).toEqual({ me: { schools: expected }, schools: expected });
    } finally {
      await testApp.dataSource.query(`DELETE FROM user_account_school WHERE user_account_id = $1 AND school_id = $2`, [
        district.accounts.principalA.id,
        district.schoolB,
      ]);
    }
    const hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
    expect((await hr.request(viewerQuery)).data).toMatchObject({ me: { role: 'HR_ADMIN', educator: null, schools: [] } });
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
    expect(await testApp.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1`, [sessionHash(client)])).toHaveLength(1);
    expect((await client.request(ME)).data).toEqual({ me: null });
    // The ended session is deleted, not only refused.
    expect(await testApp.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1`, [sessionHash(client)])).toHaveLength(0);
  });

  it('ends sessions at the absolute expiry even when active', async () => {
    const client = new GraphQLClient(testApp.baseUrl);
    await client.signIn(district.accounts.hr.email, TEST_PASSWORD);
    await testApp.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_account_id = $1`, [
      district.accounts.hr.id,
    ]);
    expect(await testApp.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1`, [sessionHash(client)])).toHaveLength(1);
    expect((await client.request(ME)).data).toEqual({ me: null });
    // The ended session is deleted, not only refused.
    expect(await testApp.dataSource.query(`SELECT 1 FROM session WHERE token_hash = $1`, [sessionHash(client)])).toHaveLength(0);
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
      SIGN_IN_FAILURES_BEFORE_DELAY: '3',
      SIGN_IN_DELAY_SECONDS: '60',
      SIGN_IN_MAX_FAILURES_PER_IP: '12',
      // Clients are told apart by X-Forwarded-For, as behind a proxy.
      TRUST_PROXY: 'true',
    });
    district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
  });

  afterAll(() => testApp.close());

  it("slows down one address guessing an email's password, while its owner signs in from another", async () => {
    const attacker = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '203.0.113.10' });
    for (let i = 0; i < 3; i++)
      expect(errorCode(await attacker.signIn(district.accounts.hr.email, 'nope'))).toBe('UNAUTHENTICATED');
    const slowed = await attacker.signIn(district.accounts.hr.email, 'still nope');
    expect(errorCode(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Even the right password waits from that address.
    const blocked = await attacker.signIn(district.accounts.hr.email, TEST_PASSWORD);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(attacker.cookie).toBeNull();
    // The attacker waits each time and keeps guessing: 6 failures in all within the window.
    for (let i = 0; i < 3; i++) {
      await testApp.dataSource.query(
        `UPDATE sign_in_attempt SET attempted_at = attempted_at - interval '5 minutes' WHERE ip = '203.0.113.10'`,
      );
      expect(errorCode(await attacker.signIn(district.accounts.hr.email, 'nope'))).toBe('UNAUTHENTICATED');
    }

    const owner = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '198.51.100.7' });
    const signedIn = await owner.signIn(district.accounts.hr.email, TEST_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    expect(owner.cookie).not.toBeNull();
  });

  it('doubles the wait after each further failure, up to the window', async () => {
    const attacker = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '203.0.113.11' });
    const email = district.accounts.principalA.email;
    for (let i = 0; i < 3; i++) await attacker.signIn(email, 'nope');
    // Pretend the waits passed: move the failures back, then fail again.
    const age = async () =>
      testApp.dataSource.query(
        `UPDATE sign_in_attempt SET attempted_at = attempted_at - interval '2 minutes' WHERE ip = '203.0.113.11'`,
      );
    await age();
    expect(errorCode(await attacker.signIn(email, 'nope'))).toBe('UNAUTHENTICATED');
    const second = await attacker.signIn(email, 'nope');
    expect(errorCode(second)).toBe('TOO_MANY_REQUESTS');
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(110); // 60 s doubled
    await age();
    await age();
    expect(errorCode(await attacker.signIn(email, TEST_PASSWORD))).toBeUndefined();
  });

  it('stops one address failing across many emails, not the others', async () => {
    const client = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '198.51.100.20' });
    for (let i = 0; i < 12; i++) await client.signIn(`unknown-${i}@test.example.org`, 'nope');
    const stopped = await client.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
    expect(errorCode(stopped)).toBe('TOO_MANY_REQUESTS');
    expect(Number(stopped.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    const elsewhere = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '198.51.100.21' });
    expect((await elsewhere.signIn(district.accounts.teacherA.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('counts an IPv6 /64 as one address', async () => {
    for (let i = 0; i < 12; i++) {
      await new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': `2001:db8:5:7::${(i + 1).toString(16)}` }).signIn(
        `unknown-v6-${i}@test.example.org`,
        'nope',
      );
    }
    const sameNetwork = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '2001:db8:5:7:ffff::1' });
    expect(errorCode(await sameNetwork.signIn(district.accounts.teacherB.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    const otherNetwork = new GraphQLClient(testApp.baseUrl, { 'x-forwarded-for': '2001:db8:5:8::1' });
    expect((await otherNetwork.signIn(district.accounts.teacherB.email, TEST_PASSWORD)).errors).toBeUndefined();
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
