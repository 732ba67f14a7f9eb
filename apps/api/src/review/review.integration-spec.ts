import { randomUUID } from 'node:crypto';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { submitRecord } from '../testing/upload-client';

const RECORD_FIELDS = `id status feedback submittedAt reviewedAt educator { id }`;
const APPROVE = `mutation($id: ID!) { approvePdRecord(id: $id) { ${RECORD_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $feedback: String!) { rejectPdRecord(id: $id, feedback: $feedback) { ${RECORD_FIELDS} } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $feedback: String!) { requestChanges(id: $id, feedback: $feedback) { ${RECORD_FIELDS} } }`;
const BULK = `mutation($ids: [ID!]!) { bulkApprovePdRecords(ids: $ids) { id status } }`;
const QUEUE = `query($schoolId: ID, $status: PdStatus) { reviewQueue(schoolId: $schoolId, status: $status) { totalCount rows { id title status educator { id } } } }`;
const SET_PRINCIPALS = `mutation($enabled: Boolean!) { setPrincipalsCanReview(enabled: $enabled) { principalsCanReview } }`;

describe('review queue, decisions, drafts, pre-approvals and the audit trail', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let other: DistrictFixture;
  const c: Record<'teacherA' | 'teacherB' | 'principalA' | 'principalB' | 'hr' | 'hrOther', GraphQLClient> = {} as never;

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    other = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    const emails = {
      teacherA: d.accounts.teacherA.email,
      teacherB: d.accounts.teacherB.email,
      principalA: d.accounts.principalA.email,
      principalB: d.accounts.principalB.email,
      hr: d.accounts.hr.email,
      hrOther: other.accounts.hr.email,
    };
    for (const [key, email] of Object.entries(emails)) {
      const client = new GraphQLClient(testApp.baseUrl);
      expect((await client.signIn(email, TEST_PASSWORD)).errors).toBeUndefined();
      c[key as keyof typeof c] = client;
    }
  });

  afterAll(() => testApp.close());

  async function status(id: string): Promise<{ status: string; feedback: string | null }> {
    const [row] = (await testApp.dataSource.query(`SELECT status, feedback FROM pd_record WHERE id = $1`, [id])) as Array<{
      status: string;
      feedback: string | null;
    }>;
    return row;
  }

  async function events(
    entityId: string,
  ): Promise<Array<{ action: string; request_id: string | null; actor_account_id: string; details: Record<string, unknown> }>> {
    return testApp.dataSource.query(
      `SELECT action, request_id, actor_account_id, details FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id`,
      [entityId],
    );
  }

  describe('HR decisions', () => {
    it('lists submissions oldest first and approves one, writing a before/after audit event', async () => {
      const first = await submitRecord(c.teacherA, 'Queue first');
      const second = await submitRecord(c.teacherB, 'Queue second');
      const queue = await c.hr.request<{ reviewQueue: { totalCount: number; rows: Array<{ id: string }> } }>(QUEUE, {});
      const ids = queue.data!.reviewQueue.rows.map((r) => r.id);
      expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));

      const response = await c.hr.request<{ approvePdRecord: { status: string; reviewedAt: string } }>(APPROVE, { id: first });
      expect(response.errors).toBeUndefined();
      expect(response.data!.approvePdRecord.status).toBe('APPROVED');
      expect(response.data!.approvePdRecord.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const [submitted, approved] = await events(first);
      expect(submitted.action).toBe('PD_RECORD_SUBMITTED');
      expect(approved).toMatchObject({
        action: 'PD_RECORD_APPROVED',
        actor_account_id: d.accounts.hr.id,
        details: { before: { status: 'SUBMITTED' }, after: { status: 'APPROVED' } },
      });
      expect(approved.request_id).toBeTruthy();

      // A decided record is no longer awaiting review.
      const again = await c.hr.request(APPROVE, { id: first });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toContain('APPROVED');
    });

    it('rejects with required feedback the teacher can read; without feedback nothing changes and no event is written', async () => {
      const id = await submitRecord(c.teacherA, 'To reject');
      const missing = await c.hr.request(REJECT, { id, feedback: '   ' });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors![0].message).toContain('feedback');
      expect(await status(id)).toEqual({ status: 'SUBMITTED', feedback: null });
      expect((await events(id)).map((e) => e.action)).toEqual(['PD_RECORD_SUBMITTED']);

      const rejected = await c.hr.request(REJECT, { id, feedback: 'Not PD: a staff meeting.' });
      expect(rejected.errors).toBeUndefined();
      const mine = await c.teacherA.request<{ myPdRecords: Array<{ id: string; status: string; feedback: string }> }>(
        `{ myPdRecords { id status feedback } }`,
      );
      expect(mine.data!.myPdRecords.find((r) => r.id === id)).toEqual({
        id,
        status: 'REJECTED',
        feedback: 'Not PD: a staff meeting.',
      });
    });

    it('asks for changes; the teacher edits through a draft and resubmits; the record is back in the queue', async () => {
      const id = await submitRecord(c.teacherA, 'Needs a certificate');
      const asked = await c.hr.request<{ requestChanges: { status: string; feedback: string } }>(REQUEST_CHANGES, {
        id,
        feedback: 'Please attach the certificate.',
      });
      expect(asked.data!.requestChanges).toMatchObject({
        status: 'CHANGES_REQUESTED',
        feedback: 'Please attach the certificate.',
      });

      const save = await c.teacherA.request<{ saveDraft: { id: string; pdRecordId: string } }>(
        `mutation($input: PdDraftInput!, $pdRecordId: ID) { saveDraft(input: $input, pdRecordId: $pdRecordId) { id pdRecordId } }`,
        {
          pdRecordId: id,
          input: {
            title: 'Needs a certificate',
            activityType: 'WORKSHOP',
            amount: '3',
            unit: 'CLOCK_HOUR',
            completedOn: '2024-01-10',
            evidenceUrl: 'https://example.org/cert.pdf',
          },
        },
      );
      expect(save.data!.saveDraft.pdRecordId).toBe(id);
      // Saving again for the same record updates the same draft.
      const again = await c.teacherA.request<{ saveDraft: { id: string } }>(
        `mutation($input: PdDraftInput!, $pdRecordId: ID) { saveDraft(input: $input, pdRecordId: $pdRecordId) { id } }`,
        {
          pdRecordId: id,
          input: {
            title: 'Needs a certificate',
            activityType: 'WORKSHOP',
            amount: '3',
            unit: 'CLOCK_HOUR',
            completedOn: '2024-01-10',
            evidenceUrl: 'https://example.org/cert.pdf',
          },
        },
      );
      expect(again.data!.saveDraft.id).toBe(save.data!.saveDraft.id);

      const submitted = await c.teacherA.request<{ submitDraft: { id: string; status: string; amount: string } }>(
        `mutation($id: ID!) { submitDraft(id: $id) { id status amount } }`,
        { id: save.data!.saveDraft.id },
      );
      expect(submitted.data!.submitDraft).toEqual({ id, status: 'SUBMITTED', amount: '3' });
      expect((await events(id)).map((e) => e.action)).toEqual([
        'PD_RECORD_SUBMITTED',
        'PD_RECORD_CHANGES_REQUESTED',
        'PD_RECORD_RESUBMITTED',
      ]);
      const drafts = await c.teacherA.request<{ myDrafts: Array<{ id: string }> }>(`{ myDrafts { id } }`);
      expect(drafts.data!.myDrafts.map((x) => x.id)).not.toContain(save.data!.saveDraft.id);

      // Only a record with changes requested can be resubmitted.
      const resubmitAgain = await c.teacherA.request(
        `mutation($id: ID!, $input: SubmitPdRecordInput!) { resubmitPdRecord(id: $id, input: $input) { id } }`,
        { id, input: { title: 'x', activityType: 'WORKSHOP', amount: '1', unit: 'CLOCK_HOUR', completedOn: '2024-01-10' } },
      );
      expect(errorCode(resubmitAgain)).toBe('BAD_USER_INPUT');
    });

    it('bulk-approves all or nothing: one bad id rolls everything back and the error names it', async () => {
      const a = await submitRecord(c.teacherA, 'Bulk A');
      const b = await submitRecord(c.teacherB, 'Bulk B');
      const alreadyApproved = d.records.teacherA[0];
      const failed = await c.hr.request(BULK, { ids: [a, b, alreadyApproved] });
      expect(errorCode(failed)).toBe('BAD_USER_INPUT');
      expect(failed.errors![0].message).toContain(alreadyApproved);
      expect(failed.data).toBeNull();
      expect((await status(a)).status).toBe('SUBMITTED');
      expect((await status(b)).status).toBe('SUBMITTED');
      expect((await events(a)).map((e) => e.action)).toEqual(['PD_RECORD_SUBMITTED']);

      const unknown = randomUUID();
      const notFound = await c.hr.request(BULK, { ids: [a, unknown] });
      expect(errorCode(notFound)).toBe('NOT_FOUND');
      expect(notFound.errors![0].message).toContain(unknown);
      expect((await status(a)).status).toBe('SUBMITTED');

      const otherDistrict = await c.hrOther.request(BULK, { ids: [a] });
      expect(errorCode(otherDistrict)).toBe('NOT_FOUND');

      const ok = await c.hr.request<{ bulkApprovePdRecords: Array<{ id: string; status: string }> }>(BULK, { ids: [a, b] });
      expect(ok.data!.bulkApprovePdRecords).toEqual([
        { id: a, status: 'APPROVED' },
        { id: b, status: 'APPROVED' },
      ]);
      expect((await events(b)).map((e) => e.action)).toEqual(['PD_RECORD_SUBMITTED', 'PD_RECORD_APPROVED']);
    });
  });

  describe('principal review, by district setting', () => {
    it('is forbidden until HR allows it, then limited to the principal’s schools', async () => {
      const mine = await submitRecord(c.teacherA, 'Principal review A');
      const notMine = await submitRecord(c.teacherB, 'Principal review B');

      expect(errorCode(await c.principalA.request(QUEUE, {}))).toBe('FORBIDDEN');
      expect(errorCode(await c.principalA.request(APPROVE, { id: mine }))).toBe('FORBIDDEN');
      expect((await status(mine)).status).toBe('SUBMITTED');
      const me = await c.principalA.request<{ me: { canReview: boolean } }>(`{ me { canReview } }`);
      expect(me.data!.me.canReview).toBe(false);

      expect(errorCode(await c.principalA.request(SET_PRINCIPALS, { enabled: true }))).toBe('FORBIDDEN');
      const toggled = await c.hr.request(SET_PRINCIPALS, { enabled: true });
      expect(toggled.errors).toBeUndefined();
      const [toggleEvent] = await events(d.districtId);
      expect(toggleEvent).toMatchObject({
        action: 'DISTRICT_REVIEW_SETTINGS_CHANGED',
        details: { before: { principalsCanReview: false }, after: { principalsCanReview: true } },
      });

      const queue = await c.principalA.request<{ reviewQueue: { rows: Array<{ id: string; educator: { id: string } }> } }>(
        QUEUE,
        {},
      );
      const ids = queue.data!.reviewQueue.rows.map((r) => r.id);
      expect(ids).toContain(mine);
      expect(ids).not.toContain(notMine);
      expect(new Set(queue.data!.reviewQueue.rows.map((r) => r.educator.id))).toEqual(new Set([d.educators.teacherA]));
      expect(errorCode(await c.principalA.request(QUEUE, { schoolId: d.schoolB }))).toBe('NOT_FOUND');

      expect(errorCode(await c.principalA.request(APPROVE, { id: notMine }))).toBe('NOT_FOUND');
      expect((await status(notMine)).status).toBe('SUBMITTED');
      const approved = await c.principalA.request<{ approvePdRecord: { status: string } }>(APPROVE, { id: mine });
      expect(approved.data!.approvePdRecord.status).toBe('APPROVED');

      await c.hr.request(SET_PRINCIPALS, { enabled: false });
      expect(errorCode(await c.principalB.request(APPROVE, { id: notMine }))).toBe('FORBIDDEN');
    });
  });

  describe('drafts', () => {
    it('keeps whatever was typed across sessions, validates only on submit, and can be discarded', async () => {
      const save = await c.teacherB.request<{ saveDraft: { id: string; updatedAt: string } }>(
        `mutation($input: PdDraftInput!) { saveDraft(input: $input) { id updatedAt } }`,
        { input: { title: 'Half-typed', amount: '1.', categories: ['Liter'] } },
      );
      expect(save.errors).toBeUndefined();
      const id = save.data!.saveDraft.id;

      // A reload: a new session sees the same draft.
      const reloaded = new GraphQLClient(testApp.baseUrl);
      await reloaded.signIn(d.accounts.teacherB.email, TEST_PASSWORD);
      const drafts = await reloaded.request<{ myDrafts: Array<Record<string, unknown>> }>(
        `{ myDrafts { id title amount categories unit evidenceFileIds } }`,
      );
      expect(drafts.data!.myDrafts.find((x) => x['id'] === id)).toEqual({
        id,
        title: 'Half-typed',
        amount: '1.',
        categories: ['Liter'],
        unit: null,
        evidenceFileIds: [],
      });

      const incomplete = await reloaded.request(`mutation($id: ID!) { submitDraft(id: $id) { id } }`, { id });
      expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
      expect(incomplete.errors![0].message).toContain('activityType');

      await reloaded.request(`mutation($id: ID!, $input: PdDraftInput!) { saveDraft(id: $id, input: $input) { id } }`, {
        id,
        input: {
          title: 'Half-typed',
          activityType: 'WORKSHOP',
          amount: '1.',
          unit: 'CLOCK_HOUR',
          completedOn: '2024-02-01',
          categories: ['Literacy'],
        },
      });
      const badAmount = await reloaded.request(`mutation($id: ID!) { submitDraft(id: $id) { id } }`, { id });
      expect(errorCode(badAmount)).toBe('BAD_USER_INPUT');
      expect(badAmount.errors![0].message).toContain('amount');
      expect(((await testApp.dataSource.query(`SELECT 1 FROM pd_draft WHERE id = $1`, [id])) as unknown[]).length).toBe(1);

      // Someone else's draft does not exist for them.
      expect(errorCode(await c.teacherA.request(`mutation($id: ID!) { discardDraft(id: $id) }`, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await c.teacherA.request(`mutation($id: ID!) { submitDraft(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');

      const discarded = await reloaded.request<{ discardDraft: boolean }>(`mutation($id: ID!) { discardDraft(id: $id) }`, { id });
      expect(discarded.data!.discardDraft).toBe(true);
      // Discarding is audited: who, which draft, and what it was.
      const [discardEvent] = (await testApp.dataSource.query(
        `SELECT actor_account_id, entity_type, details FROM audit_event WHERE district_id = $1 AND action = 'DRAFT_DISCARDED' AND entity_id = $2`,
        [d.districtId, id],
      )) as Array<{ actor_account_id: string; entity_type: string; details: Record<string, unknown> }>;
      expect(discardEvent).toMatchObject({
        actor_account_id: d.accounts.teacherB.id,
        entity_type: 'pd_draft',
        details: { title: 'Half-typed', educatorId: d.educators.teacherB },
      });
      const after = await reloaded.request<{ myDrafts: Array<{ id: string }> }>(`{ myDrafts { id } }`);
      expect(after.data!.myDrafts.map((x) => x.id)).not.toContain(id);
    });

    it('refuses oversized draft fields with a clear message', async () => {
      const response = await c.teacherA.request(`mutation($input: PdDraftInput!) { saveDraft(input: $input) { id } }`, {
        input: { title: 'x'.repeat(1001) },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain('title');
    });
  });

  describe('pre-approval requests', () => {
    const REQUEST = `mutation($input: PreApprovalInput!) { requestPreApproval(input: $input) { id status expectedAmount } }`;
    const input = {
      title: 'Graduate course EDU 610',
      activityType: 'COURSE',
      provider: 'State University',
      plannedStartOn: '2024-01-15',
      expectedAmount: '3.0',
      unit: 'SEMESTER_CREDIT',
    };

    it('goes through the queue; a PD record can reference an approved request but not a pending or denied one', async () => {
      const requested = await c.teacherA.request<{ requestPreApproval: { id: string; status: string; expectedAmount: string } }>(
        REQUEST,
        { input },
      );
      expect(requested.data!.requestPreApproval).toMatchObject({ status: 'PENDING', expectedAmount: '3' });
      const id = requested.data!.requestPreApproval.id;

      const pending = await c.teacherA.request(
        `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id } }`,
        {
          input: {
            title: 'EDU 610',
            activityType: 'COURSE',
            amount: '3',
            unit: 'SEMESTER_CREDIT',
            completedOn: '2024-05-01',
            preApprovalId: id,
          },
        },
      );
      expect(errorCode(pending)).toBe('BAD_USER_INPUT');
      expect(pending.errors![0].message).toContain('PENDING');

      const queue = await c.hr.request<{ preApprovalQueue: { rows: Array<{ id: string; educator: { id: string } }> } }>(
        `{ preApprovalQueue { totalCount rows { id educator { id } } } }`,
      );
      expect(queue.data!.preApprovalQueue.rows.find((r) => r.id === id)?.educator.id).toBe(d.educators.teacherA);
      expect(errorCode(await c.hr.request(`mutation($id: ID!) { denyPreApproval(id: $id, feedback: "") { id } }`, { id }))).toBe(
        'BAD_USER_INPUT',
      );
      const approved = await c.hr.request<{ approvePreApproval: { status: string } }>(
        `mutation($id: ID!) { approvePreApproval(id: $id) { status } }`,
        { id },
      );
      expect(approved.data!.approvePreApproval.status).toBe('APPROVED');
      expect((await events(id)).map((e) => e.action)).toEqual(['PRE_APPROVAL_REQUESTED', 'PRE_APPROVAL_APPROVED']);

      const record = await c.teacherA.request<{
        submitPdRecord: { preApprovalId: string; preApproval: { id: string; status: string } };
      }>(`mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { preApprovalId preApproval { id status } } }`, {
        input: {
          title: 'EDU 610',
          activityType: 'COURSE',
          amount: '3',
          unit: 'SEMESTER_CREDIT',
          completedOn: '2024-05-01',
          preApprovalId: id,
        },
      });
      expect(record.data!.submitPdRecord).toEqual({ preApprovalId: id, preApproval: { id, status: 'APPROVED' } });

      // Another teacher cannot borrow it.
      const borrowed = await c.teacherB.request(
        `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id } }`,
        {
          input: {
            title: 'EDU 610',
            activityType: 'COURSE',
            amount: '3',
            unit: 'SEMESTER_CREDIT',
            completedOn: '2024-05-01',
            preApprovalId: id,
          },
        },
      );
      expect(errorCode(borrowed)).toBe('BAD_USER_INPUT');

      const mine = await c.teacherA.request<{ myPreApprovals: Array<{ id: string; status: string }> }>(
        `{ myPreApprovals { id status } }`,
      );
      expect(mine.data!.myPreApprovals.find((r) => r.id === id)?.status).toBe('APPROVED');
    });

    it('refuses bad input naming the field', async () => {
      const response = await c.teacherA.request(REQUEST, { input: { ...input, expectedAmount: '-1' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain('expectedAmount');
    });
  });

  describe('audit trail', () => {
    const AUDIT = `query($filter: AuditEventFilter, $offset: Int, $limit: Int) {
      auditEvents(filter: $filter, offset: $offset, limit: $limit) { totalCount rows { id occurredAt action entityType entityId actorAccountId actorDisplayName details requestId } }
    }`;

    it('lets HR browse and filter the district’s events, newest first, and never another district’s', async () => {
      const id = await submitRecord(c.teacherA, 'Audited');
      await c.hr.request(REQUEST_CHANGES, { id, feedback: 'More detail please' });
      const response = await c.hr.request<{
        auditEvents: {
          totalCount: number;
          rows: Array<{ action: string; details: string; actorDisplayName: string; occurredAt: string }>;
        };
      }>(AUDIT, { filter: { entityType: 'pd_record', entityId: id } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.auditEvents.totalCount).toBe(2);
      expect(response.data!.auditEvents.rows.map((r) => r.action)).toEqual([
        'PD_RECORD_CHANGES_REQUESTED',
        'PD_RECORD_SUBMITTED',
      ]);
      expect(JSON.parse(response.data!.auditEvents.rows[0].details)).toMatchObject({
        before: { status: 'SUBMITTED' },
        after: { status: 'CHANGES_REQUESTED', feedback: 'More detail please' },
      });
      expect(response.data!.auditEvents.rows[0].actorDisplayName).toBe('HR Admin');

      const byActor = await c.hr.request<{ auditEvents: { rows: Array<{ actorAccountId: string }> } }>(AUDIT, {
        filter: { actorId: d.accounts.teacherA.id, action: 'PD_RECORD_SUBMITTED' },
      });
      expect(byActor.data!.auditEvents.rows.length).toBeGreaterThan(0);
      expect(new Set(byActor.data!.auditEvents.rows.map((r) => r.actorAccountId))).toEqual(new Set([d.accounts.teacherA.id]));

      const today = new Date().toISOString().slice(0, 10);
      const inRange = await c.hr.request<{ auditEvents: { totalCount: number } }>(AUDIT, {
        filter: { entityId: id, from: today, to: today },
      });
      expect(inRange.data!.auditEvents.totalCount).toBe(2);
      const outOfRange = await c.hr.request<{ auditEvents: { totalCount: number } }>(AUDIT, {
        filter: { entityId: id, from: '2020-01-01', to: '2020-01-31' },
      });
      expect(outOfRange.data!.auditEvents.totalCount).toBe(0);

      const elsewhere = await c.hrOther.request<{ auditEvents: { totalCount: number } }>(AUDIT, { filter: { entityId: id } });
      expect(elsewhere.data!.auditEvents.totalCount).toBe(0);
      expect(errorCode(await c.hr.request(AUDIT, { filter: { from: '2024-02-30' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await c.hr.request(AUDIT, { limit: 500 }))).toBe('BAD_USER_INPUT');
    });

    it('names the record and the people, shows before -> after in words, searches words, and hides sign-ins unless asked', async () => {
      const id = await submitRecord(c.teacherA, 'Audit words workshop');
      await c.hr.request(REQUEST_CHANGES, { id, feedback: 'Attach the agenda' });
      const PAGE = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, limit: 200) { totalCount
        rows { action entityName actorDisplayName changes { field before after } } actions actors { id displayName email } } }`;
      type Page = {
        auditEvents: {
          totalCount: number;
          rows: Array<{
            action: string;
            entityName: string | null;
            actorDisplayName: string | null;
            changes: Array<{ field: string; before: string | null; after: string | null }>;
          }>;
          actions: string[];
          actors: Array<{ id: string; displayName: string; email: string }>;
        };
      };
      const [{ first_name, last_name }] = (await testApp.dataSource.query(
        `SELECT first_name, last_name FROM educator WHERE id = $1`,
        [d.educators.teacherA],
      )) as Array<{ first_name: string; last_name: string }>;
      const found = await c.hr.request<Page>(PAGE, { filter: { search: `agenda ${last_name}` } });
      expect(found.errors).toBeUndefined();
      const row = found.data!.auditEvents.rows.find((r) => r.action === 'PD_RECORD_CHANGES_REQUESTED')!;
      expect(row.entityName).toBe(`Audit words workshop (${first_name} ${last_name})`);
      expect(row.actorDisplayName).toBe('HR Admin');
      expect(row.changes).toEqual(
        expect.arrayContaining([
          { field: 'status', before: 'SUBMITTED', after: 'CHANGES_REQUESTED' },
          { field: 'feedback', before: null, after: 'Attach the agenda' },
        ]),
      );
      // Every word must match: a word found nowhere finds nothing.
      const none = await c.hr.request<Page>(PAGE, { filter: { search: 'agenda zzzz-not-there' } });
      expect(none.data!.auditEvents.totalCount).toBe(0);

      // Sign-ins are hidden by default, shown when asked for; the pickers list actions and people by name.
      const all = await c.hr.request<Page>(PAGE, {});
      expect(all.data!.auditEvents.rows.some((r) => r.action === 'SIGNED_IN')).toBe(false);
      expect(all.data!.auditEvents.actions).toContain('SIGNED_IN');
      expect(all.data!.auditEvents.actions).toContain('PD_RECORD_CHANGES_REQUESTED');
      expect(all.data!.auditEvents.actors.map((a) => a.id)).toContain(d.accounts.hr.id);
      const signIns = await c.hr.request<Page>(PAGE, { filter: { includeSignIns: true } });
      expect(signIns.data!.auditEvents.rows.some((r) => r.action === 'SIGNED_IN')).toBe(true);
      const onlySignIns = await c.hr.request<Page>(PAGE, { filter: { action: 'SIGNED_IN' } });
      expect(onlySignIns.data!.auditEvents.totalCount).toBeGreaterThan(0);
      expect(errorCode(await c.hr.request(PAGE, { filter: { search: 'x'.repeat(101) } }))).toBe('BAD_USER_INPUT');
    });

    it('cannot be edited or deleted, even with direct SQL', async () => {
      const id = await submitRecord(c.teacherA, 'Immutable');
      await expect(
        testApp.dataSource.query(`UPDATE audit_event SET action = 'TAMPERED' WHERE entity_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(testApp.dataSource.query(`DELETE FROM audit_event WHERE entity_id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(testApp.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      expect((await events(id)).map((e) => e.action)).toEqual(['PD_RECORD_SUBMITTED']);
    });

    it('still lets a whole district be removed (its events go with it)', async () => {
      const doomed = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
      const teacher = new GraphQLClient(testApp.baseUrl);
      await teacher.signIn(doomed.accounts.teacherA.email, TEST_PASSWORD);
      await submitRecord(teacher, 'Short-lived');
      await testApp.dataSource.query(`DELETE FROM district WHERE id = $1`, [doomed.districtId]);
      const [{ count }] = (await testApp.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE district_id = $1`,
        [doomed.districtId],
      )) as Array<{ count: number }>;
      expect(count).toBe(0);
    });
  });
});
