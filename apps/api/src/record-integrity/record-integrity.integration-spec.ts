import { parse } from 'csv-parse/sync';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { insertSalarySchedulePreset } from '../seed/demo-salary-schedules';
import { buildDemoDataset, DEMO_ACCOUNTS } from '../seed/demo-dataset';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { submitRecord, upload } from '../testing/upload-client';
import {
  ed25519Issuer,
  ob3Credential,
  sha256Identity,
  signDataIntegrity,
} from '../badges/verification/__fixtures__/badge-fixtures';
import { randomUUID } from 'node:crypto';

const YEAR = schoolYearOf(todayIsoDate()) - 1;

const VOID = `mutation($id: ID!, $reason: String!) { voidPdRecord(id: $id, reason: $reason) { id status voidReason voidedAt statusBeforeVoid } }`;
const RESTORE = `mutation($id: ID!, $reason: String!, $distinctReason: String) {
  restorePdRecord(id: $id, reason: $reason, distinctReason: $distinctReason) { id status voidReason voidedAt statusBeforeVoid } }`;
const APPROVE = `mutation($id: ID!, $distinctReason: String) { approvePdRecord(id: $id, distinctReason: $distinctReason) { id status } }`;
const BULK = `mutation($ids: [ID!]!, $distinctReason: String) { bulkApprovePdRecords(ids: $ids, distinctReason: $distinctReason) { id status } }`;
const MARK = `mutation($id: ID!, $reason: String!) { markPdRecordDistinct(id: $id, reason: $reason) { id matchedBy } }`;
const CHECK = `query($input: PossibleDuplicateInput!) { myPossibleDuplicates(input: $input) { id title status completedOn matchedBy counted } }`;
const QUEUE = `{ reviewQueue(limit: 100) { rows { id possibleDuplicates { id title status matchedBy counted } } } }`;

interface Figures {
  renewalEarned: string;
  teacherSeesEarned: string;
  laneCredits: string;
  pdTotalHours: string;
  storedStandingEarned: string;
  reportEarned: string;
  exportEarned: string;
  goalCurrent: string;
}

describe('void and restore, and duplicates caught', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let goalId: string;
  const c: Record<'teacherA' | 'teacherB' | 'principalA' | 'hr' | 'hrOther', GraphQLClient> = {} as never;

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    const other = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    await testApp.dataSource.transaction((manager) => insertSalarySchedulePreset(manager, d.districtId, 'maplewood-traditional'));
    const emails = {
      teacherA: d.accounts.teacherA.email,
      teacherB: d.accounts.teacherB.email,
      principalA: d.accounts.principalA.email,
      hr: d.accounts.hr.email,
      hrOther: other.accounts.hr.email,
    };
    for (const [key, email] of Object.entries(emails)) {
      const client = new GraphQLClient(testApp.baseUrl);
      expect((await client.signIn(email, TEST_PASSWORD)).errors).toBeUndefined();
      c[key as keyof typeof c] = client;
    }
    const goal = await c.hr.request<{ createGoal: { id: string } }>(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      {
        input: {
          title: 'Average PD hours',
          measure: 'AVERAGE_PD_HOURS',
          target: '40',
          startsOn: `${YEAR - 1}-07-01`,
          deadline: `${YEAR + 3}-06-30`,
        },
      },
    );
    expect(goal.errors).toBeUndefined();
    goalId = goal.data!.createGoal.id;
  });

  afterAll(() => testApp.close());

  /** Teacher A's figures everywhere they are shown or exported. */
  async function figures(): Promise<Figures> {
    const educator = `query($id: ID!) { educator(id: $id) { renewals { earned } lane { creditsEarned } pdTotals(schoolYear: ${YEAR}) { hourEquivalents } } }`;
    const hr = await c.hr.request<{
      educator: { renewals: Array<{ earned: string }>; lane: { creditsEarned: string }; pdTotals: { hourEquivalents: string } };
    }>(educator, { id: d.educators.teacherA });
    expect(hr.errors).toBeUndefined();
    const own = await c.teacherA.request<{ educator: { renewals: Array<{ earned: string }> } }>(
      `query($id: ID!) { educator(id: $id) { renewals { earned } } }`,
      {
        id: d.educators.teacherA,
      },
    );
    expect(own.errors).toBeUndefined();
    // HR's overview reads stored standings, refreshing the stale ones first.
    expect((await c.hr.request(`{ districtDashboard { renewalStatus { total } } }`)).errors).toBeUndefined();
    const [standing] = (await testApp.dataSource.query(
      `SELECT earned FROM renewal_standing WHERE district_id = $1 AND educator_id = $2`,
      [d.districtId, d.educators.teacherA],
    )) as Array<{ earned: string }>;
    const report = await c.hr.request<{ relicensureReport: { rows: Array<{ educatorId: string; earned: string }> } }>(
      `{ relicensureReport(limit: 100) { rows { educatorId earned } } }`,
    );
    expect(report.errors).toBeUndefined();
    const csv = await fetch(`${testApp.baseUrl}/api/reports/relicensure/csv`, {
      headers: { cookie: c.hr.cookie!, 'sec-fetch-site': 'same-origin' },
    });
    expect(csv.status).toBe(200);
    const rows = parse(Buffer.from(await csv.arrayBuffer()), { columns: true, bom: true }) as Array<Record<string, string>>;
    const goal = await c.hr.request<{ goal: { progress: { current: string } } }>(
      `query($id: ID!) { goal(id: $id) { progress { current } } }`,
      { id: goalId },
    );
    expect(goal.errors).toBeUndefined();
    return {
      renewalEarned: hr.data!.educator.renewals[0]!.earned,
      teacherSeesEarned: own.data!.educator.renewals[0]!.earned,
      laneCredits: hr.data!.educator.lane.creditsEarned,
      pdTotalHours: hr.data!.educator.pdTotals.hourEquivalents,
      storedStandingEarned: standing.earned,
      reportEarned: report.data!.relicensureReport.rows.find((r) => r.educatorId === d.educators.teacherA)!.earned,
      exportEarned: rows.find((r) => r['Educator ID'] === d.educators.teacherA)!['Earned']!,
      goalCurrent: goal.data!.goal.progress.current,
    };
  }

  async function events(
    entityId: string,
    action: string,
  ): Promise<Array<{ actor_account_id: string; details: Record<string, unknown> }>> {
    return testApp.dataSource.query(
      `SELECT actor_account_id, details FROM audit_event WHERE entity_id = $1 AND action = $2 ORDER BY occurred_at`,
      [entityId, action],
    );
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = (await testApp.dataSource.query(`SELECT status FROM pd_record WHERE id = $1`, [id])) as Array<{
      status: string;
    }>;
    return row.status;
  }

  describe('void and restore', () => {
    it('a voided record stops counting at once in renewals, lanes, standings, totals, goals, reports and exports; restore brings it back', async () => {
      const before = await figures();
      // Worked by hand (PA Act 48): 3 clock hours + 1 semester credit (30) + a 15-hour micro-credential.
      expect(before.renewalEarned).toBe('48');
      expect(before.teacherSeesEarned).toBe('48');
      expect(before).toMatchObject({ storedStandingEarned: '48', reportEarned: '48', exportEarned: '48' });
      const [{ version: versionBefore }] = (await testApp.dataSource.query(
        `SELECT version FROM renewal_input_version WHERE district_id = $1 AND educator_id = $2`,
        [d.districtId, d.educators.teacherA],
      )) as Array<{ version: string }>;

      const graduateCourse = d.records.teacherA[1];
      const voided = await c.hr.request<{ voidPdRecord: Record<string, unknown> }>(VOID, {
        id: graduateCourse,
        reason: '  Transcript shows the course was withdrawn  ',
      });
      expect(voided.errors).toBeUndefined();
      expect(voided.data!.voidPdRecord).toMatchObject({
        status: 'VOIDED',
        voidReason: 'Transcript shows the course was withdrawn',
        statusBeforeVoid: 'APPROVED',
      });
      expect(voided.data!.voidPdRecord['voidedAt']).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      // The stored standing's input version was bumped by the trigger, in the voiding transaction.
      const [{ version: versionAfter }] = (await testApp.dataSource.query(
        `SELECT version FROM renewal_input_version WHERE district_id = $1 AND educator_id = $2`,
        [d.districtId, d.educators.teacherA],
      )) as Array<{ version: string }>;
      expect(Number(versionAfter)).toBeGreaterThan(Number(versionBefore));

      const after = await figures();
      expect(after).toMatchObject({
        renewalEarned: '18',
        teacherSeesEarned: '18',
        storedStandingEarned: '18',
        reportEarned: '18',
        exportEarned: '18',
      });
      expect(Number(after.laneCredits)).toBeLessThan(Number(before.laneCredits));
      expect(Number(after.pdTotalHours)).toBe(Number(before.pdTotalHours) - 15);
      expect(Number(after.goalCurrent)).toBeLessThan(Number(before.goalCurrent));

      // The teacher sees the reason on her record, and cannot act on it.
      const mine = await c.teacherA.request<{ myPdRecords: Array<{ id: string; status: string; voidReason: string | null }> }>(
        `{ myPdRecords { id status voidReason } }`,
      );
      expect(mine.data!.myPdRecords.find((r) => r.id === graduateCourse)).toEqual({
        id: graduateCourse,
        status: 'VOIDED',
        voidReason: 'Transcript shows the course was withdrawn',
      });
      const resubmit = await c.teacherA.request(
        `mutation($id: ID!, $input: SubmitPdRecordInput!) { resubmitPdRecord(id: $id, input: $input) { id } }`,
        {
          id: graduateCourse,
          input: {
            title: 'Graduate course',
            activityType: 'COURSE',
            amount: '1',
            unit: 'SEMESTER_CREDIT',
            completedOn: `${YEAR + 1}-01-20`,
          },
        },
      );
      expect(errorCode(resubmit)).toBe('BAD_USER_INPUT');
      expect(await statusOf(graduateCourse)).toBe('VOIDED');

      const [voidEvent] = await events(graduateCourse, 'PD_RECORD_VOIDED');
      expect(voidEvent).toMatchObject({
        actor_account_id: d.accounts.hr.id,
        details: {
          before: { status: 'APPROVED' },
          after: { status: 'VOIDED', voidReason: 'Transcript shows the course was withdrawn' },
        },
      });

      const restored = await c.hr.request<{ restorePdRecord: Record<string, unknown> }>(RESTORE, {
        id: graduateCourse,
        reason: 'Withdrawal was reversed',
      });
      expect(restored.errors).toBeUndefined();
      expect(restored.data!.restorePdRecord).toEqual({
        id: graduateCourse,
        status: 'APPROVED',
        voidReason: null,
        voidedAt: null,
        statusBeforeVoid: null,
      });
      expect(await figures()).toEqual(before);
      const [restoreEvent] = await events(graduateCourse, 'PD_RECORD_RESTORED');
      expect(restoreEvent).toMatchObject({
        details: { reason: 'Withdrawal was reversed', before: { status: 'VOIDED' }, after: { status: 'APPROVED' } },
      });
    });

    it('a verified record is restored to VERIFIED', async () => {
      const badge = d.records.teacherA[2];
      expect((await c.hr.request(VOID, { id: badge, reason: 'Issuer revoked the badge' })).errors).toBeUndefined();
      expect(await statusOf(badge)).toBe('VOIDED');
      const restored = await c.hr.request<{ restorePdRecord: { status: string } }>(RESTORE, {
        id: badge,
        reason: 'Revocation was a mistake',
      });
      expect(restored.data!.restorePdRecord.status).toBe('VERIFIED');
    });

    it('refuses records that do not count, a second void, restoring what is not voided, and a missing reason, naming the problem', async () => {
      const pending = d.records.teacherA[3];
      const submitted = await c.hr.request(VOID, { id: pending, reason: 'Not real' });
      expect(errorCode(submitted)).toBe('BAD_USER_INPUT');
      expect(submitted.errors![0].message).toContain(`"${pending}" cannot be voided: its status is SUBMITTED`);
      expect(submitted.errors![0].message).toContain('reject a submitted record in review instead');
      expect(await statusOf(pending)).toBe('SUBMITTED');

      const noReason = await c.hr.request(VOID, { id: d.records.teacherA[0], reason: '   ' });
      expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].message).toContain('Invalid value for reason');
      expect(await statusOf(d.records.teacherA[0])).toBe('APPROVED');

      const notVoided = await c.hr.request(RESTORE, { id: d.records.teacherA[0], reason: 'Nothing to restore' });
      expect(errorCode(notVoided)).toBe('BAD_USER_INPUT');
      expect(notVoided.errors![0].message).toContain('not VOIDED');

      expect((await c.hr.request(VOID, { id: d.records.teacherB[0], reason: 'Duplicate CEU claim' })).errors).toBeUndefined();
      const twice = await c.hr.request(VOID, { id: d.records.teacherB[0], reason: 'Again' });
      expect(errorCode(twice)).toBe('BAD_USER_INPUT');
      expect(twice.errors![0].message).toContain('its status is VOIDED');
      expect((await c.hr.request(RESTORE, { id: d.records.teacherB[0], reason: 'Claim checked' })).errors).toBeUndefined();
    });

    it('only HR of the district may void or restore', async () => {
      const id = d.records.teacherA[0];
      for (const client of [c.teacherA, c.principalA])
        expect(errorCode(await client.request(VOID, { id, reason: 'Mine to remove' }))).toBe('FORBIDDEN');
      expect(errorCode(await c.hrOther.request(VOID, { id, reason: 'Not my district' }))).toBe('NOT_FOUND');
      expect(await statusOf(id)).toBe('APPROVED');
      expect(await events(id, 'PD_RECORD_VOIDED')).toEqual([]);
    });
  });

  describe('duplicates', () => {
    it('warns the teacher before she submits a copy, ignoring case and spacing, and names the other record', async () => {
      const check = await c.teacherA.request<{ myPossibleDuplicates: Array<Record<string, unknown>> }>(CHECK, {
        input: { title: '  number   TALKS ', completedOn: `${YEAR}-09-10`, amount: '3.00', unit: 'CLOCK_HOUR' },
      });
      expect(check.errors).toBeUndefined();
      expect(check.data!.myPossibleDuplicates).toEqual([
        {
          id: d.records.teacherA[0],
          title: 'Number Talks',
          status: 'APPROVED',
          completedOn: `${YEAR}-09-10`,
          matchedBy: 'SAME_COURSE',
          counted: true,
        },
      ]);
      // Another day, another amount or another teacher: not a duplicate.
      for (const input of [
        { title: 'Number Talks', completedOn: `${YEAR}-09-11`, amount: '3', unit: 'CLOCK_HOUR' },
        { title: 'Number Talks', completedOn: `${YEAR}-09-10`, amount: '2', unit: 'CLOCK_HOUR' },
      ]) {
        expect(
          (await c.teacherA.request<{ myPossibleDuplicates: unknown[] }>(CHECK, { input })).data!.myPossibleDuplicates,
        ).toEqual([]);
      }
      const otherTeacher = await c.teacherB.request<{ myPossibleDuplicates: unknown[] }>(CHECK, {
        input: { title: 'Number Talks', completedOn: `${YEAR}-09-10`, amount: '3', unit: 'CLOCK_HOUR' },
      });
      expect(otherTeacher.data!.myPossibleDuplicates).toEqual([]);
      // The same catalog item is the same achievement, whatever the date.
      const achievement = await c.teacherA.request<{ myPossibleDuplicates: Array<{ id: string; matchedBy: string }> }>(CHECK, {
        input: {
          title: 'My badge',
          completedOn: `${YEAR}-08-01`,
          amount: '1',
          unit: 'MICRO_CREDENTIAL',
          catalogItemId: d.catalogItemId,
        },
      });
      expect(achievement.data!.myPossibleDuplicates).toMatchObject([
        { id: d.records.teacherA[2], matchedBy: 'SAME_ACHIEVEMENT' },
      ]);
      const bad = await c.teacherA.request(CHECK, {
        input: { title: 'x', completedOn: '2024-02-30', amount: '1', unit: 'CLOCK_HOUR' },
      });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].message).toContain('completedOn');
    });

    it('flags a copy in review and refuses to approve it alone or in bulk unless a reviewer marks it distinct, with a reason, audited', async () => {
      const before = await figures();
      const copy = await submitRecord(c.teacherA, 'Number  talks', { amount: '3', completedOn: `${YEAR}-09-10` });
      const clean = await submitRecord(c.teacherB, 'Unrelated workshop', { completedOn: `${YEAR}-10-02` });

      const queue = await c.hr.request<{
        reviewQueue: { rows: Array<{ id: string; possibleDuplicates: Array<Record<string, unknown>> }> };
      }>(QUEUE);
      expect(queue.errors).toBeUndefined();
      const flagged = queue.data!.reviewQueue.rows.find((r) => r.id === copy)!;
      expect(flagged.possibleDuplicates).toEqual([
        { id: d.records.teacherA[0], title: 'Number Talks', status: 'APPROVED', matchedBy: 'SAME_COURSE', counted: true },
      ]);
      expect(queue.data!.reviewQueue.rows.find((r) => r.id === clean)!.possibleDuplicates).toEqual([]);

      const single = await c.hr.request(APPROVE, { id: copy });
      expect(errorCode(single)).toBe('BAD_USER_INPUT');
      expect(single.errors![0].message).toContain(
        `"Number Talks" (APPROVED, completed ${YEAR}-09-10, record ${d.records.teacherA[0]})`,
      );

      const bulk = await c.hr.request(BULK, { ids: [clean, copy] });
      expect(errorCode(bulk)).toBe('BAD_USER_INPUT');
      expect(bulk.errors![0].message).toContain(copy);
      // All or nothing: the clean record was not approved either.
      expect([await statusOf(copy), await statusOf(clean)]).toEqual(['SUBMITTED', 'SUBMITTED']);
      expect(await figures()).toEqual(before);

      const confirmed = await c.hr.request<{ bulkApprovePdRecords: Array<{ id: string; status: string }> }>(BULK, {
        ids: [clean, copy],
        distinctReason: 'Number Talks runs twice on the same day: morning and afternoon cohorts',
      });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data!.bulkApprovePdRecords.map((r) => r.status)).toEqual(['APPROVED', 'APPROVED']);
      const [marked] = await events(copy, 'PD_RECORD_MARKED_DISTINCT');
      expect(marked).toMatchObject({
        actor_account_id: d.accounts.hr.id,
        details: {
          reason: 'Number Talks runs twice on the same day: morning and afternoon cohorts',
          distinctFrom: [{ id: d.records.teacherA[0] }],
        },
      });
      expect(await events(clean, 'PD_RECORD_MARKED_DISTINCT')).toEqual([]);
      // Declared distinct: no longer flagged, and both count.
      const recheck = await c.teacherA.request<{ myPossibleDuplicates: unknown[] }>(CHECK, {
        input: { title: 'Number Talks', completedOn: `${YEAR}-09-10`, amount: '3', unit: 'CLOCK_HOUR', excludeId: copy },
      });
      expect(recheck.data!.myPossibleDuplicates).toEqual([]);
      expect(Number((await figures()).renewalEarned)).toBe(Number(before.renewalEarned) + 3);
    });

    it('bulk approval also refuses a copy of PD still awaiting review unless confirmed; a single approval takes the first copy', async () => {
      const first = await submitRecord(c.teacherB, 'Data team protocols', { completedOn: `${YEAR}-11-03` });
      const second = await submitRecord(c.teacherB, 'DATA TEAM PROTOCOLS', { completedOn: `${YEAR}-11-03` });
      const bulk = await c.hr.request(BULK, { ids: [first] });
      expect(errorCode(bulk)).toBe('BAD_USER_INPUT');
      expect(bulk.errors![0].message).toContain(`"DATA TEAM PROTOCOLS" (SUBMITTED, completed ${YEAR}-11-03, record ${second})`);
      expect(await statusOf(first)).toBe('SUBMITTED');
      // One at a time, the first copy may count; the second then cannot, alone or in bulk.
      expect((await c.hr.request(APPROVE, { id: first })).errors).toBeUndefined();
      expect(errorCode(await c.hr.request(APPROVE, { id: second }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await c.hr.request(BULK, { ids: [second] }))).toBe('BAD_USER_INPUT');
      expect(await statusOf(second)).toBe('SUBMITTED');
    });

    it('markPdRecordDistinct requires a reason and a record with likely duplicates, and is for reviewers in scope', async () => {
      const copy = await submitRecord(c.teacherA, 'Graduate Course', {
        activityType: 'COURSE',
        amount: '1',
        unit: 'SEMESTER_CREDIT',
        completedOn: `${YEAR + 1}-01-20`,
      });
      const noReason = await c.hr.request(MARK, { id: copy, reason: ' ' });
      expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].message).toContain('Invalid value for reason');
      expect(errorCode(await c.teacherA.request(MARK, { id: copy, reason: 'It is different' }))).toBe('FORBIDDEN');
      expect(errorCode(await c.principalA.request(MARK, { id: copy, reason: 'It is different' }))).toBe('FORBIDDEN');
      expect(errorCode(await c.hrOther.request(MARK, { id: copy, reason: 'It is different' }))).toBe('NOT_FOUND');
      expect(await events(copy, 'PD_RECORD_MARKED_DISTINCT')).toEqual([]);

      const marked = await c.hr.request<{ markPdRecordDistinct: Array<{ id: string; matchedBy: string }> }>(MARK, {
        id: copy,
        reason: 'Second course of a two-part sequence',
      });
      expect(marked.errors).toBeUndefined();
      expect(marked.data!.markPdRecordDistinct).toEqual([{ id: d.records.teacherA[1], matchedBy: 'SAME_COURSE' }]);
      const again = await c.hr.request(MARK, { id: copy, reason: 'Again' });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toContain('has no likely duplicates');
      expect((await c.hr.request(APPROVE, { id: copy })).errors).toBeUndefined();
    });

    it('a restore is refused while another copy counts, unless declared distinct', async () => {
      const badge = d.records.teacherA[2];
      const before = await figures();
      expect((await c.hr.request(VOID, { id: badge, reason: 'Recorded for the wrong teacher' })).errors).toBeUndefined();
      // The teacher records the same achievement again; with the first voided, it may count.
      const copy = await submitRecord(c.teacherA, 'Checking for Understanding', {
        activityType: 'MICRO_CREDENTIAL',
        amount: '1',
        unit: 'MICRO_CREDENTIAL',
        completedOn: `${YEAR + 1}-03-07`,
        catalogItemId: d.catalogItemId,
      });
      expect((await c.hr.request(APPROVE, { id: copy })).errors).toBeUndefined();
      const restore = await c.hr.request(RESTORE, { id: badge, reason: 'It was hers after all' });
      expect(errorCode(restore)).toBe('BAD_USER_INPUT');
      expect(restore.errors![0].message).toContain(`record ${copy}`);
      expect(await statusOf(badge)).toBe('VOIDED');
      expect(await figures()).toEqual(before);
      // Voiding the copy instead and restoring the original leaves one counted copy, as before.
      expect((await c.hr.request(VOID, { id: copy, reason: 'Copy of the verified badge' })).errors).toBeUndefined();
      expect((await c.hr.request(RESTORE, { id: badge, reason: 'It was hers after all' })).errors).toBeUndefined();
      expect(await figures()).toEqual(before);
    });

    it('a badge import that copies an achievement that already counts waits in review, flagged, instead of counting', async () => {
      const issuer = await ed25519Issuer();
      const [{ email }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
        d.educators.teacherB,
      ])) as Array<{ email: string }>;
      const teacherB = c.teacherB;
      // The district trusts the issuer (its did:key pinned), so its badges file under one catalog item.
      const trusted = await c.hr.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
        input: { issuerId: issuer.did, name: 'Copy Test Academy' },
      });
      expect(trusted.errors).toBeUndefined();
      async function badge(): Promise<Buffer> {
        const credential = ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}` });
        const subject = credential['credentialSubject'] as Record<string, unknown>;
        subject['identifier'] = [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            salt: 'NaCl',
            identityHash: sha256Identity(email, 'NaCl'),
          },
        ];
        return Buffer.from(JSON.stringify(await signDataIntegrity(credential, issuer)));
      }
      type Result = { results: Array<{ records: Array<{ pdRecordId: string }> }> };
      const first = await upload(teacherB, testApp.baseUrl, '/api/badges', [
        { name: 'first.json', bytes: await badge(), type: 'application/json' },
      ]);
      expect(first.status).toBe(200);
      const firstId = (first.body as unknown as Result).results[0]!.records[0]!.pdRecordId;
      expect(await statusOf(firstId)).toBe('VERIFIED');

      const second = await upload(teacherB, testApp.baseUrl, '/api/badges', [
        { name: 'second.json', bytes: await badge(), type: 'application/json' },
      ]);
      expect(second.status).toBe(200);
      const secondId = (second.body as unknown as Result).results[0]!.records[0]!.pdRecordId;
      expect(secondId).not.toBe(firstId);
      expect(await statusOf(secondId)).toBe('SUBMITTED');
      const queue = await c.hr.request<{
        reviewQueue: { rows: Array<{ id: string; possibleDuplicates: Array<{ id: string; matchedBy: string }> }> };
      }>(QUEUE);
      expect(queue.data!.reviewQueue.rows.find((r) => r.id === secondId)!.possibleDuplicates).toEqual([
        { id: firstId, title: expect.any(String), status: 'VERIFIED', matchedBy: 'SAME_ACHIEVEMENT', counted: true },
      ]);
      expect(errorCode(await c.hr.request(APPROVE, { id: secondId }))).toBe('BAD_USER_INPUT');
    });

    it('a transcript row that copies a counted course waits in review with a warning, and a copy within the file too', async () => {
      const [{ email }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
        d.educators.teacherB,
      ])) as Array<{ email: string }>;
      const tag = randomUUID().slice(0, 8);
      const content = [
        'external_id,educator_key,title,provider,activity_type,amount,unit,completed_on,categories,evidence_url',
        // Teacher B's approved "CEU course" (0.5 CEU, completed ${YEAR}-10-01), sent again by the vendor.
        `T${tag}-1,${email},ceu  COURSE,Vendor,WORKSHOP,0.50,CEU,${YEAR}-10-01,,`,
        `T${tag}-2,${email},Coaching cycle,Vendor,WORKSHOP,4,CLOCK_HOUR,${YEAR}-11-01,,`,
        `T${tag}-3,${email},Coaching Cycle,Vendor,WORKSHOP,4,CLOCK_HOUR,${YEAR}-11-01,,`,
      ].join('\n');
      const preview = await upload(c.hr, testApp.baseUrl, '/api/imports/transcript', [
        { name: 'vendor.csv', bytes: `${content}\n`, type: 'text/csv' },
      ]);
      expect(preview.status).toBe(200);
      expect(preview.body['canApply']).toBe(true);
      const problems = preview.body['problems'] as Array<{ severity: string; code: string; line: number; message: string }>;
      expect(problems.map((p) => [p.severity, p.code, p.line])).toEqual([
        ['warning', 'duplicate-record', 2],
        ['warning', 'duplicate-record', 4],
      ]);
      expect(problems[0]!.message).toContain('already counted for this educator');
      const applied = await c.hr.request(`mutation($id: ID!) { applyTranscriptImport(importId: $id) { status } }`, {
        id: preview.body['id'],
      });
      expect(applied.errors).toBeUndefined();
      const statuses = (await testApp.dataSource.query(
        `SELECT t.external_id, p.status FROM transcript_record t JOIN pd_record p ON p.id = t.pd_record_id WHERE t.district_id = $1 AND t.external_id LIKE $2
          ORDER BY t.external_id`,
        [d.districtId, `T${tag}-%`],
      )) as Array<{ external_id: string; status: string }>;
      expect(statuses.map((r) => r.status)).toEqual(['SUBMITTED', 'VERIFIED', 'SUBMITTED']);
    });

    it("the demo's Maria Alvarez: a pending copy of her verified Structured Literacy Foundations is flagged and cannot count twice", async () => {
      // The demo data set, as `npm start` seeds it, has both copies of the same catalog item.
      const demo = buildDemoDataset({
        today: todayIsoDate(),
        passwordHashes: new Map(DEMO_ACCOUNTS.map((a) => [a.email, 'not used'])),
      });
      const maria = demo.educators.find((e) => e[2] === 'Maria' && e[3] === 'Alvarez')!;
      const literacy = demo.pdRecords.filter((r) => r[2] === maria[0] && r[4] === 'Structured Literacy Foundations');
      expect(literacy.map((r) => r[11]).sort()).toEqual(['SUBMITTED', 'VERIFIED']);
      expect(new Set(literacy.map((r) => r[3])).size).toBe(1);

      // The same shape here: a 30-hour catalog micro-credential, verified, and a pending copy
      // completed on another day. Approving the copy would add 30 Act 48 hours.
      const [{ id: catalogItemId }] = (await testApp.dataSource.query(
        `INSERT INTO catalog_item (district_id, issuer_id, name, kind, stated_hours)
         SELECT district_id, issuer_id, 'Structured Literacy Foundations', 'MICRO_CREDENTIAL', 30 FROM catalog_item WHERE id = $1 RETURNING id`,
        [d.catalogItemId],
      )) as Array<{ id: string }>;
      const verified = literacy.find((r) => r[11] === 'VERIFIED')!;
      const pending = literacy.find((r) => r[11] === 'SUBMITTED')!;
      await testApp.dataSource.query(
        `INSERT INTO pd_record (district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on, categories, status, source)
         VALUES ($1, $2, $3, 'Structured Literacy Foundations', 'MICRO_CREDENTIAL', 1, 'MICRO_CREDENTIAL', $4, '{Literacy}', 'VERIFIED', 'OPEN_BADGES')`,
        [d.districtId, d.educators.teacherA, catalogItemId, `${YEAR + 1}-02-01`],
      );
      const copy = await submitRecord(c.teacherA, 'Structured Literacy Foundations', {
        activityType: 'MICRO_CREDENTIAL',
        amount: '1',
        unit: 'MICRO_CREDENTIAL',
        completedOn: `${YEAR}-08-20`,
        catalogItemId,
      });
      expect(verified[8] > pending[8]).toBe(true);
      const before = await figures();

      const queue = await c.hr.request<{
        reviewQueue: { rows: Array<{ id: string; possibleDuplicates: Array<{ matchedBy: string; status: string }> }> };
      }>(QUEUE);
      expect(queue.data!.reviewQueue.rows.find((r) => r.id === copy)!.possibleDuplicates).toMatchObject([
        { matchedBy: 'SAME_ACHIEVEMENT', status: 'VERIFIED' },
      ]);
      const refused = await c.hr.request(APPROVE, { id: copy });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toContain('"Structured Literacy Foundations" (VERIFIED');
      expect(await figures()).toEqual(before);

      const distinct = await c.hr.request(APPROVE, {
        id: copy,
        distinctReason: 'Renewed under the 2025 rubric: a separate award',
      });
      expect(distinct.errors).toBeUndefined();
      expect(Number((await figures()).renewalEarned)).toBe(Number(before.renewalEarned) + 30);
    });
  });
});
