import { randomUUID } from 'node:crypto';
import { verifyAuditChain } from '../audit/audit-chain';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { applyImport, plainRoster, PlainPerson, RUN_FIELDS, uploadImport } from './__fixtures__/imports-test-helpers';

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

describe('roster and transcript imports', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // A 1 MB upload limit, so the size check is cheap to test.
    testApp = await startTestApp({ IMPORT_MAX_UPLOAD_MB: '1' });
  });

  afterAll(() => testApp.close());

  async function signedIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  async function setup(): Promise<{ district: DistrictFixture; hr: GraphQLClient; tag: string }> {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    return { district, hr: await signedIn(district.accounts.hr.email), tag: randomUUID().slice(0, 8) };
  }

  function people(tag: string, count: number, overrides: Partial<PlainPerson> = {}): PlainPerson[] {
    return Array.from({ length: count }, (_, i) => ({
      id: `E${tag}-${i}`,
      first: `First${i}`,
      last: `Last${tag}`,
      email: `p${i}.${tag}@import.example.org`,
      school: i % 2 === 0 ? `S1-${tag}` : `S2-${tag}`,
      schoolName: i % 2 === 0 ? `North ${tag}` : `South ${tag}`,
      ...overrides,
    }));
  }

  /** Everything an import could touch in the district, to prove "nothing changed". */
  async function snapshot(districtId: string): Promise<string> {
    // One query at a time: the embedded database serves one statement at a time anyway, and
    // interleaving several pooled connections here once failed with 'portal does not exist'.
    const parts: unknown[] = [];
    for (const sql of [
      `SELECT id, name, source_id, active FROM school WHERE district_id = $1 ORDER BY id`,
      `SELECT id, first_name, last_name, email, source_id, active, state_educator_id FROM educator WHERE district_id = $1 ORDER BY id`,
      `SELECT educator_id, school_id FROM educator_school WHERE district_id = $1 ORDER BY 1, 2`,
      `SELECT id, email, role, disabled, educator_id, source_id, password_hash IS NULL AS no_password FROM user_account WHERE district_id = $1 ORDER BY id`,
      `SELECT user_account_id, school_id FROM user_account_school WHERE district_id = $1 ORDER BY 1, 2`,
      `SELECT id, title, amount::text, status FROM pd_record WHERE district_id = $1 ORDER BY id`,
      `SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`,
    ]) {
      parts.push(await testApp.dataSource.query(sql, [districtId]));
    }
    return JSON.stringify(parts);
  }

  async function auditActions(districtId: string): Promise<Record<string, number>> {
    // Every import's events join the district's audit chain intact.
    expect((await verifyAuditChain(testApp.dataSource, districtId)).problem).toBeNull();
    const rows: Array<{ action: string; n: number }> = await testApp.dataSource.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE district_id = $1 GROUP BY action`,
      [districtId],
    );
    return Object.fromEntries(rows.map((row) => [row.action, row.n]));
  }

  describe('plain CSV roster', () => {
    it('previews without changing anything, applies in one go, and re-importing changes nothing', async () => {
      const { district, hr, tag } = await setup();
      const file = {
        name: 'staff.csv',
        content: plainRoster([
          ...people(tag, 4),
          { ...people(tag, 1)[0], id: `P${tag}`, email: `boss.${tag}@import.example.org`, role: 'principal', first: 'Pat' },
        ]),
      };
      const before = await snapshot(district.districtId);

      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [file]);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ status: 'PREVIEW', format: 'plain-csv', mode: 'bulk', canApply: true, errorCount: 0 });
      expect(preview.body.counts.schools).toEqual({ create: 2, update: 0, deactivate: 0, unchanged: 0, skipped: 0 });
      expect(preview.body.counts.educators).toEqual({ create: 5, update: 0, deactivate: 0, unchanged: 0, skipped: 0 });
      expect(preview.body.counts.accounts).toEqual({ create: 5, update: 0, deactivate: 0, unchanged: 0, skipped: 0 });
      expect(await snapshot(district.districtId)).toBe(before);

      const applied = await applyImport(hr, 'Roster', preview.body.id);
      expect(applied.errors).toBeUndefined();
      expect(applied.data?.['applyRosterImport']).toMatchObject({ status: 'APPLIED', counts: preview.body.counts });

      const educators: Array<{ source_id: string; active: boolean }> = await testApp.dataSource.query(
        `SELECT source_id, active FROM educator WHERE district_id = $1 AND source_id IS NOT NULL ORDER BY source_id`,
        [district.districtId],
      );
      expect(educators).toHaveLength(5);
      const accounts: Array<{ role: string; no_password: boolean; schools: number }> = await testApp.dataSource.query(
        `SELECT a.role, a.password_hash IS NULL AS no_password, (SELECT count(*)::int FROM user_account_school s WHERE s.user_account_id = a.id) AS schools
           FROM user_account a WHERE a.district_id = $1 AND a.source_id IS NOT NULL ORDER BY a.role`,
        [district.districtId],
      );
      expect(accounts.map((a) => a.role)).toEqual(['PRINCIPAL', 'TEACHER', 'TEACHER', 'TEACHER', 'TEACHER']);
      expect(accounts.every((a) => a.no_password)).toBe(true);
      expect(accounts[0].schools).toBe(1);
      // One event per changed entity plus one for the import, all with the actor and request id.
      expect(await auditActions(district.districtId)).toMatchObject({
        ROSTER_IMPORT_APPLIED: 1,
        SCHOOL_CREATED: 2,
        EDUCATOR_CREATED: 5,
        ACCOUNT_CREATED: 5,
      });
      const [event] = await testApp.dataSource.query(
        `SELECT actor_account_id, request_id, details FROM audit_event WHERE district_id = $1 AND action = 'EDUCATOR_CREATED' LIMIT 1`,
        [district.districtId],
      );
      expect(event.actor_account_id).toBe(district.accounts.hr.id);
      expect(event.request_id).toBeTruthy();
      expect(event.details.importRunId).toBe(preview.body.id);

      // Idempotent: the same file again is all "unchanged" and writes only the import's own event.
      const afterFirst = await snapshot(district.districtId);
      const again = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [file]);
      expect(again.body.counts.educators).toEqual({ create: 0, update: 0, deactivate: 0, unchanged: 5, skipped: 0 });
      expect(again.body.counts.schools).toEqual({ create: 0, update: 0, deactivate: 0, unchanged: 2, skipped: 0 });
      expect(again.body.counts.accounts).toEqual({ create: 0, update: 0, deactivate: 0, unchanged: 5, skipped: 0 });
      const reapplied = await applyImport(hr, 'Roster', again.body.id);
      expect(reapplied.errors).toBeUndefined();
      const actions = await auditActions(district.districtId);
      expect(actions).toMatchObject({ ROSTER_IMPORT_APPLIED: 2, EDUCATOR_CREATED: 5 });
      expect(actions['EDUCATOR_UPDATED']).toBeUndefined();
      expect((await snapshot(district.districtId)).replace(/"n":\d+/, '')).toBe(afterFirst.replace(/"n":\d+/, ''));

      // A run is applied once.
      const twice = await applyImport(hr, 'Roster', preview.body.id);
      expect(errorCode(twice)).toBe('BAD_USER_INPUT');
      expect(twice.errors?.[0].message).toMatch(/already applied/);
    });

    it('deactivates people missing from a new bulk file (never deletes them) and reactivates them when they return', async () => {
      const { district, hr, tag } = await setup();
      const everyone = people(tag, 3);
      const first = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster(everyone) },
      ]);
      expect((await applyImport(hr, 'Roster', first.body.id)).errors).toBeUndefined();
      const [leaver] = await testApp.dataSource.query(`SELECT id FROM educator WHERE district_id = $1 AND source_id = $2`, [
        district.districtId,
        everyone[2].id,
      ]);
      await testApp.dataSource.query(
        `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, status, source) VALUES ($1, $2, 'Kept', 'WORKSHOP', 1, 'CLOCK_HOUR', '2024-01-10', 'APPROVED', 'SELF_REPORTED')`,
        [district.districtId, leaver.id],
      );

      const second = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster(everyone.slice(0, 2)) },
      ]);
      expect(second.body.counts.educators).toEqual({ create: 0, update: 0, deactivate: 1, unchanged: 2, skipped: 0 });
      expect(second.body.counts.accounts).toEqual({ create: 0, update: 0, deactivate: 1, unchanged: 2, skipped: 0 });
      // School S1 still has person 0; nobody is left at... both schools still staffed.
      expect(second.body.counts.schools?.deactivate).toBe(0);
      expect((await applyImport(hr, 'Roster', second.body.id)).errors).toBeUndefined();
      const [row] = await testApp.dataSource.query(
        `SELECT e.active, e.deactivated_at IS NOT NULL AS stamped, a.disabled, (SELECT count(*)::int FROM pd_record p WHERE p.educator_id = e.id) AS records
           FROM educator e JOIN user_account a ON a.educator_id = e.id WHERE e.id = $1`,
        [leaver.id],
      );
      expect(row).toEqual({ active: false, stamped: true, disabled: true, records: 1 });

      const third = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster(everyone) },
      ]);
      expect(third.body.counts.educators).toEqual({ create: 0, update: 1, deactivate: 0, unchanged: 2, skipped: 0 });
      expect((await applyImport(hr, 'Roster', third.body.id)).errors).toBeUndefined();
      const [back] = await testApp.dataSource.query(
        `SELECT e.active, a.disabled FROM educator e JOIN user_account a ON a.educator_id = e.id WHERE e.id = $1`,
        [leaver.id],
      );
      expect(back).toEqual({ active: true, disabled: false });
      expect(await auditActions(district.districtId)).toMatchObject({ EDUCATOR_DEACTIVATED: 1, EDUCATOR_REACTIVATED: 1 });
    });

    it('adopts people and schools that were entered by hand instead of duplicating them', async () => {
      const { district, hr, tag } = await setup();
      const [ada] = await testApp.dataSource.query(`SELECT email, first_name, last_name FROM educator WHERE id = $1`, [
        district.educators.teacherA,
      ]);
      const [schoolA] = await testApp.dataSource.query(`SELECT name FROM school WHERE id = $1`, [district.schoolA]);
      const file = plainRoster([
        {
          id: `ADA${tag}`,
          first: ada.first_name,
          last: ada.last_name,
          email: ada.email,
          school: `SA${tag}`,
          schoolName: schoolA.name,
        },
      ]);
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [{ name: 'staff.csv', content: file }]);
      expect(preview.body.counts.educators).toMatchObject({ create: 0, update: 1 });
      expect(preview.body.counts.schools).toMatchObject({ create: 0, update: 1 });
      expect((await applyImport(hr, 'Roster', preview.body.id)).errors).toBeUndefined();
      const [educator] = await testApp.dataSource.query(`SELECT source_id FROM educator WHERE id = $1`, [
        district.educators.teacherA,
      ]);
      expect(educator.source_id).toBe(`ADA${tag}`);
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM educator WHERE district_id = $1`, [
        district.districtId,
      ]);
      expect(count).toBe(3);
    });

    it('reports every problem with file, line, column and value, stores nothing and refuses to apply', async () => {
      const { district, hr, tag } = await setup();
      const other = await createDistrict(testApp.dataSource, { schoolYear });
      const rows = people(tag, 3);
      rows[1] = { ...rows[1], email: 'not-an-email' };
      // Someone in another district already signs in with this address.
      rows[2] = { ...rows[2], email: other.accounts.teacherA.email };
      const before = await snapshot(district.districtId);
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster(rows) },
      ]);
      expect(preview.status).toBe(200);
      expect(preview.body.canApply).toBe(false);
      expect(preview.body.errorCount).toBe(2);
      expect(preview.body.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ severity: 'error', file: 'staff.csv', line: 3, column: 'email', value: 'not-an-email' }),
          expect.objectContaining({
            severity: 'error',
            code: 'bad-value',
            file: 'staff.csv',
            line: 4,
            column: 'email',
            value: other.accounts.teacherA.email,
            message: `E-mail "${other.accounts.teacherA.email}" cannot be used to sign in to PD Ledger; give this person another e-mail.`,
          }),
        ]),
      );
      // Nothing in the preview tells this district that the address has an account elsewhere.
      expect(JSON.stringify(preview.body.problems)).not.toMatch(/already|another (PD Ledger )?account|district|duplicate/i);
      const [{ files }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS files FROM import_file WHERE import_run_id = $1`,
        [preview.body.id],
      );
      expect(files).toBe(0);
      const applied = await applyImport(hr, 'Roster', preview.body.id);
      expect(errorCode(applied)).toBe('BAD_USER_INPUT');
      expect(await snapshot(district.districtId)).toBe(before);

      const run = await hr.request<{ importRun: { problems: Array<{ line: number }> } }>(
        `query($id: ID!) { importRun(id: $id) { ${RUN_FIELDS} } }`,
        { id: preview.body.id },
      );
      expect(run.errors).toBeUndefined();
      expect(run.data?.importRun.problems).toHaveLength(2);
    });

    it('rolls everything back when the apply fails half way, and marks the run FAILED', async () => {
      const { district, hr, tag } = await setup();
      const rows = people(tag, 40);
      const boom = rows[39].email;
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster(rows) },
      ]);
      expect(preview.body.canApply).toBe(true);
      const before = await snapshot(district.districtId);
      // A database failure after the schools were written, on the last person of the file.
      const fn = `pdl_test_boom_${tag.replace(/-/g, '')}`;
      await testApp.dataSource.query(
        `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`,
      );
      await testApp.dataSource.query(
        `CREATE TRIGGER ${fn} BEFORE INSERT ON educator FOR EACH ROW WHEN (NEW.email = '${boom}') EXECUTE FUNCTION ${fn}()`,
      );
      try {
        const applied = await applyImport(hr, 'Roster', preview.body.id);
        expect(applied.errors).toBeDefined();
      } finally {
        await testApp.dataSource.query(`DROP TRIGGER ${fn} ON educator`);
        await testApp.dataSource.query(`DROP FUNCTION ${fn}()`);
      }
      expect(await snapshot(district.districtId)).toBe(before);
      const run = await hr.request<{ importRun: { status: string; failureMessage: string; canApply: boolean } }>(
        `query($id: ID!) { importRun(id: $id) { ${RUN_FIELDS} } }`,
        {
          id: preview.body.id,
        },
      );
      expect(run.data?.importRun).toMatchObject({ status: 'FAILED', canApply: false });
      expect(run.data?.importRun.failureMessage).toMatch(/simulated failure/);
    });
  });

  describe('OneRoster', () => {
    const manifest = (orgs: string, users: string) =>
      `propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.orgs,${orgs}\nfile.users,${users}\n`;
    const usersHeader =
      'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';
    const orgsHeader = 'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId';

    it('imports staff (skipping students), then applies a delta file’s statuses without touching anyone else', async () => {
      const { district, hr, tag } = await setup();
      const orgs = `${orgsHeader}\nd-${tag},,,District ${tag},district,,\ns-${tag},,,Oak ${tag},school,123,d-${tag}\n`;
      const user = (id: string, role: string, name: string, status = '', extra = '') =>
        `${id},${status},${status ? '2025-01-01T00:00:00Z' : ''},true,s-${tag},${role},${id},,${name},Fam${tag},,,${id}.${tag}@or.example.org,,,,${extra},`;
      const users = [
        usersHeader,
        user('u1', 'teacher', 'Una'),
        user('u2', 'administrator', 'Dee'),
        user('u3', 'teacher', 'Tre'),
        user('k1', 'student', 'Kid', '', '05'),
      ].join('\n');
      const bulk = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'manifest.csv', content: manifest('bulk', 'bulk') },
        { name: 'orgs.csv', content: orgs },
        { name: 'users.csv', content: `${users}\n` },
      ]);
      expect(bulk.body.problems).toEqual([]);
      expect(bulk.body).toMatchObject({ format: 'oneroster-1.1', mode: 'bulk', canApply: true });
      // The student and the district's own org are skipped, and counted as such.
      expect(bulk.body.counts.educators).toMatchObject({ create: 3, skipped: 1 });
      expect(bulk.body.counts.schools).toMatchObject({ create: 1, skipped: 1 });
      expect((await applyImport(hr, 'Roster', bulk.body.id)).errors).toBeUndefined();

      // Delta: u1 removed, u2 renamed; u3 is not in the file and must stay active.
      const deltaUsers = [
        usersHeader,
        `u1,tobedeleted,2025-02-01T00:00:00Z,,,,,,,,,,,,,,,`,
        user('u2', 'administrator', 'Deirdre', 'active'),
      ].join('\n');
      const delta = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        // The parser wants at least one org row even in a delta; repeat the school unchanged.
        { name: 'manifest.csv', content: manifest('delta', 'delta') },
        { name: 'orgs.csv', content: `${orgsHeader}\ns-${tag},active,2025-02-01T00:00:00Z,Oak ${tag},school,123,\n` },
        { name: 'users.csv', content: `${deltaUsers}\n` },
      ]);
      expect(delta.body.problems).toEqual([]);
      expect(delta.body.mode).toBe('delta');
      expect(delta.body.counts.educators).toEqual({ create: 0, update: 1, deactivate: 1, unchanged: 0, skipped: 0 });
      expect(delta.body.counts.schools).toEqual({ create: 0, update: 0, deactivate: 0, unchanged: 1, skipped: 0 });
      expect((await applyImport(hr, 'Roster', delta.body.id)).errors).toBeUndefined();
      const rows: Array<{ source_id: string; first_name: string; active: boolean }> = await testApp.dataSource.query(
        `SELECT source_id, first_name, active FROM educator WHERE district_id = $1 AND source_id IS NOT NULL ORDER BY source_id`,
        [district.districtId],
      );
      expect(rows).toEqual([
        { source_id: 'u1', first_name: 'Una', active: false },
        { source_id: 'u2', first_name: 'Deirdre', active: true },
        { source_id: 'u3', first_name: 'Tre', active: true },
      ]);
    });
  });

  describe('vendor transcript', () => {
    const header = 'external_id,educator_key,title,provider,activity_type,amount,unit,completed_on,categories,evidence_url';

    it('creates VERIFIED records matched by e-mail or state id, dedupes by external id, and updates corrections', async () => {
      const { district, hr, tag } = await setup();
      const [ada] = await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [district.educators.teacherA]);
      const rows = (amount: string) =>
        [
          header,
          `X${tag}-1,${ada.email},Literacy institute,PaTTAN,workshop,6.5,clock hours,2024-03-01,Literacy;ELL,https://vendor.example.org/c/1`,
          `X${tag}-2,1000002,Graduate course,State U,COURSE,${amount},SEMESTER_CREDIT,2024-05-01,,`,
        ].join('\n');
      const file = { name: 'vendor.csv', content: `${rows('3')}\n` };
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'transcript', [file]);
      expect(preview.body).toMatchObject({ kind: 'TRANSCRIPT', canApply: true });
      expect(preview.body.counts.pdRecords).toEqual({ create: 2, update: 0, deactivate: 0, unchanged: 0, skipped: 0 });
      // The wrong apply mutation for the kind is refused.
      expect(errorCode(await applyImport(hr, 'Roster', preview.body.id))).toBe('BAD_USER_INPUT');
      expect((await applyImport(hr, 'Transcript', preview.body.id)).errors).toBeUndefined();
      const records: Array<{ educator_id: string; status: string; source: string; amount: string; categories: string[] }> =
        await testApp.dataSource.query(
          `SELECT p.educator_id, p.status, p.source, p.amount::text AS amount, p.categories FROM transcript_record t JOIN pd_record p ON p.id = t.pd_record_id
          WHERE t.district_id = $1 ORDER BY t.external_id`,
          [district.districtId],
        );
      expect(records).toEqual([
        {
          educator_id: district.educators.teacherA,
          status: 'VERIFIED',
          source: 'transcript:vendor.csv',
          amount: '6.50',
          categories: ['Literacy', 'ELL'],
        },
        {
          educator_id: district.educators.teacherB,
          status: 'VERIFIED',
          source: 'transcript:vendor.csv',
          amount: '3.00',
          categories: [],
        },
      ]);

      const same = await uploadImport(testApp.baseUrl, hr.cookie, 'transcript', [file]);
      expect(same.body.counts.pdRecords).toEqual({ create: 0, update: 0, deactivate: 0, unchanged: 2, skipped: 0 });
      const corrected = await uploadImport(testApp.baseUrl, hr.cookie, 'transcript', [
        { name: 'vendor.csv', content: `${rows('4')}\n` },
      ]);
      expect(corrected.body.counts.pdRecords).toEqual({ create: 0, update: 1, deactivate: 0, unchanged: 1, skipped: 0 });
      expect((await applyImport(hr, 'Transcript', corrected.body.id)).errors).toBeUndefined();
      const [{ count }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS count FROM transcript_record WHERE district_id = $1`,
        [district.districtId],
      );
      expect(count).toBe(2);
      expect(await auditActions(district.districtId)).toMatchObject({
        PD_RECORD_IMPORTED: 2,
        PD_RECORD_UPDATED: 1,
        TRANSCRIPT_IMPORT_APPLIED: 2,
      });
    });

    it('reports unknown educators (including those of another district) as problems and changes nothing', async () => {
      const { district, hr, tag } = await setup();
      const other = await createDistrict(testApp.dataSource, { schoolYear });
      const [stranger] = await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [other.educators.teacherA]);
      const before = await snapshot(district.districtId);
      const content = [
        header,
        `Y${tag}-1,${stranger.email},Course,,COURSE,1,CEU,2024-03-01,,`,
        `Y${tag}-2,nobody.${tag}@x.example.org,Course,,COURSE,1,CEU,2024-03-01,,`,
      ].join('\n');
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'transcript', [{ name: 'vendor.csv', content }]);
      expect(preview.body.canApply).toBe(false);
      expect(preview.body.problems).toEqual([
        expect.objectContaining({
          code: 'unknown-user',
          file: 'vendor.csv',
          line: 2,
          column: 'educator_key',
          value: stranger.email,
        }),
        expect.objectContaining({ code: 'unknown-user', file: 'vendor.csv', line: 3, column: 'educator_key' }),
      ]);
      expect(await snapshot(district.districtId)).toBe(before);
    });
  });

  describe('upload endpoint', () => {
    const file = [
      {
        name: 'staff.csv',
        content: plainRoster([
          { id: 'A1', first: 'A', last: 'B', email: 'a1@upload.example.org', school: 'S', schoolName: 'School S' },
        ]),
      },
    ];

    it('denies anonymous callers, teachers and principals before reading the upload', async () => {
      const district = await createDistrict(testApp.dataSource, { schoolYear });
      expect((await uploadImport(testApp.baseUrl, null, 'roster', file)).status).toBe(401);
      const teacher = await signedIn(district.accounts.teacherA.email);
      expect((await uploadImport(testApp.baseUrl, teacher.cookie, 'roster', file)).status).toBe(403);
      const principal = await signedIn(district.accounts.principalA.email);
      expect((await uploadImport(testApp.baseUrl, principal.cookie, 'transcript', file)).status).toBe(403);
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM import_run WHERE district_id = $1`, [
        district.districtId,
      ]);
      expect(count).toBe(0);
    });

    it('requires the CSRF header, a known kind, a file, and refuses files over the size limit', async () => {
      const { hr } = await setup();
      expect((await uploadImport(testApp.baseUrl, hr.cookie, 'roster', file, {})).status).toBe(403);
      expect((await uploadImport(testApp.baseUrl, hr.cookie, 'badges', file)).status).toBe(404);
      const none = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', []);
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'No file was uploaded.' });
      const big = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: Buffer.alloc(1024 * 1024 + 10, 'a') },
      ]);
      expect(big.status).toBe(413);
      const notZip = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'roster.zip', content: 'definitely not a zip' },
      ]);
      expect(notZip.status).toBe(400);
      expect(String(notZip.body['message'])).toMatch(/not a readable zip/);
    });
  });

  describe('password-set links', () => {
    it('lets an imported person set a password once through the link HR copies', async () => {
      const { district, hr, tag } = await setup();
      const person = people(tag, 1)[0];
      const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [
        { name: 'staff.csv', content: plainRoster([person]) },
      ]);
      expect((await applyImport(hr, 'Roster', preview.body.id)).errors).toBeUndefined();

      // No password yet: signing in fails exactly like a wrong password.
      const anonymous = new GraphQLClient(testApp.baseUrl);
      expect(errorCode(await anonymous.signIn(person.email, 'anything at all 123'))).toBe('UNAUTHENTICATED');

      const pending = await hr.request<{
        accountsWithoutPassword: Array<{ accountId: string; email: string; linkExpiresAt: string | null }>;
      }>(`{ accountsWithoutPassword { accountId email linkExpiresAt } }`);
      const account = pending.data?.accountsWithoutPassword.find((a) => a.email === person.email);
      expect(account?.linkExpiresAt).toBeNull();

      const link = await hr.request<{ createPasswordSetLink: { path: string; expiresAt: string } }>(
        `mutation($id: ID!) { createPasswordSetLink(accountId: $id) { path expiresAt } }`,
        {
          id: account?.accountId,
        },
      );
      expect(link.errors).toBeUndefined();
      const token = /#token=(.+)$/.exec(link.data?.createPasswordSetLink.path ?? '')?.[1] as string;
      expect(token).toBeTruthy();
      const [stored] = await testApp.dataSource.query(`SELECT token_hash FROM password_set_token WHERE user_account_id = $1`, [
        account?.accountId,
      ]);
      expect(stored.token_hash).not.toContain(token);

      const weak = await anonymous.request(`mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`, {
        t: token,
        p: 'short',
      });
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0].message).toMatch(/at least 12 characters/);
      const good = await anonymous.request(`mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`, {
        t: token,
        p: 'a long and fine passphrase',
      });
      expect(good.errors).toBeUndefined();
      expect((await anonymous.signIn(person.email, 'a long and fine passphrase')).errors).toBeUndefined();
      const reused = await new GraphQLClient(testApp.baseUrl).request(
        `mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`,
        {
          t: token,
          p: 'another long passphrase',
        },
      );
      expect(errorCode(reused)).toBe('BAD_USER_INPUT');
      expect(await auditActions(district.districtId)).toMatchObject({ PASSWORD_SET_LINK_CREATED: 1, PASSWORD_SET: 1 });
    });

    it('refuses links for another HR admin', async () => {
      const { district, hr } = await setup();
      const [otherHr] = await testApp.dataSource.query(
        `INSERT INTO user_account (district_id, email, password_hash, role, display_name) VALUES ($1, $2, NULL, 'HR_ADMIN', 'Second HR') RETURNING id`,
        [district.districtId, `hr2.${randomUUID().slice(0, 8)}@test.example.org`],
      );
      const response = await hr.request(`mutation($id: ID!) { createPasswordSetLink(accountId: $id) { path } }`, {
        id: otherHr.id,
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
    });
  });
});
