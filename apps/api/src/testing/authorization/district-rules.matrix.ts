import { Actor, Expectation, HR_ONLY, MatrixOperation, World, EVERY_STAFF_MEMBER } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/**
 * District rule choice and overrides, and portability. Overrides made here are activity
 * caps far above any record (EXAM at most 500), so the other rows' renewal figures do not move.
 */

const hrSessions = new WeakMap<World, Promise<GraphQLClient>>();

async function d1Hr(c: GraphQLClient, w: World): Promise<GraphQLClient> {
  let session = hrSessions.get(w);
  if (!session) {
    session = (async () => {
      const client = new GraphQLClient(c.baseUrl);
      await client.signIn(w.d1.accounts.hr.email, TEST_PASSWORD);
      return client;
    })();
    hrSessions.set(w, session);
  }
  return session;
}

const ADD = `mutation($input: DistrictRuleOverrideInput!) { addDistrictRuleOverride(input: $input) { id presetId kind amount createdByName } }`;
const HARMLESS = {
  presetId: 'pa',
  kind: 'ACTIVITY_CAP',
  activityType: 'EXAM',
  amount: '500',
  label: 'Exams',
  basis: 'Matrix test policy',
  effectiveFrom: '2030-01-01',
};

/** An override of district 1, made by its HR, for the end/remove rows. */
async function d1Override(c: GraphQLClient, w: World): Promise<string> {
  const hr = await d1Hr(c, w);
  const response = await hr.request<{ addDistrictRuleOverride: { id: string } }>(ADD, { input: HARMLESS });
  return response.data!.addDistrictRuleOverride.id;
}

const D1_HR: Record<Actor, Expectation> = { ...HR_ONLY, hrOtherDistrict: 'NOT_FOUND' };

const LIKE_EDUCATOR: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'NOT_FOUND',
  principal: 'allowed',
  principalOtherSchool: 'NOT_FOUND',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
};

export const districtRuleOperations: MatrixOperation[] = [
  {
    name: 'districtRules',
    run: (c) => c.request(`{ districtRules { states { presetId home } overrides { id presetId createdByName } } }`),
    expect: EVERY_STAFF_MEMBER,
    check: (response) => {
      const rules = (response.data as { districtRules: { states: Array<{ presetId: string; home: boolean }> } }).districtRules;
      expect(rules.states[0]).toEqual({ presetId: 'pa', home: true });
    },
  },
  {
    name: 'setDistrictRuleStates',
    run: (c) => c.request(`mutation { setDistrictRuleStates(presetIds: ["pa", "tn"]) { states { presetId home } } }`),
    expect: HR_ONLY,
    check: (response) => {
      const states = (response.data as { setDistrictRuleStates: { states: Array<{ presetId: string }> } }).setDistrictRuleStates
        .states;
      expect(states.map((s) => s.presetId)).toEqual(['pa', 'tn']);
    },
  },
  {
    name: 'addDistrictRuleOverride',
    run: (c) => c.request(ADD, { input: HARMLESS }),
    expect: HR_ONLY,
    check: (response) =>
      expect(
        (response.data as { addDistrictRuleOverride: { kind: string; amount: string } }).addDistrictRuleOverride,
      ).toMatchObject({ kind: 'ACTIVITY_CAP', amount: '500' }),
  },
  {
    name: 'endDistrictRuleOverride',
    run: async (c, w) =>
      c.request(`mutation($id: ID!) { endDistrictRuleOverride(id: $id, endsOn: "2031-01-01") { id endsOn } }`, {
        id: await d1Override(c, w),
      }),
    expect: D1_HR,
    check: (response) =>
      expect((response.data as { endDistrictRuleOverride: { endsOn: string } }).endDistrictRuleOverride.endsOn).toBe(
        '2031-01-01',
      ),
  },
  {
    name: 'removeDistrictRuleOverride',
    run: async (c, w) => c.request(`mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`, { id: await d1Override(c, w) }),
    expect: D1_HR,
  },
  {
    name: 'portability',
    run: (c, w) =>
      c.request(
        `query($id: ID!) { portability(educatorId: $id, presetId: "tn") { educatorId presetId unitName required earned explanation { recordId credited } } }`,
        {
          id: w.d1.educators.teacherA,
        },
      ),
    expect: LIKE_EDUCATOR,
    check: (response, _actor, w) => {
      const result = (
        response.data as {
          portability: { educatorId: string; presetId: string; explanation: Array<{ recordId: string | null }> };
        }
      ).portability;
      expect(result.educatorId).toBe(w.d1.educators.teacherA);
      expect(result.presetId).toBe('tn');
      // Teacher A's records (other rows may add some), never another educator's.
      const ids = result.explanation.map((line) => line.recordId);
      expect(ids).toEqual(expect.arrayContaining(w.d1.records.teacherA.slice(0, 3)));
      for (const id of w.d1.records.teacherB) expect(ids).not.toContain(id);
    },
  },
];
