import { randomUUID } from 'node:crypto';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { todayIsoDate } from '../common/school-year';
import { runInDistrict } from '../database/database-scope';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { GoalsService } from './goals.service';

/*
 * Stored goal progress (`goal_progress`): served while nothing it was computed from has changed,
 * recomputed on the very next request after any change. Each test stores a goal's progress, then
 * overwrites the stored figure with a value no computation gives (SENTINEL): a request that
 * answers from the row shows it, a request that recomputes does not. After each kind of change
 * the answer must equal a computation from scratch (the row deleted first).
 */
const YEAR = 2026;
const START = '2026-07-01';
const DEADLINE = '2027-06-30';
const SENTINEL = '-1.00';

const PROGRESS = `progress {
  asOf current met counted total scope partial
  trend { date value counted total met }
  notCounted(offset: 0, limit: 50) { total items { educator { id fullName } schoolNames value detail } }
}`;

interface Progress {
  asOf: string;
  current: string;
  met: boolean;
  counted: number;
  total: number;
  scope: string;
  partial: boolean;
  trend: Array<{ date: string; value: string; counted: number; total: number; met: boolean }>;
  notCounted: {
    total: number;
    items: Array<{ educator: { id: string; fullName: string }; schoolNames: string[]; value: string | null; detail: string }>;
  };
}

describe('Goals: stored progress is served until its inputs change, and never after', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let hr: GraphQLClient;
  let principalA: GraphQLClient;

  async function signIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  async function createGoal(input: Record<string, unknown>): Promise<string> {
    const response = await hr.request<{ createGoal: { id: string } }>(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      { input: { title: 'Goal', startsOn: START, deadline: DEADLINE, ...input } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createGoal.id;
  }

  async function progressOf(goalId: string, client: GraphQLClient = hr): Promise<Progress> {
    const response = await client.request<{ goal: { progress: Progress } }>(`query($id: ID!) { goal(id: $id) { ${PROGRESS} } }`, {
      id: goalId,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.goal.progress;
  }

  async function storedRows(goalId: string): Promise<Array<{ scope_key: string; computed_at: Date; current: string }>> {
    return testApp.dataSource.query(
      `SELECT scope_key, computed_at, progress->>'current' AS current FROM goal_progress WHERE goal_id = $1 ORDER BY scope_key`,
      [goalId],
    );
  }

  /** Overwrites the stored figure: visible only while the row is served as it is. */
  async function tamper(goalId: string): Promise<void> {
    const rows: unknown[] = await testApp.dataSource.query(
      `UPDATE goal_progress SET progress = jsonb_set(progress, '{current}', to_jsonb($2::text)) WHERE goal_id = $1 RETURNING 1`,
      [goalId, SENTINEL],
    );
    expect(rows.length).toBeGreaterThan(0);
  }

  /** The progress computed from scratch now. */
  async function fromScratch(goalId: string, client: GraphQLClient = hr): Promise<Progress> {
    await testApp.dataSource.query(`DELETE FROM goal_progress WHERE goal_id = $1`, [goalId]);
    return progressOf(goalId, client);
  }

  /**
   * Stores the goal's progress, checks that it is then served from the row, makes the change,
   * and returns what the very next request answers (which must be a fresh computation).
   */
  async function afterChange(goalId: string, change: () => Promise<unknown>, client: GraphQLClient = hr): Promise<Progress> {
    const before = await progressOf(goalId, client);
    await tamper(goalId);
    expect((await progressOf(goalId, client)).current).toBe(SENTINEL);
    await change();
    const after = await progressOf(goalId, client);
    expect(after.current).not.toBe(SENTINEL);
    expect(after).toEqual(await fromScratch(goalId, client));
    expect(after).not.toEqual(before);
    return after;
  }

  async function addRecord(educatorId: string, status: string, fields: Partial<Record<string, string>> = {}): Promise<string> {
    const id = randomUUID();
    await testApp.dataSource.query(
      `INSERT INTO pd_record (id, district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on, categories, status, source)
       VALUES ($1, $2, $3, $4, 'Workshop', $5, $6, $7, $8, '{}', $9, 'SELF_REPORTED')`,
      [
        id,
        d.districtId,
        educatorId,
        fields.catalogItemId ?? null,
        fields.activityType ?? 'WORKSHOP',
        fields.amount ?? '10',
        fields.unit ?? 'CLOCK_HOUR',
        fields.completedOn ?? '2026-09-15',
        status,
      ],
    );
    return id;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    [hr, principalA] = await Promise.all([signIn(d.accounts.hr.email), signIn(d.accounts.principalA.email)]);
  });

  afterAll(() => testApp.close());

  it('serves the stored progress while nothing changed, and reads the names of the people not counted fresh', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'ANY_PD_THIS_YEAR', target: '100' });
    const first = await progressOf(goal);
    const [stored] = await storedRows(goal);
    expect(stored).toEqual({ scope_key: d.schoolA, computed_at: expect.any(Date), current: first.current });
    expect(await progressOf(goal)).toEqual(first);
    expect((await storedRows(goal))[0]!.computed_at).toEqual(stored!.computed_at);
    // The people not counted are read from the row only when asked for, also through fragments.
    const withoutPeople = await hr.request<{ goal: { progress: { current: string; total: number } } }>(
      `query($id: ID!) { goal(id: $id) { progress { current total } } }`,
      { id: goal },
    );
    expect(withoutPeople.data!.goal.progress).toEqual({ current: first.current, total: first.total });
    const throughFragments = await hr.request<{ goal: { progress: { notCounted: { total: number; items: unknown[] } } } }>(
      `query($id: ID!) { goal(id: $id) { ...G } }
       fragment G on Goal { progress { ... on GoalProgress { ...P } } }
       fragment P on GoalProgress { notCounted(limit: 50) { total items { educator { id } } } }`,
      { id: goal },
    );
    expect(first.notCounted.total).toBeGreaterThan(0);
    expect(throughFragments.data!.goal.progress.notCounted).toEqual({
      total: first.notCounted.total,
      items: first.notCounted.items.map((item) => ({ educator: { id: item.educator.id } })),
    });

    // A new name is not a new figure: the row is still served, the name is today's.
    await tamper(goal);
    await testApp.dataSource.query(`UPDATE educator SET first_name = 'Cyrus' WHERE id = $1`, [d.educators.colleagueA]);
    const renamed = await progressOf(goal);
    expect(renamed.current).toBe(SENTINEL);
    expect(renamed.notCounted.items.find((p) => p.educator.id === d.educators.colleagueA)?.educator.fullName).toMatch(/^Cyrus /);
  });

  it('keeps one row per scope: HR sees a district-wide goal over the district, a principal over their schools', async () => {
    const goal = await createGoal({ measure: 'ANY_PD_THIS_YEAR', target: '50' });
    const district = await progressOf(goal, hr);
    const partial = await progressOf(goal, principalA);
    expect([district.total, district.partial, partial.total, partial.partial]).toEqual([3, false, 2, true]);
    expect((await storedRows(goal)).map((row) => row.scope_key).sort()).toEqual(['district', d.schoolA].sort());
    expect(await progressOf(goal, principalA)).toEqual(partial);
    // A principal without schools has an empty scope of their own.
    await testApp.dataSource.query(`DELETE FROM user_account_school WHERE user_account_id = $1`, [d.accounts.principalB.id]);
    const none = await progressOf(goal, await signIn(d.accounts.principalB.email));
    expect([none.total, none.partial, none.scope]).toEqual([0, true, 'Your schools: ']);
    expect((await storedRows(goal)).map((row) => row.scope_key).sort()).toEqual(['', 'district', d.schoolA].sort());
  });

  it('shows an approval, and a newly added record, on the very next request', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'AVERAGE_PD_HOURS', target: '20' });
    const pending = await addRecord(d.educators.colleagueA, 'SUBMITTED');
    const approved = await afterChange(goal, () =>
      testApp.dataSource.query(`UPDATE pd_record SET status = 'APPROVED', reviewed_at = now() WHERE id = $1`, [pending]),
    );
    const added = await afterChange(goal, () => addRecord(d.educators.teacherA, 'APPROVED', { amount: '7' }));
    expect(Number(added.current)).toBeGreaterThan(Number(approved.current));
  });

  it('shows a license change on the very next request', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'RENEWAL_ON_TRACK', target: '50' });
    await afterChange(goal, () =>
      testApp.dataSource.query(`UPDATE license SET cycle_start = '2020-07-01', cycle_end = '2025-06-30' WHERE educator_id = $1`, [
        d.educators.teacherA,
      ]),
    );
  });

  it("shows a change to the district's catalog on the very next request", async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'AVERAGE_PD_HOURS', target: '20' });
    await addRecord(d.educators.colleagueA, 'APPROVED', {
      catalogItemId: d.catalogItemId,
      activityType: 'MICRO_CREDENTIAL',
      amount: '1',
      unit: 'MICRO_CREDENTIAL',
    });
    await afterChange(goal, () =>
      testApp.dataSource.query(`UPDATE catalog_item SET stated_hours = 40 WHERE id = $1`, [d.catalogItemId]),
    );
  });

  it('shows an educator moved to or from the school, and one deactivated, on the very next request', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'ANY_PD_THIS_YEAR', target: '50' });
    const joined = await afterChange(goal, () =>
      testApp.dataSource.query(`INSERT INTO educator_school (district_id, educator_id, school_id) VALUES ($1, $2, $3)`, [
        d.districtId,
        d.educators.teacherB,
        d.schoolA,
      ]),
    );
    const left = await afterChange(goal, () =>
      testApp.dataSource.query(`DELETE FROM educator_school WHERE educator_id = $1 AND school_id = $2`, [
        d.educators.teacherB,
        d.schoolA,
      ]),
    );
    const deactivated = await afterChange(goal, () =>
      testApp.dataSource.query(`UPDATE educator SET active = false WHERE id = $1`, [d.educators.colleagueA]),
    );
    expect([joined.total, left.total, deactivated.total]).toEqual([3, 2, 1]);
    await testApp.dataSource.query(`UPDATE educator SET active = true WHERE id = $1`, [d.educators.colleagueA]);
  });

  it.each([
    [
      'teacher B joins school A just before the staff is read and leaves right after',
      1,
      `INSERT INTO educator_school (district_id, educator_id, school_id) VALUES ($1, $2, $3)`,
      `DELETE FROM educator_school WHERE district_id = $1 AND educator_id = $2 AND school_id = $3`,
      'teacherB',
    ],
    [
      'colleague A is deactivated just before the staff is read and reactivated right after',
      -1,
      `UPDATE educator SET active = false WHERE district_id = $1 AND id = $2 AND $3::uuid IS NOT NULL`,
      `UPDATE educator SET active = true WHERE district_id = $1 AND id = $2 AND $3::uuid IS NOT NULL`,
      'colleagueA',
    ],
  ] as const)(
    'never serves figures computed while the staff changed and changed back: %s',
    async (_case, difference, change, changeBack, who) => {
      const goal = await createGoal({ schoolId: d.schoolA, measure: 'ANY_PD_THIS_YEAR', target: '50' });
      const expected = await progressOf(goal);
      await testApp.dataSource.query(`DELETE FROM goal_progress WHERE goal_id = $1`, [goal]);
      // The change is undone while the progress is computed: the staff list is again what it was
      // when the fingerprint was read, but the figures were computed from the changed one.
      const params = [d.districtId, d.educators[who], d.schoolA];
      const service = GoalsService.prototype as unknown as { staff(...args: unknown[]): Promise<string[]> };
      const original = service.staff;
      const spy = jest.spyOn(service, 'staff').mockImplementation(async function (this: unknown, ...args: unknown[]) {
        await testApp.dataSource.query(change, params);
        const staff = await original.apply(this, args);
        await testApp.dataSource.query(changeBack, params);
        return staff;
      });
      try {
        expect((await progressOf(goal)).total).toBe(expected.total + difference);
      } finally {
        spy.mockRestore();
      }
      expect(await progressOf(goal)).toEqual(expected);
    },
  );

  it('shows an edited goal on the very next request', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'MICRO_CREDENTIALS', minimumCount: 1, target: '50' });
    await afterChange(goal, () =>
      hr.request(`mutation($id: ID!) { updateGoal(id: $id, input: { startsOn: "2026-08-01" }) { id } }`, { id: goal }),
    );
  });

  it('computes again on a new day, also once the deadline has passed', async () => {
    const viewer: Viewer = {
      accountId: d.accounts.hr.id,
      sessionId: randomUUID(),
      email: d.accounts.hr.email,
      role: Role.HR_ADMIN,
      displayName: 'HR Admin',
      districtId: d.districtId,
      educatorId: null,
      schoolIds: [],
    };
    const service = testApp.app.get(GoalsService);
    const current = await createGoal({ schoolId: d.schoolA, measure: 'ANY_PD_THIS_YEAR', target: '50' });
    const past = await createGoal({
      schoolId: d.schoolA,
      measure: 'ANY_PD_THIS_YEAR',
      target: '50',
      startsOn: '2025-07-01',
      deadline: '2026-06-30',
    });
    const today = todayIsoDate();
    const tomorrow = todayIsoDate(new Date(Date.now() + 24 * 3600 * 1000));
    await runInDistrict(d.districtId, async () => {
      for (const id of [current, past]) {
        const goal = await service.find(viewer, id);
        const first = await service.progress({}, viewer, goal, today);
        await tamper(id);
        expect((await service.progress({}, viewer, goal, today)).current).toBe(SENTINEL);
        const next = await service.progress({}, viewer, goal, tomorrow);
        expect(next.current).toBe(first.current);
        expect(next.asOf).toBe(id === past ? '2026-06-30' : tomorrow);
      }
    });
  });

  it('lets two requests compute at once: both answer, one row is kept', async () => {
    const goal = await createGoal({ schoolId: d.schoolA, measure: 'AVERAGE_PD_HOURS', target: '20' });
    const [a, b] = await Promise.all([progressOf(goal), progressOf(goal)]);
    expect(a).toEqual(b);
    expect(await storedRows(goal)).toHaveLength(1);
    expect(await progressOf(goal)).toEqual(a);
  });
});
