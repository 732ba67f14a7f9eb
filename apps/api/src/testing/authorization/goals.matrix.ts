import { Actor, Expectation, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/** Goals: principals for their schools, HR for the district; teachers none. */

const hrSessions = new WeakMap<World, Promise<GraphQLClient>>();

/** A fresh goal of school A in district 1, made by its HR admin, for one matrix row. */
async function schoolAGoal(c: GraphQLClient, w: World): Promise<string> {
  let session = hrSessions.get(w);
  if (!session) {
    session = (async () => {
      const client = new GraphQLClient(c.baseUrl);
      await client.signIn(w.d1.accounts.hr.email, TEST_PASSWORD);
      return client;
    })();
    hrSessions.set(w, session);
  }
  const response = await (
    await session
  ).request<{ createGoal: { id: string } }>(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`, {
    input: goalInput(w.d1.schoolA),
  });
  return response.data!.createGoal.id;
}

function goalInput(schoolId: string) {
  return {
    title: 'Everyone has PD this year',
    schoolId,
    measure: 'ANY_PD_THIS_YEAR',
    target: '90',
    startsOn: '2025-07-01',
    deadline: '2026-06-30',
  };
}

const STAFF_ROLES: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'allowed',
  principalOtherSchool: 'allowed',
  hr: 'allowed',
  hrOtherDistrict: 'allowed',
  assessor: 'FORBIDDEN',
};

/** School A's goal: its principal and the district's HR; others do not learn it exists. */
const SCHOOL_A_GOAL: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'allowed',
  principalOtherSchool: 'NOT_FOUND',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
};

export const goalOperations: MatrixOperation[] = [
  {
    name: 'goals',
    run: async (c, w) => {
      await schoolAGoal(c, w);
      return c.request(`{ goals { id school { id } progress { total } } }`);
    },
    expect: STAFF_ROLES,
    check: (response, actor, w) => {
      const schools = (response.data as { goals: Array<{ school: { id: string } | null }> }).goals.map(
        (g) => g.school?.id ?? null,
      );
      if (actor === 'principal' || actor === 'hr') expect(schools).toContain(w.d1.schoolA);
      else expect(schools).not.toContain(w.d1.schoolA);
      if (actor === 'principalOtherSchool') expect(schools.every((id) => id === null || id === w.d1.schoolB)).toBe(true);
    },
  },
  {
    name: 'goal',
    run: async (c, w) =>
      c.request(`query($id: ID!) { goal(id: $id) { id progress { total notCounted { total items { educator { id } } } } } }`, {
        id: await schoolAGoal(c, w),
      }),
    expect: SCHOOL_A_GOAL,
    check: (response, _actor, w) => {
      const goal = (
        response.data as { goal: { progress: { total: number; notCounted: { items: Array<{ educator: { id: string } }> } } } }
      ).goal;
      // School A's current staff: teacher A and the colleague.
      expect(goal.progress.total).toBe(2);
      for (const item of goal.progress.notCounted.items)
        expect([w.d1.educators.teacherA, w.d1.educators.colleagueA]).toContain(item.educator.id);
    },
  },
  {
    name: 'goalCompetencyAreas',
    run: (c) => c.request(`{ goalCompetencyAreas }`),
    expect: STAFF_ROLES,
    // Each district's factory catalog has the one area "Assessment".
    check: (response) => expect((response.data as { goalCompetencyAreas: string[] }).goalCompetencyAreas).toEqual(['Assessment']),
  },
  {
    name: 'createGoal',
    run: (c, w) =>
      c.request(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id school { id } } }`, {
        input: goalInput(w.d1.schoolA),
      }),
    expect: { ...SCHOOL_A_GOAL, principalOtherSchool: 'FORBIDDEN' },
    check: (response, _actor, w) =>
      expect((response.data as { createGoal: { school: { id: string } } }).createGoal.school.id).toBe(w.d1.schoolA),
  },
  {
    name: 'updateGoal',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { updateGoal(id: $id, input: { target: "75" }) { id target } }`, {
        id: await schoolAGoal(c, w),
      }),
    expect: SCHOOL_A_GOAL,
    check: (response) => expect((response.data as { updateGoal: { target: string } }).updateGoal.target).toBe('75'),
  },
  {
    name: 'archiveGoal',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { archiveGoal(id: $id) { id archivedAt } }`, { id: await schoolAGoal(c, w) }),
    expect: SCHOOL_A_GOAL,
    check: (response) =>
      expect((response.data as { archiveGoal: { archivedAt: string | null } }).archiveGoal.archivedAt).not.toBeNull(),
  },
];
