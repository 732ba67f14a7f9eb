// Set-password links are only for accounts without a password; an account that has one is reset
// explicitly, which ends its sessions, names HR in the audit trail and tells the owner.
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

const CREATE_LINK = `mutation($id: ID!) { createPasswordSetLink(accountId: $id) { path expiresAt } }`;
const RESET = `mutation($email: String!) { resetAccountPassword(email: $email) { accountId path expiresAt } }`;
const SET_PASSWORD = `mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`;
const NOTICE = `{ myPasswordResetNotices { resetAt resetByName } }`;

describe('HR password links and resets', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let hr: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  async function audit(
    entityId: string,
  ): Promise<Array<{ action: string; actor_account_id: string | null; details: Record<string, unknown> }>> {
    return testApp.dataSource.query(
      `SELECT action, actor_account_id, details FROM audit_event WHERE district_id = $1 AND entity_id = $2 ORDER BY chain_seq`,
      [district.districtId, entityId],
    );
  }

  it('refuses a set-password link for an account that already has a password', async () => {
    const teacher = district.accounts.teacherA;
    const response = await hr.request(CREATE_LINK, { id: teacher.id });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('accountId');
    expect(response.errors?.[0].message).toMatch(/already has a password/);
    const tokens: unknown[] = await testApp.dataSource.query(`SELECT 1 FROM password_set_token WHERE user_account_id = $1`, [
      teacher.id,
    ]);
    expect(tokens).toHaveLength(0);
    // The owner's password still works.
    expect((await new GraphQLClient(testApp.baseUrl).signIn(teacher.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('resets a password: clears it, ends the sessions, names HR in the audit and tells the owner', async () => {
    const principal = district.accounts.principalA;
    const owner = new GraphQLClient(testApp.baseUrl);
    await owner.signIn(principal.email, TEST_PASSWORD);
    expect((await owner.request(NOTICE)).data).toEqual({ myPasswordResetNotices: [] });

    const [{ sessions }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS sessions FROM session WHERE user_account_id = $1`,
      [principal.id],
    );
    expect(sessions).toBeGreaterThan(0);
    const reset = await hr.request<{ resetAccountPassword: { accountId: string; path: string } }>(RESET, {
      email: principal.email.toUpperCase(),
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetAccountPassword.accountId).toBe(principal.id);

    // The owner's session ended and the old password no longer works.
    expect(errorCode(await owner.request(NOTICE))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new GraphQLClient(testApp.baseUrl).signIn(principal.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');

    const token = reset.data?.resetAccountPassword.path.split('#token=')[1];
    const set = await new GraphQLClient(testApp.baseUrl).request(SET_PASSWORD, { t: token, p: 'a brand new passphrase' });
    expect(set.errors).toBeUndefined();
    expect(await testApp.dataSource.query(`SELECT 1 FROM session WHERE user_account_id = $1`, [principal.id])).toHaveLength(0);

    const events = await audit(principal.id);
    const resetEvent = events.find((event) => event.action === 'PASSWORD_RESET');
    expect(resetEvent).toMatchObject({ actor_account_id: district.accounts.hr.id, details: { sessionsEnded: sessions } });
    // Setting the password through the link is on record as HR's doing, not the owner's.
    expect(events.find((event) => event.action === 'PASSWORD_SET')?.actor_account_id).toBe(district.accounts.hr.id);

    const [stored] = await testApp.dataSource.query(
      `SELECT password_reset_at, password_reset_by_account_id, password_reset_notice_pending FROM user_account WHERE id = $1`,
      [principal.id],
    );
    expect(stored).toMatchObject({ password_reset_by_account_id: district.accounts.hr.id, password_reset_notice_pending: true });

    // The owner is also notified in the app and by email (held in the outbox without SMTP).
    const notified = await testApp.dataSource.query(
      `SELECT n.kind, n.body, d.to_address FROM notification n JOIN email_delivery d ON d.notification_id = n.id
        WHERE n.account_id = $1`,
      [principal.id],
    );
    expect(notified).toEqual([
      expect.objectContaining({
        kind: 'PASSWORD_RESET_BY_ADMIN',
        to_address: principal.email,
        body: expect.stringContaining('HR Admin'),
      }),
    ]);

    // The owner signs in again and sees who reset the password and when, until dismissed.
    await owner.signIn(principal.email, 'a brand new passphrase');
    const notice = await owner.request<{ myPasswordResetNotices: Array<{ resetAt: string; resetByName: string }> }>(NOTICE);
    expect(notice.data?.myPasswordResetNotices).toHaveLength(1);
    expect(notice.data?.myPasswordResetNotices[0]).toEqual({
      resetAt: new Date(stored.password_reset_at).toISOString(),
      resetByName: 'HR Admin',
    });
    expect((await owner.request(`mutation { dismissPasswordResetNotice }`)).data).toEqual({ dismissPasswordResetNotice: true });
    expect((await owner.request(NOTICE)).data).toEqual({ myPasswordResetNotices: [] });
    expect((await owner.request(`mutation { dismissPasswordResetNotice }`)).data).toEqual({ dismissPasswordResetNotice: false });
    expect((await audit(principal.id)).map((event) => event.action)).toContain('PASSWORD_RESET_NOTICE_DISMISSED');
  });

  it('refuses to reset another HR admin, an account without a password, or an email outside the district', async () => {
    const [otherHr] = await testApp.dataSource.query(
      `INSERT INTO user_account (district_id, email, password_hash, role, display_name)
       SELECT district_id, 'second-' || email, password_hash, 'HR_ADMIN', 'Second HR' FROM user_account WHERE id = $1 RETURNING email`,
      [district.accounts.hr.id],
    );
    expect(errorCode(await hr.request(RESET, { email: otherHr.email }))).toBe('FORBIDDEN');

    const [noPassword] = await testApp.dataSource.query(
      `INSERT INTO user_account (district_id, email, password_hash, role, display_name)
       SELECT district_id, 'imported-' || email, NULL, 'TEACHER', 'Imported' FROM user_account WHERE id = $1 RETURNING email`,
      [district.accounts.hr.id],
    );
    const none = await hr.request(RESET, { email: noPassword.email });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0].extensions?.field).toBe('email');

    const elsewhere = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    const outside = await hr.request(RESET, { email: elsewhere.accounts.teacherA.email });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    expect(
      (await new GraphQLClient(testApp.baseUrl).signIn(elsewhere.accounts.teacherA.email, TEST_PASSWORD)).errors,
    ).toBeUndefined();
  });
});
