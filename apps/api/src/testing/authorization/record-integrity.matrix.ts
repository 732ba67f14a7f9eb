import { Actor, Expectation, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/**
 * Void and restore (HR only), duplicates (teachers check their own submission; reviewers declare
 * records distinct). Targets are teacher A's records in district 1. The matrix world leaves
 * principal review off, so principals are refused markPdRecordDistinct. Rows run in order:
 * markPdRecordDistinct needs teacher A's "Number Talks" still counted, voidPdRecord then voids it
 * and restorePdRecord gives it back, leaving the world as it was.
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

/** HR of district 1 only; HR of another district cannot even see the record. */
const HR_D1: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
};

const sideSessions = new WeakMap<World, Map<string, Promise<GraphQLClient>>>();
const duplicatePairs = new WeakMap<World, Promise<string>>();

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

interface OwnRecord {
  id: string;
  title: string;
  activityType: string;
  amount: string;
  unit: string;
  completedOn: string;
}

async function numberTalks(c: GraphQLClient, w: World): Promise<OwnRecord> {
  const teacher = await side(c, w, 'teacherA');
  const response = await teacher.request<{ myPdRecords: OwnRecord[] }>(
    `{ myPdRecords { id title activityType amount unit completedOn } }`,
  );
  const record = response.data?.myPdRecords.find((r) => r.id === w.d1.records.teacherA[0]);
  if (!record) throw new Error("teacher A's Number Talks record is missing");
  return record;
}

/**
 * A SUBMITTED copy of teacher A's counted "Number Talks", made without creating a record (the
 * matrix checks denied calls by the record count): one of her submissions is sent back for
 * changes and resubmitted with Number Talks' title, date and amount.
 */
function duplicateOfNumberTalks(c: GraphQLClient, w: World): Promise<string> {
  let pair = duplicatePairs.get(w);
  if (!pair) {
    pair = (async () => {
      const hr = await side(c, w, 'hr');
      const found = await hr.request<{ reviewQueue: { rows: Array<{ id: string }> } }>(
        `query($schoolId: ID) { reviewQueue(schoolId: $schoolId, limit: 1) { rows { id } } }`,
        { schoolId: w.d1.schoolA },
      );
      const id = found.data?.reviewQueue.rows[0]?.id;
      if (!id) throw new Error('the matrix ran out of SUBMITTED records of teacher A');
      await hr.request(`mutation($id: ID!) { requestChanges(id: $id, feedback: "Matrix: copy of Number Talks") { id } }`, { id });
      const original = await numberTalks(c, w);
      const teacher = await side(c, w, 'teacherA');
      const resubmitted = await teacher.request<{ resubmitPdRecord: { id: string } }>(
        `mutation($id: ID!, $input: SubmitPdRecordInput!) { resubmitPdRecord(id: $id, input: $input) { id } }`,
        {
          id,
          input: {
            title: ` ${original.title.toUpperCase()} `,
            activityType: original.activityType,
            amount: original.amount,
            unit: original.unit,
            completedOn: original.completedOn,
          },
        },
      );
      if (resubmitted.errors) throw new Error(`could not prepare a duplicate: ${JSON.stringify(resubmitted.errors)}`);
      return id;
    })();
    duplicatePairs.set(w, pair);
  }
  return pair;
}

/** Teacher A's Number Talks, voided through district 1's HR side session if it is not yet. */
async function voidedNumberTalks(c: GraphQLClient, w: World): Promise<string> {
  const id = w.d1.records.teacherA[0];
  const hr = await side(c, w, 'hr');
  const record = await hr.request<{ educator: { pdRecords: Array<{ id: string; status: string }> } }>(
    `query($id: ID!) { educator(id: $id) { pdRecords { id status } } }`,
    { id: w.d1.educators.teacherA },
  );
  if (record.data?.educator.pdRecords.find((r) => r.id === id)?.status !== 'VOIDED') {
    await hr.request(`mutation($id: ID!) { voidPdRecord(id: $id, reason: "Matrix: set up a restore") { id } }`, { id });
  }
  return id;
}

export const recordIntegrityOperations: MatrixOperation[] = [
  {
    name: 'myPossibleDuplicates',
    run: async (c, w) => {
      const original = await numberTalks(c, w);
      return c.request(
        `query($input: PossibleDuplicateInput!) { myPossibleDuplicates(input: $input) { id educatorId title status matchedBy } }`,
        {
          input: { title: original.title, completedOn: original.completedOn, amount: original.amount, unit: original.unit },
        },
      );
    },
    expect: TEACHERS_ONLY,
    check: (response, actor, w) => {
      const found = (response.data as { myPossibleDuplicates: Array<{ id: string; educatorId: string }> }).myPossibleDuplicates;
      const own = actor === 'teacher' ? w.d1.educators.teacherA : w.d1.educators.teacherB;
      for (const duplicate of found) expect(duplicate.educatorId).toBe(own);
      if (actor === 'teacher') expect(found.map((d) => d.id)).toContain(w.d1.records.teacherA[0]);
    },
  },
  {
    name: 'markPdRecordDistinct',
    run: async (c, w) =>
      c.request(
        `mutation($id: ID!) { markPdRecordDistinct(id: $id, reason: "Matrix: two sessions of the same workshop") { id } }`,
        {
          id: await duplicateOfNumberTalks(c, w),
        },
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'FORBIDDEN',
      teacherOtherSchool: 'FORBIDDEN',
      principal: 'FORBIDDEN',
      principalOtherSchool: 'FORBIDDEN',
      hr: 'allowed',
      hrOtherDistrict: 'NOT_FOUND',
      assessor: 'FORBIDDEN',
    },
    check: (response, _actor, w) =>
      expect((response.data as { markPdRecordDistinct: Array<{ id: string }> }).markPdRecordDistinct.map((d) => d.id)).toContain(
        w.d1.records.teacherA[0],
      ),
  },
  {
    name: 'voidPdRecord',
    run: (c, w) =>
      c.request(`mutation($id: ID!) { voidPdRecord(id: $id, reason: "Matrix: recorded in error") { id status voidReason } }`, {
        id: w.d1.records.teacherA[0],
      }),
    expect: HR_D1,
    check: (response) => expect((response.data as { voidPdRecord: { status: string } }).voidPdRecord.status).toBe('VOIDED'),
  },
  {
    name: 'restorePdRecord',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { restorePdRecord(id: $id, reason: "Matrix: voided in error") { id status voidReason } }`, {
        id: await voidedNumberTalks(c, w),
      }),
    expect: HR_D1,
    check: (response) =>
      expect((response.data as { restorePdRecord: { status: string } }).restorePdRecord.status).toBe('APPROVED'),
  },
];
