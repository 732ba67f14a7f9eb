import { Actor, EVERYONE_SIGNED_IN, Expectation, HR_ONLY, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/**
 * Review side: review queue and decisions, drafts, pre-approvals, review settings,
 * the audit trail and the badge issuer allow-list. The matrix world leaves principal review off
 * (the district default), so principals are refused every review operation here; the review
 * integration spec covers principals with review switched on.
 *
 * Mutations that need a target in a particular state (a SUBMITTED record, a draft, a PENDING
 * pre-approval) find or prepare it through a side session of district 1's HR admin or teacher A,
 * without creating PD records, so a denied call can still be checked to change nothing.
 */

const TEACHERS_ONLY: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'allowed',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'FORBIDDEN',
  hrOtherDistrict: 'FORBIDDEN',
  assessor: 'FORBIDDEN',
};

/** Teacher A's own object: other teacher NOT_FOUND, other roles refused by role. */
const TEACHER_A_OWN: Record<Actor, Expectation> = { ...TEACHERS_ONLY, teacherOtherSchool: 'NOT_FOUND' };

/** A district 1 target for reviewers, with principal review off. */
const REVIEW_D1: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
};

/** Reviewer lists: HR of each district sees its own; principals are refused (review off). */
const REVIEW_LIST: Record<Actor, Expectation> = { ...REVIEW_D1, hrOtherDistrict: 'allowed' };

const sideSessions = new WeakMap<World, Map<string, Promise<GraphQLClient>>>();

function side(c: GraphQLClient, w: World, who: 'hr' | 'teacherA'): Promise<GraphQLClient> {
  let sessions = sideSessions.get(w);
  if (!sessions) sideSessions.set(w, (sessions = new Map()));
  let session = sessions.get(who);
  if (!session) {
    session = (async () => {
      const client = new GraphQLClient(c.baseUrl);
      await client.signIn(who === 'hr' ? w.d1.accounts.hr.email : w.d1.accounts.teacherA.email, TEST_PASSWORD);
      return client;
    })();
    sessions.set(who, session);
  }
  return session;
}

/** The oldest record of district 1 in `status`, found by district 1's HR admin. */
async function recordIn(c: GraphQLClient, w: World, status: 'SUBMITTED' | 'CHANGES_REQUESTED'): Promise<string | null> {
  const hr = await side(c, w, 'hr');
  const response = await hr.request<{ reviewQueue: { rows: Array<{ id: string }> } }>(
    `query($status: PdStatus) { reviewQueue(status: $status, limit: 1) { rows { id } } }`,
    { status },
  );
  return response.data?.reviewQueue.rows[0]?.id ?? null;
}

async function submittedRecord(c: GraphQLClient, w: World): Promise<string> {
  const id = await recordIn(c, w, 'SUBMITTED');
  if (!id) throw new Error('the matrix ran out of SUBMITTED records in district 1');
  return id;
}

/** A record of teacher A with changes requested (reused while denied callers leave it so). */
async function changesRequestedRecordOfTeacherA(c: GraphQLClient, w: World): Promise<string> {
  const hr = await side(c, w, 'hr');
  const found = await hr.request<{ reviewQueue: { rows: Array<{ id: string }> } }>(
    `query($schoolId: ID) { reviewQueue(schoolId: $schoolId, status: CHANGES_REQUESTED, limit: 1) { rows { id } } }`,
    { schoolId: w.d1.schoolA },
  );
  const existing = found.data?.reviewQueue.rows[0]?.id;
  if (existing) return existing;
  const submitted = await hr.request<{ reviewQueue: { rows: Array<{ id: string }> } }>(
    `query($schoolId: ID) { reviewQueue(schoolId: $schoolId, limit: 1) { rows { id } } }`,
    { schoolId: w.d1.schoolA },
  );
  const id = submitted.data?.reviewQueue.rows[0]?.id;
  if (!id) throw new Error('the matrix ran out of SUBMITTED records of teacher A');
  await hr.request(`mutation($id: ID!) { requestChanges(id: $id, feedback: "Matrix: please add detail") { id } }`, { id });
  return id;
}

async function draftOfTeacherA(c: GraphQLClient, w: World): Promise<string> {
  const teacher = await side(c, w, 'teacherA');
  const response = await teacher.request<{ saveDraft: { id: string } }>(
    `mutation($input: PdDraftInput!) { saveDraft(input: $input) { id } }`,
    { input: { title: 'Matrix draft', activityType: 'WORKSHOP', amount: '1', unit: 'CLOCK_HOUR', completedOn: '2024-01-10' } },
  );
  return response.data!.saveDraft.id;
}

async function pendingPreApprovalOfTeacherA(c: GraphQLClient, w: World): Promise<string> {
  const teacher = await side(c, w, 'teacherA');
  const response = await teacher.request<{ requestPreApproval: { id: string } }>(
    `mutation($input: PreApprovalInput!) { requestPreApproval(input: $input) { id } }`,
    {
      input: {
        title: 'Matrix course',
        activityType: 'COURSE',
        plannedStartOn: '2024-09-01',
        expectedAmount: '3',
        unit: 'SEMESTER_CREDIT',
      },
    },
  );
  return response.data!.requestPreApproval.id;
}

const SUBMIT_INPUT = {
  title: 'Matrix resubmission',
  activityType: 'WORKSHOP',
  amount: '1',
  unit: 'CLOCK_HOUR',
  completedOn: '2024-01-10',
};

function d1EducatorIds(w: World): string[] {
  return Object.values(w.d1.educators);
}

export const reviewOperations: MatrixOperation[] = [
  {
    name: 'me (canReview)',
    run: (c) => c.request(`{ me { canReview } }`),
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
    check: (response, actor) => {
      const me = (response.data as { me: { canReview: boolean } | null }).me;
      if (actor === 'anonymous') expect(me).toBeNull();
      else expect(me?.canReview).toBe(actor === 'hr' || actor === 'hrOtherDistrict');
    },
  },
  {
    name: 'myDrafts',
    run: (c) => c.request(`{ myDrafts { id title evidenceFiles { id } } }`),
    expect: TEACHERS_ONLY,
  },
  {
    name: 'saveDraft',
    run: (c) =>
      c.request(`mutation($input: PdDraftInput!) { saveDraft(input: $input) { id title } }`, {
        input: { title: 'Matrix autosave' },
      }),
    expect: TEACHERS_ONLY,
  },
  {
    name: 'submitPdRecord (evidence and pre-approval ids)',
    run: (c) =>
      c.request(
        `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id status evidenceFiles { id } preApproval { id } } }`,
        {
          input: { ...SUBMIT_INPUT, title: 'Matrix submission', evidenceFileIds: [], preApprovalId: null },
        },
      ),
    expect: TEACHERS_ONLY,
  },
  {
    name: 'submitDraft',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { submitDraft(id: $id) { id status } }`, { id: await draftOfTeacherA(c, w) }),
    expect: TEACHER_A_OWN,
    check: (response) => expect((response.data as { submitDraft: { status: string } }).submitDraft.status).toBe('SUBMITTED'),
  },
  {
    name: 'discardDraft',
    run: async (c, w) => c.request(`mutation($id: ID!) { discardDraft(id: $id) }`, { id: await draftOfTeacherA(c, w) }),
    expect: TEACHER_A_OWN,
  },
  {
    name: 'reviewQueue',
    run: (c) => c.request(`{ reviewQueue { totalCount rows { id educator { id } } } }`),
    expect: REVIEW_LIST,
    check: (response, actor, w) => {
      const rows = (response.data as { reviewQueue: { rows: Array<{ educator: { id: string } }> } }).reviewQueue.rows;
      const allowed = actor === 'hr' ? d1EducatorIds(w) : Object.values(w.d2.educators);
      for (const row of rows) expect(allowed).toContain(row.educator.id);
    },
  },
  {
    name: 'reviewQueue(schoolId)',
    run: (c, w) =>
      c.request(`query($schoolId: ID) { reviewQueue(schoolId: $schoolId) { totalCount rows { id } } }`, {
        schoolId: w.d1.schoolA,
      }),
    expect: REVIEW_D1,
  },
  {
    name: 'requestChanges',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { requestChanges(id: $id, feedback: "Matrix: more detail") { id status } }`, {
        id: await submittedRecord(c, w),
      }),
    expect: REVIEW_D1,
    check: (response) =>
      expect((response.data as { requestChanges: { status: string } }).requestChanges.status).toBe('CHANGES_REQUESTED'),
  },
  {
    name: 'resubmitPdRecord',
    run: async (c, w) =>
      c.request(`mutation($id: ID!, $input: SubmitPdRecordInput!) { resubmitPdRecord(id: $id, input: $input) { id status } }`, {
        id: await changesRequestedRecordOfTeacherA(c, w),
        input: SUBMIT_INPUT,
      }),
    expect: TEACHER_A_OWN,
    check: (response) =>
      expect((response.data as { resubmitPdRecord: { status: string } }).resubmitPdRecord.status).toBe('SUBMITTED'),
  },
  {
    name: 'rejectPdRecord',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { rejectPdRecord(id: $id, feedback: "Matrix: not PD") { id status } }`, {
        id: await submittedRecord(c, w),
      }),
    expect: REVIEW_D1,
  },
  {
    name: 'approvePdRecord',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { approvePdRecord(id: $id) { id status } }`, { id: await submittedRecord(c, w) }),
    expect: REVIEW_D1,
    check: (response) =>
      expect((response.data as { approvePdRecord: { status: string } }).approvePdRecord.status).toBe('APPROVED'),
  },
  {
    name: 'bulkApprovePdRecords',
    run: async (c, w) =>
      c.request(`mutation($ids: [ID!]!) { bulkApprovePdRecords(ids: $ids) { id status } }`, {
        ids: [await submittedRecord(c, w)],
      }),
    expect: REVIEW_D1,
  },
  {
    name: 'reviewSettings',
    run: (c) => c.request(`{ reviewSettings { principalsCanReview } }`),
    // Principals read it to know whether their Review page is open to them.
    expect: { ...HR_ONLY, principal: 'allowed', principalOtherSchool: 'allowed' },
  },
  {
    name: 'setPrincipalsCanReview',
    // Sets the value the matrix world already has, so later rows keep their expectations.
    run: (c) => c.request(`mutation { setPrincipalsCanReview(enabled: false) { principalsCanReview } }`),
    expect: HR_ONLY,
  },
  {
    name: 'requestPreApproval',
    run: (c) =>
      c.request(`mutation($input: PreApprovalInput!) { requestPreApproval(input: $input) { id status educator { id } } }`, {
        input: {
          title: 'Matrix pre-approval',
          activityType: 'COURSE',
          plannedStartOn: '2024-09-01',
          expectedAmount: '3',
          unit: 'SEMESTER_CREDIT',
        },
      }),
    expect: TEACHERS_ONLY,
  },
  {
    name: 'myPreApprovals',
    run: (c) => c.request(`{ myPreApprovals { id status educator { id } } }`),
    expect: TEACHERS_ONLY,
  },
  {
    name: 'preApprovalQueue',
    run: (c) => c.request(`{ preApprovalQueue { totalCount rows { id educator { id } } } }`),
    expect: REVIEW_LIST,
    check: (response, actor, w) => {
      const rows = (response.data as { preApprovalQueue: { rows: Array<{ educator: { id: string } }> } }).preApprovalQueue.rows;
      const allowed = actor === 'hr' ? d1EducatorIds(w) : Object.values(w.d2.educators);
      for (const row of rows) expect(allowed).toContain(row.educator.id);
    },
  },
  {
    name: 'approvePreApproval',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { approvePreApproval(id: $id) { id status } }`, {
        id: await pendingPreApprovalOfTeacherA(c, w),
      }),
    expect: REVIEW_D1,
  },
  {
    name: 'denyPreApproval',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { denyPreApproval(id: $id, feedback: "Matrix: not on the schedule") { id status } }`, {
        id: await pendingPreApprovalOfTeacherA(c, w),
      }),
    expect: REVIEW_D1,
  },
  {
    name: 'auditEvents',
    run: (c) => c.request(`{ auditEvents(limit: 200) { totalCount rows { id action entityId } } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      if (actor !== 'hrOtherDistrict') return;
      const seen = JSON.stringify(response.data);
      for (const id of w.d1.records.teacherA) expect(seen).not.toContain(id);
    },
  },
  {
    name: 'auditChainVerification',
    run: (c) =>
      c.request(`{ auditChainVerification { intact eventsChecked headSeq headHash problem { kind seq eventId message } } }`),
    expect: HR_ONLY,
    check: (response) => {
      // Each HR admin verifies their own district's chain, which the matrix's sign-ins extended.
      const result = (response.data as { auditChainVerification: { intact: boolean; eventsChecked: number; headSeq: number } })
        .auditChainVerification;
      expect(result).toMatchObject({ intact: true, problem: null, eventsChecked: result.headSeq });
      expect(result.headSeq).toBeGreaterThan(0);
    },
  },
];
