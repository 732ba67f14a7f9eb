import { EVERYONE_SIGNED_IN, HR_ONLY, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';
import { uploadImport } from '../../imports/__fixtures__/imports-test-helpers';

/** HR-only, on ids of district 1: HR of district 2 gets NOT_FOUND, as for any id it may not see. */
const HR_OWN_DISTRICT = { ...HR_ONLY, hrOtherDistrict: 'NOT_FOUND' } as const;

/**
 * One person at one school, the same for every run against a district: the first apply creates
 * them, later applies change nothing, so these rows leave district 1's existing staff untouched.
 */
function matrixRoster(world: World): string {
  const tag = world.d1.districtId.slice(0, 8);
  return `employee_id,first_name,last_name,email,role,school_code,school_name\nMX-${tag},Matrix,Person,matrix.${tag}@matrix.example.org,teacher,MXS-${tag},Matrix School ${tag}\n`;
}

async function hrOfDistrict1(client: GraphQLClient, world: World): Promise<GraphQLClient> {
  const hr = new GraphQLClient(client.baseUrl);
  await hr.signIn(world.d1.accounts.hr.email, TEST_PASSWORD);
  return hr;
}

/** A fresh preview in district 1, made by its HR admin, for the caller under test to act on. */
async function d1Preview(client: GraphQLClient, world: World, kind: 'roster' | 'transcript'): Promise<string> {
  const hr = await hrOfDistrict1(client, world);
  const content =
    kind === 'roster'
      ? matrixRoster(world)
      : `external_id,educator_key,title,activity_type,amount,unit,completed_on\nMX-1,matrix.${world.d1.districtId.slice(0, 8)}@matrix.example.org,Matrix course,COURSE,1,CLOCK_HOUR,2024-01-10\n`;
  const preview = await uploadImport(client.baseUrl, hr.cookie, kind, [
    { name: kind === 'roster' ? 'matrix-staff.csv' : 'matrix-transcript.csv', content },
  ]);
  if (preview.status !== 200) throw new Error(`matrix preview failed: ${JSON.stringify(preview.body)}`);
  return preview.body.id;
}

const matrixAccounts = new Map<string, string>();

/** The matrix person's account (imported without a password), created on first use. */
async function matrixAccountId(client: GraphQLClient, world: World): Promise<string> {
  // Remembered: once a row has set its password it is no longer "without password".
  const known = matrixAccounts.get(world.d1.districtId);
  if (known) return known;
  const hr = await hrOfDistrict1(client, world);
  const find = async () =>
    (
      await hr.request<{ accountsWithoutPassword: Array<{ accountId: string; email: string }> }>(
        `{ accountsWithoutPassword(limit: 500) { accountId email } }`,
      )
    ).data?.accountsWithoutPassword.find((a) => a.email.startsWith('matrix.'))?.accountId;
  const existing = await find();
  if (existing) {
    matrixAccounts.set(world.d1.districtId, existing);
    return existing;
  }
  const id = await d1Preview(client, world, 'roster');
  await hr.request(`mutation($id: ID!) { applyRosterImport(importId: $id) { id } }`, { id });
  const created = await find();
  if (!created) throw new Error('matrix account was not imported');
  matrixAccounts.set(world.d1.districtId, created);
  return created;
}

function matrixEmail(world: World): string {
  return `matrix.${world.d1.districtId.slice(0, 8)}@matrix.example.org`;
}

/**
 * A set-password link for the matrix person, made by district 1's HR: a plain link while the
 * account has no password, a reset once a row has set one.
 */
async function matrixLinkToken(client: GraphQLClient, world: World): Promise<string> {
  const hr = await hrOfDistrict1(client, world);
  const id = await matrixAccountId(client, world);
  const link = await hr.request<{ createPasswordSetLink: { path: string } }>(
    `mutation($id: ID!) { createPasswordSetLink(accountId: $id) { path } }`,
    { id },
  );
  const path =
    link.data?.createPasswordSetLink.path ??
    (
      await hr.request<{ resetAccountPassword: { path: string } }>(
        `mutation($email: String!) { resetAccountPassword(email: $email) { path } }`,
        { email: matrixEmail(world) },
      )
    ).data?.resetAccountPassword.path ??
    '';
  return path.split('#token=')[1];
}

/** Roster and transcript imports, and password-set links. */
export const importOperations: MatrixOperation[] = [
  {
    name: 'importRuns',
    run: (c) => c.request(`{ importRuns { id kind status problems { line } } }`),
    expect: HR_ONLY,
    check: (response) => {
      const runs = (response.data as { importRuns: unknown[] }).importRuns;
      expect(Array.isArray(runs)).toBe(true);
    },
  },
  {
    name: 'importRun(id)',
    run: async (c, w) =>
      c.request(`query($id: ID!) { importRun(id: $id) { id status counts { educators { create } } } }`, {
        id: await d1Preview(c, w, 'roster'),
      }),
    expect: HR_OWN_DISTRICT,
  },
  {
    name: 'applyRosterImport',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { applyRosterImport(importId: $id) { id status } }`, { id: await d1Preview(c, w, 'roster') }),
    expect: HR_OWN_DISTRICT,
    check: (response) =>
      expect((response.data as { applyRosterImport: { status: string } }).applyRosterImport.status).toBe('APPLIED'),
  },
  {
    name: 'applyTranscriptImport',
    run: async (c, w) => {
      await matrixAccountId(c, w);
      return c.request(`mutation($id: ID!) { applyTranscriptImport(importId: $id) { id status } }`, {
        id: await d1Preview(c, w, 'transcript'),
      });
    },
    expect: HR_OWN_DISTRICT,
  },
  {
    name: 'accountsWithoutPassword',
    run: (c) => c.request(`{ accountsWithoutPassword { accountId email } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const emails = (response.data as { accountsWithoutPassword: Array<{ email: string }> }).accountsWithoutPassword.map(
        (a) => a.email,
      );
      // Each HR admin sees only their own district's accounts.
      if (actor === 'hrOtherDistrict') expect(emails.some((email) => email.includes(w.d1.districtId.slice(0, 8)))).toBe(false);
    },
  },
  {
    name: 'createPasswordSetLink',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { createPasswordSetLink(accountId: $id) { path expiresAt } }`, {
        id: await matrixAccountId(c, w),
      }),
    expect: HR_OWN_DISTRICT,
  },
  {
    name: 'setPassword',
    run: async (c, w) => {
      const token = await matrixLinkToken(c, w);
      return c.request(`mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`, {
        t: token,
        p: 'matrix passphrase 2024',
      });
    },
    // Public: the link itself is the credential.
    expect: {
      anonymous: 'allowed',
      teacher: 'allowed',
      teacherOtherSchool: 'allowed',
      principal: 'allowed',
      principalOtherSchool: 'allowed',
      hr: 'allowed',
      hrOtherDistrict: 'allowed',
      assessor: 'allowed',
    },
  },
  {
    name: 'resetAccountPassword',
    run: async (c, w) => {
      // The matrix person first has a password to reset.
      const token = await matrixLinkToken(c, w);
      await new GraphQLClient(c.baseUrl).request(`mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`, {
        t: token,
        p: 'matrix passphrase 2025',
      });
      return c.request(`mutation($email: String!) { resetAccountPassword(email: $email) { accountId path } }`, {
        email: matrixEmail(w),
      });
    },
    // District 2's HR does not find district 1's email.
    expect: HR_OWN_DISTRICT,
  },
  {
    name: 'myPasswordResetNotices',
    run: (c) => c.request(`{ myPasswordResetNotices { resetAt resetByName } }`),
    expect: EVERYONE_SIGNED_IN,
  },
  {
    name: 'dismissPasswordResetNotice',
    run: (c) => c.request(`mutation { dismissPasswordResetNotice }`),
    expect: EVERYONE_SIGNED_IN,
  },
];
