import { randomUUID } from 'node:crypto';
import { evaluateRenewal, getRuleSetPreset, type PdRecordInput } from '@pd-ledger/credit-rules';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient, GraphQLResponse } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

/*
 * The figures below are worked out by hand from the factory's records (school year 2025-26) plus
 * what beforeAll adds. School A's current staff are teacher A (Ada Alpha) and colleague A (Cy Gamma):
 *
 *   teacher A  2025-09-10  3 clock hours        APPROVED  decided 2025-09-12   -> 3 hour equivalents
 *              2026-01-20  1 semester credit    APPROVED  decided 2026-01-22   -> 15
 *              2026-03-05  micro-credential     VERIFIED  decided 2026-03-07   -> 15 (stated), area Assessment
 *              2026-03-06  2 clock hours        SUBMITTED                       -> never counts
 *   colleague  2026-04-10  micro-credential     APPROVED  reviewed 2026-05-20   -> 15, area Assessment
 *   Dee Delta  (school A, deactivated by a roster import)  2026-02-01 40 clock hours -> not staff, never counted
 *
 * Teacher B (school B): 2025-10-01 0.5 CEU (5 hour equivalents), decided 2025-10-03.
 * Goals run 2025-07-01 .. 2026-06-30; that deadline has passed, so progress is as of 2026-06-30.
 */
const YEAR = 2025;
const START = '2025-07-01';
const DEADLINE = '2026-06-30';

const GOAL_FIELDS = `id title measure unit target minimumCount competencyArea startsOn deadline canEdit archivedAt school { id name }
  progress {
    asOf current target unit met counted total scope partial
    trend { date value counted total met }
    notCounted(offset: 0, limit: 50) { total offset items { educator { id fullName } schoolNames value detail } }
  }`;

interface Progress {
  asOf: string;
  current: string;
  target: string;
  unit: string;
  met: boolean;
  counted: number;
  total: number;
  scope: string;
  partial: boolean;
  trend: Array<{ date: string; value: string; counted: number; total: number; met: boolean }>;
  notCounted: {
    total: number;
    offset: number;
    items: Array<{ educator: { id: string; fullName: string }; schoolNames: string[]; value: string | null; detail: string }>;
  };
}
interface Goal {
  id: string;
  title: string;
  measure: string;
  unit: string;
  target: string;
  minimumCount: number | null;
  competencyArea: string | null;
  canEdit: boolean;
  archivedAt: string | null;
  school: { id: string; name: string } | null;
  progress: Progress;
}

describe('Goals: live progress, trend, people not counted, validation, audit, scoping', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let hr: GraphQLClient;
  let principalA: GraphQLClient;
  let principalB: GraphQLClient;
  let teacher: GraphQLClient;
  let inactiveId: string;
  let colleagueRecordId: string;

  async function signIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  async function create(client: GraphQLClient, input: Record<string, unknown>): Promise<GraphQLResponse<{ createGoal: Goal }>> {
    return client.request<{ createGoal: Goal }>(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`,
      { input },
    );
  }

  async function createOk(client: GraphQLClient, input: Record<string, unknown>): Promise<Goal> {
    const response = await create(client, input);
    expect(response.errors).toBeUndefined();
    return response.data!.createGoal;
  }

  function schoolGoal(measure: string, target: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { title: `${measure} goal`, schoolId: d.schoolA, measure, target, startsOn: START, deadline: DEADLINE, ...extra };
  }

  function trendValue(progress: Progress, date: string): string {
    const point = progress.trend.find((p) => p.date === date);
    if (!point) throw new Error(`no trend point on ${date}: ${progress.trend.map((p) => p.date).join(', ')}`);
    return point.value;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    const ds = testApp.dataSource;
    // Imports and badges arrive two days after completion; that is when they were decided.
    await ds.query(`UPDATE pd_record SET created_at = completed_on + interval '2 days 12 hours' WHERE district_id = $1`, [
      d.districtId,
    ]);
    colleagueRecordId = randomUUID();
    await ds.query(
      `INSERT INTO pd_record (id, district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on, categories, status, source,
                              created_at, submitted_at, reviewed_at)
       VALUES ($1, $2, $3, $4, 'Checking for Understanding', 'MICRO_CREDENTIAL', 1, 'MICRO_CREDENTIAL', '2026-04-10', '{Assessment}', 'APPROVED',
               'SELF_REPORTED', '2026-04-11T09:00:00Z', '2026-04-11T09:00:00Z', '2026-05-20T15:00:00Z')`,
      [colleagueRecordId, d.districtId, d.educators.colleagueA, d.catalogItemId],
    );
    inactiveId = randomUUID();
    await ds.query(
      `INSERT INTO educator (id, district_id, first_name, last_name, email, active) VALUES ($1, $2, 'Dee', 'Delta', $3, false)`,
      [inactiveId, d.districtId, `dee.${inactiveId.slice(0, 8)}@test.example.org`],
    );
    await ds.query(`INSERT INTO educator_school (district_id, educator_id, school_id) VALUES ($1, $2, $3)`, [
      d.districtId,
      inactiveId,
      d.schoolA,
    ]);
    await ds.query(
      `INSERT INTO pd_record (id, district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source, created_at)
       VALUES ($1, $2, $3, 'Summer institute', 'WORKSHOP', 40, 'CLOCK_HOUR', '2026-02-01', '{}', 'APPROVED', 'DISTRICT_IMPORT', '2026-02-02')`,
      [randomUUID(), d.districtId, inactiveId],
    );
    [hr, principalA, principalB, teacher] = await Promise.all([
      signIn(d.accounts.hr.email),
      signIn(d.accounts.principalA.email),
      signIn(d.accounts.principalB.email),
      signIn(d.accounts.teacherA.email),
    ]);
  });

  afterAll(() => testApp.close());

  it('micro-credentials in a competency area: share of current staff, its trend by decision dates, and who is missing', async () => {
    const goal = await createOk(
      principalA,
      schoolGoal('MICRO_CREDENTIALS', '50', { minimumCount: 1, competencyArea: 'assessment' }),
    );
    // The catalog's spelling is kept.
    expect(goal.competencyArea).toBe('Assessment');
    expect(goal.unit).toBe('PERCENT');
    const p = goal.progress;
    expect(p).toMatchObject({ asOf: DEADLINE, current: '100', target: '50', met: true, counted: 2, total: 2, partial: false });
    expect(p.notCounted).toEqual({ total: 0, offset: 0, items: [] });
    // Month ends from the start to the deadline.
    expect(p.trend.map((t) => t.date)).toEqual([
      '2025-07-01',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    expect(trendValue(p, '2026-02-28')).toBe('0');
    expect(trendValue(p, '2026-03-31')).toBe('50');
    // The colleague completed hers on 2026-04-10 but it was approved on 2026-05-20.
    expect(trendValue(p, '2026-04-30')).toBe('50');
    expect(trendValue(p, '2026-05-31')).toBe('100');

    const two = await createOk(principalA, schoolGoal('MICRO_CREDENTIALS', '50', { minimumCount: 2 }));
    expect(two.progress).toMatchObject({ current: '0', met: false, counted: 0, total: 2 });
    expect(two.progress.notCounted.items.map((i) => [i.educator.id, i.value, i.detail])).toEqual([
      [d.educators.teacherA, '1', '1 of 2 micro-credentials'],
      [d.educators.colleagueA, '1', '1 of 2 micro-credentials'],
    ]);
    expect(two.progress.notCounted.items[0]!.schoolNames).toEqual([goal.school!.name]);
  });

  it('average hour equivalents per staff member since the start, exact, with the staff below the target', async () => {
    const goal = await createOk(principalA, schoolGoal('AVERAGE_PD_HOURS', '20'));
    expect(goal.unit).toBe('HOUR_EQUIVALENTS');
    // (3 + 15 + 15) + 15 = 48 over 2 staff = 24; the deactivated Dee Delta's 40 hours do not count.
    expect(goal.progress).toMatchObject({ current: '24', met: true, counted: 1, total: 2 });
    expect(goal.progress.notCounted.items).toEqual([
      {
        educator: { id: d.educators.colleagueA, fullName: expect.any(String) },
        schoolNames: [goal.school!.name],
        value: '15',
        detail: '15 hour equivalents of 20 since 2025-07-01',
      },
    ]);
    expect(trendValue(goal.progress, '2025-08-31')).toBe('0');
    expect(trendValue(goal.progress, '2025-09-30')).toBe('1.5');
    expect(trendValue(goal.progress, '2026-01-31')).toBe('9');
    expect(trendValue(goal.progress, '2026-03-31')).toBe('16.5');
    expect(trendValue(goal.progress, '2026-05-31')).toBe('24');

    // Only records completed on or after the start count: from 2026-01-01 that is 15 + 15 + 15 = 45, average 22.5.
    const later = await createOk(principalA, schoolGoal('AVERAGE_PD_HOURS', '22.51', { startsOn: '2026-01-01' }));
    expect(later.progress).toMatchObject({ current: '22.5', met: false });
    const exact = await createOk(principalA, schoolGoal('AVERAGE_PD_HOURS', '22.5', { startsOn: '2026-01-01' }));
    expect(exact.progress.met).toBe(true);
  });

  it('any PD this school year: resets on July 1', async () => {
    const goal = await createOk(principalA, schoolGoal('ANY_PD_THIS_YEAR', '100'));
    expect(goal.progress).toMatchObject({ current: '100', met: true, counted: 2, total: 2 });
    expect(trendValue(goal.progress, '2025-09-30')).toBe('50');
    expect(trendValue(goal.progress, '2026-04-30')).toBe('50');
    const across = await createOk(principalA, schoolGoal('ANY_PD_THIS_YEAR', '50', { deadline: '2026-09-30' }));
    expect(trendValue(across.progress, '2026-06-30')).toBe('100');
    expect(trendValue(across.progress, '2026-07-31')).toBe('0');
    expect(across.progress).toMatchObject({ asOf: '2026-09-30', current: '0', met: false, counted: 0 });
    expect(across.progress.notCounted.items.map((i) => i.detail)).toEqual([
      'No approved PD since 2026-07-01',
      'No approved PD since 2026-07-01',
    ]);
  });

  it('renewal complete or on track: the same evaluation as direct converter calls, at the deadline and in the trend', async () => {
    // Colleague A's PA license cycle began 2026-03-01, so the converter finds her on track throughout.
    await testApp.dataSource.query(
      `INSERT INTO license (id, district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       VALUES ($1, $2, $3, 'PA', 'Instructional II', '654321', '2021-03-01', '2026-03-01', '2031-02-28')`,
      [randomUUID(), d.districtId, d.educators.colleagueA],
    );
    const goal = await createOk(principalA, schoolGoal('RENEWAL_ON_TRACK', '50'));
    const licenses = {
      [d.educators.teacherA]: {
        licenseType: 'instructional_ii',
        issuedOn: '2015-06-01',
        cycleStart: `${YEAR - 1}-07-01`,
        cycleEnd: `${YEAR + 4}-06-30`,
      },
      [d.educators.colleagueA]: {
        licenseType: 'instructional_ii',
        issuedOn: '2021-03-01',
        cycleStart: '2026-03-01',
        cycleEnd: '2031-02-28',
      },
    };
    const rows: Array<ConverterRecordRow & { decided_at: Date }> = await testApp.dataSource.query(
      `SELECT ${CONVERTER_RECORD_COLUMNS}, COALESCE(r.reviewed_at, r.created_at) AS decided_at
         FROM pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.educator_id = ANY($2::uuid[])`,
      [d.districtId, Object.keys(licenses)],
    );
    // The converter on the stored records, with those decided after the date still pending, as they were then.
    const direct = (educatorId: string, asOf: string) => {
      const records: PdRecordInput[] = rows
        .filter((row) => row.educator_id === educatorId)
        .map((row) => {
          const record = toConverterRecord(row);
          return new Date(row.decided_at).toISOString().slice(0, 10) > asOf && record.status !== 'submitted'
            ? { ...record, status: 'submitted' }
            : record;
        });
      return evaluateRenewal(
        { ruleSet: getRuleSetPreset('pa'), educatorId, license: licenses[educatorId]!, records, asOf },
        { explain: false },
      );
    };
    const onTrack = (educatorId: string, asOf: string) => ['complete', 'on_track'].includes(direct(educatorId, asOf).status);
    const countedOn = (asOf: string) => [d.educators.teacherA, d.educators.colleagueA].filter((id) => onTrack(id, asOf)).length;

    // Worked by hand: teacher A has 48 of 180 hours two years into five (pace 72): at risk. The colleague has 15 hours
    // three months into her cycle: on track. So 1 of 2 at the deadline.
    expect(direct(d.educators.teacherA, DEADLINE)).toMatchObject({ earned: '48', status: 'at_risk' });
    expect(direct(d.educators.colleagueA, DEADLINE)).toMatchObject({ earned: '15', status: 'on_track' });
    expect(direct(d.educators.teacherA, '2026-03-31')).toMatchObject({ earned: '48', status: 'on_track' });
    expect(goal.progress).toMatchObject({ total: 2, counted: 1, current: '50', met: true });
    const atDeadline = direct(d.educators.teacherA, DEADLINE);
    expect(goal.progress.notCounted.items).toEqual([
      expect.objectContaining({
        educator: expect.objectContaining({ id: d.educators.teacherA }),
        value: 'at_risk',
        detail: `${atDeadline.licenseType.name}: at risk, 48 of 180 ${atDeadline.unit.name}`,
      }),
    ]);
    // Each trend point is the converter's answer on that date.
    for (const point of goal.progress.trend) expect([point.date, point.counted]).toEqual([point.date, countedOn(point.date)]);
    // Teacher A was on track from March (all 48 of its hours, PA counting a semester credit as 30) until the second year's pace caught up.
    expect(trendValue(goal.progress, '2026-02-28')).toBe('50');
    expect(trendValue(goal.progress, '2026-03-31')).toBe('100');
    expect(trendValue(goal.progress, '2026-05-31')).toBe('100');
    expect(trendValue(goal.progress, DEADLINE)).toBe('50');

    // District-wide: teacher B has no license on file, so is never counted.
    const district = await createOk(hr, {
      title: 'On track district-wide',
      measure: 'RENEWAL_ON_TRACK',
      target: '90',
      startsOn: START,
      deadline: DEADLINE,
    });
    expect(district.progress).toMatchObject({ total: 3, counted: 1, current: '33.33', met: false });
    expect(district.progress.notCounted.items.find((i) => i.educator.id === d.educators.teacherB)?.detail).toBe(
      'No license with a state renewal rule on file',
    );
  });

  it('district-wide goals: HR sees the whole district, a principal only their schools (marked partial); teachers see none', async () => {
    const goal = await createOk(hr, {
      title: 'District: everyone learning',
      measure: 'ANY_PD_THIS_YEAR',
      target: '80',
      startsOn: START,
      deadline: DEADLINE,
    });
    expect(goal.school).toBeNull();
    expect(goal.progress).toMatchObject({ total: 3, counted: 3, current: '100', scope: 'Whole district', partial: false });
    const asA = await principalA.request<{ goal: Goal }>(`query($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`, { id: goal.id });
    expect(asA.data!.goal).toMatchObject({ canEdit: false, progress: { total: 2, counted: 2, partial: true } });
    expect(asA.data!.goal.progress.scope).toMatch(/^Your schools: School A /);
    const asB = await principalB.request<{ goal: Goal }>(
      `query($id: ID!) { goal(id: $id) { progress { total counted notCounted { items { educator { id } } } } } }`,
      { id: goal.id },
    );
    expect(asB.data!.goal.progress).toMatchObject({ total: 1, counted: 1 });

    // Principal B sees the district-wide goal and none of school A's.
    const listB = await principalB.request<{ goals: Array<{ id: string; school: { id: string } | null }> }>(
      `{ goals { id school { id } } }`,
    );
    expect(listB.data!.goals.map((g) => g.id)).toContain(goal.id);
    expect(listB.data!.goals.filter((g) => g.school?.id === d.schoolA)).toEqual([]);
    const deniedList = await principalB.request(`query($s: ID!) { goals(schoolId: $s) { id } }`, { s: d.schoolA });
    expect(errorCode(deniedList)).toBe('NOT_FOUND');

    // Principals may not change it.
    const update = await principalA.request(`mutation($id: ID!) { updateGoal(id: $id, input: { target: "10" }) { id } }`, {
      id: goal.id,
    });
    expect(errorCode(update)).toBe('FORBIDDEN');
    const archive = await principalA.request(`mutation($id: ID!) { archiveGoal(id: $id) { id } }`, { id: goal.id });
    expect(errorCode(archive)).toBe('FORBIDDEN');
    const [{ target, archived_at }] = await testApp.dataSource.query(`SELECT target::text, archived_at FROM goal WHERE id = $1`, [
      goal.id,
    ]);
    expect([target, archived_at]).toEqual(['80.00', null]);

    expect(errorCode(await teacher.request(`{ goals { id } }`))).toBe('FORBIDDEN');
  });

  it('pages the people not counted', async () => {
    const goal = await createOk(hr, {
      title: 'Two micro-credentials each',
      measure: 'MICRO_CREDENTIALS',
      minimumCount: 2,
      target: '50',
      startsOn: START,
      deadline: DEADLINE,
    });
    const page = await hr.request<{ goal: Goal }>(
      `query($id: ID!) { goal(id: $id) { progress { notCounted(offset: 1, limit: 1) { total offset items { educator { id } } } } } }`,
      { id: goal.id },
    );
    // Name order: Alpha (teacher A), Beta (teacher B), Gamma (colleague A); the second is teacher B.
    expect(page.data!.goal.progress.notCounted).toEqual({
      total: 3,
      offset: 1,
      items: [{ educator: { id: d.educators.teacherB } }],
    });
    const tooMany = await hr.request(`query($id: ID!) { goal(id: $id) { progress { notCounted(limit: 1000) { total } } } }`, {
      id: goal.id,
    });
    expect(tooMany.errors?.[0]?.message).toBe('Invalid value for limit: "1000" must be a whole number from 0 to 200');
  });

  it.each([
    ['deadline', { deadline: '2025-06-30' }, 'Invalid value for deadline: "2025-06-30" must be after the start date 2025-07-01'],
    ['deadline', { deadline: '2026-02-30' }, 'Invalid value for deadline: "2026-02-30" must be a date in YYYY-MM-DD form'],
    [
      'target',
      { target: '0' },
      'Invalid value for target: "0" must be a percentage above 0 and at most 100, with at most 2 decimals (e.g. "80" or "62.5")',
    ],
    [
      'target',
      { target: '100.5' },
      'Invalid value for target: "100.5" must be a percentage above 0 and at most 100, with at most 2 decimals (e.g. "80" or "62.5")',
    ],
    [
      'target',
      { target: '1e2' },
      'Invalid value for target: "1e2" must be a percentage above 0 and at most 100, with at most 2 decimals (e.g. "80" or "62.5")',
    ],
    [
      'target',
      { measure: 'AVERAGE_PD_HOURS', target: '12.345' },
      'Invalid value for target: "12.345" must be hour equivalents per staff member above 0 and at most 10000, with at most 2 decimals (e.g. "20" or "7.5")',
    ],
    ['minimumCount', { minimumCount: 0 }, 'Invalid value for minimumCount: "0" must be a whole number from 1 to 100'],
    [
      'minimumCount',
      { measure: 'ANY_PD_THIS_YEAR', minimumCount: 2 },
      'Invalid value for minimumCount: "2" applies only to the MICRO_CREDENTIALS measure',
    ],
    [
      'competencyArea',
      { competencyArea: 'Underwater Basket Weaving' },
      'Invalid value for competencyArea: "Underwater Basket Weaving" is not a competency area of any micro-credential in your district’s catalog',
    ],
    ['title', { title: '   ' }, 'Invalid value for title: "   " must be 1 to 200 characters'],
  ])('rejects a bad %s with a message naming it and its value, and stores nothing', async (field, change, message) => {
    const before = await goalCount();
    const response = await create(principalA, { ...schoolGoal('MICRO_CREDENTIALS', '50'), ...change });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(response.errors![0]!.message).toBe(message);
    expect(response.data ?? null).toBeNull();
    expect(await goalCount()).toBe(before);
  });

  it('keeps principals to their own schools when creating', async () => {
    const otherSchool = await create(principalA, schoolGoal('ANY_PD_THIS_YEAR', '50', { schoolId: d.schoolB }));
    expect(errorCode(otherSchool)).toBe('FORBIDDEN');
    expect(otherSchool.errors![0]!.message).toBe(
      `Not allowed for schoolId: "${d.schoolB}" is not one of your schools; principals set goals for their own schools`,
    );
    const districtWide = await create(principalA, { ...schoolGoal('ANY_PD_THIS_YEAR', '50'), schoolId: null });
    expect(errorCode(districtWide)).toBe('FORBIDDEN');
    const unknown = randomUUID();
    const missing = await create(hr, schoolGoal('ANY_PD_THIS_YEAR', '50', { schoolId: unknown }));
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(missing.errors![0]!.message).toBe(`School not found (schoolId "${unknown}")`);
  });

  it('audits create, update and archive in their transactions; archived goals leave the list and cannot change', async () => {
    const goal = await createOk(principalA, schoolGoal('ANY_PD_THIS_YEAR', '80', { title: 'Everyone learns' }));
    const bad = await principalA.request(`mutation($id: ID!) { updateGoal(id: $id, input: { deadline: "2025-01-01" }) { id } }`, {
      id: goal.id,
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const updated = await principalA.request<{ updateGoal: Goal }>(
      `mutation($id: ID!) { updateGoal(id: $id, input: { target: "85.5", title: "Everyone learns, every year" }) { id title target } }`,
      { id: goal.id },
    );
    expect(updated.data!.updateGoal).toEqual({ id: goal.id, title: 'Everyone learns, every year', target: '85.5' });
    const archived = await principalA.request<{ archiveGoal: Goal }>(
      `mutation($id: ID!) { archiveGoal(id: $id) { archivedAt } }`,
      { id: goal.id },
    );
    expect(archived.data!.archiveGoal.archivedAt).toEqual(expect.any(String));
    const events: Array<{ action: string; actor_account_id: string; details: Record<string, unknown> }> =
      await testApp.dataSource.query(
        `SELECT action, actor_account_id, details FROM audit_event WHERE district_id = $1 AND entity_id = $2 ORDER BY occurred_at, id`,
        [d.districtId, goal.id],
      );
    expect(events.map((e) => e.action)).toEqual(['GOAL_CREATED', 'GOAL_UPDATED', 'GOAL_ARCHIVED']);
    expect(events.every((e) => e.actor_account_id === d.accounts.principalA.id)).toBe(true);
    expect(events[0]!.details).toMatchObject({
      before: null,
      after: { title: 'Everyone learns', schoolId: d.schoolA, measure: 'ANY_PD_THIS_YEAR', target: '80' },
    });
    expect(events[1]!.details).toEqual({
      before: { title: 'Everyone learns', target: '80' },
      after: { title: 'Everyone learns, every year', target: '85.5' },
    });

    const list = await principalA.request<{ goals: Array<{ id: string }> }>(`query($s: ID!) { goals(schoolId: $s) { id } }`, {
      s: d.schoolA,
    });
    expect(list.data!.goals.map((g) => g.id)).not.toContain(goal.id);
    const withArchived = await principalA.request<{ goals: Array<{ id: string }> }>(
      `query($s: ID!) { goals(schoolId: $s, includeArchived: true) { id } }`,
      { s: d.schoolA },
    );
    expect(withArchived.data!.goals.map((g) => g.id)).toContain(goal.id);
    const change = await principalA.request(`mutation($id: ID!) { updateGoal(id: $id, input: { target: "90" }) { id } }`, {
      id: goal.id,
    });
    expect(errorCode(change)).toBe('BAD_USER_INPUT');
  });

  async function goalCount(): Promise<number> {
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM goal WHERE district_id = $1`, [
      d.districtId,
    ]);
    return count;
  }
});
