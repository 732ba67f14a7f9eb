import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { evaluateRenewal, getRuleSetPreset, type RenewalStatus } from '@pd-ledger/credit-rules';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';
import { daysBetween } from '../domain/dates';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { sameDayAYearBefore } from './dashboards.service';
import { Dataset, emptyDataset, insertDataset } from '../seed/dataset';
import { addDays } from '../domain/dates';
import { addYears } from '../seed/prng';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

// The fixture's PD is in the previous school year (every month of it is before today), so the
// PD figures below are fixed; renewal figures are as of today and are checked against direct
// converter calls on the same stored rows.
const YEAR = schoolYearOf(todayIsoDate()) - 1;
const TODAY = todayIsoDate();

interface Extra {
  /** School A, PA license whose cycle ends in 60 days, no PD: deadline soon and short. */
  soon: string;
  /** School A, license cycle ended years ago: lapsed. */
  lapsed: string;
  /** School A, cycle ends in 200 days, no PD. */
  later: string;
  /** School B, license cycle ended years ago: lapsed (principal A must not see this person). */
  lapsedB: string;
}

async function addEducators(testApp: TestApp, d: DistrictFixture): Promise<Extra> {
  const data: Dataset = emptyDataset();
  const tag = randomUUID().slice(0, 8);
  const extra: Extra = { soon: randomUUID(), lapsed: randomUUID(), later: randomUUID(), lapsedB: randomUUID() };
  const people: Array<[keyof Extra, string, string, string]> = [
    ['soon', 'Sam', d.schoolA, addDays(TODAY, 60)],
    ['lapsed', 'Lee', d.schoolA, addDays(TODAY, -900)],
    ['later', 'Lou', d.schoolA, addDays(TODAY, 200)],
    ['lapsedB', 'Bo', d.schoolB, addDays(TODAY, -900)],
  ];
  for (const [key, first, school, cycleEnd] of people) {
    const id = extra[key];
    data.educators.push([
      id,
      d.districtId,
      first,
      `Zeta${key}${tag}`,
      `${key}.${tag}@test.example.org`,
      null,
      null,
      null,
      null,
      null,
    ]);
    data.educatorSchools.push([d.districtId, id, school]);
    const cycleStart = addDays(addYears(cycleEnd, -5), 1);
    data.licenses.push([
      randomUUID(),
      d.districtId,
      id,
      'PA',
      'Instructional II',
      `9${tag.slice(0, 5)}`,
      cycleStart,
      cycleStart,
      cycleEnd,
    ]);
  }
  // "Lou" has two hours of approved PD in the school year shown; "Sam" and "Lee" have none.
  data.pdRecords.push(
    [
      randomUUID(),
      d.districtId,
      extra.later,
      null,
      'Data teams',
      'WORKSHOP',
      '2',
      'CLOCK_HOUR',
      `${YEAR}-11-15`,
      ['Data'],
      null,
      'APPROVED',
      null,
      'DISTRICT_IMPORT',
    ],
    // Teacher B, the school year before: the trend's comparison line.
    [
      randomUUID(),
      d.districtId,
      d.educators.teacherB,
      null,
      'Old workshop',
      'WORKSHOP',
      '2',
      'CLOCK_HOUR',
      `${YEAR - 1}-11-15`,
      [],
      null,
      'APPROVED',
      null,
      'DISTRICT_IMPORT',
    ],
    // The colleague's micro-credential is still waiting for review: no competency area counted.
    [
      randomUUID(),
      d.districtId,
      d.educators.colleagueA,
      d.catalogItemId,
      'Checking for Understanding',
      'MICRO_CREDENTIAL',
      '1',
      'MICRO_CREDENTIAL',
      `${YEAR}-12-01`,
      [],
      null,
      'SUBMITTED',
      null,
      'SELF_REPORTED',
    ],
  );
  await testApp.dataSource.transaction((manager) => insertDataset(manager, data));
  return extra;
}

/** The converter's own verdict on one educator's only license, from the stored rows. */
async function directStatus(
  testApp: TestApp,
  d: DistrictFixture,
  educatorId: string,
): Promise<{ status: RenewalStatus; deadline: string; remaining: string } | null> {
  const [license] = (await testApp.dataSource.query(
    `SELECT issued_on::text, cycle_start::text, cycle_end::text FROM license WHERE district_id = $1 AND educator_id = $2`,
    [d.districtId, educatorId],
  )) as Array<{ issued_on: string; cycle_start: string; cycle_end: string }>;
  if (!license) return null;
  const rows: ConverterRecordRow[] = await testApp.dataSource.query(
    `SELECT ${CONVERTER_RECORD_COLUMNS} FROM pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
      WHERE r.district_id = $1 AND r.educator_id = $2`,
    [d.districtId, educatorId],
  );
  const result = evaluateRenewal(
    {
      ruleSet: getRuleSetPreset('pa'),
      educatorId,
      license: {
        licenseType: 'instructional_ii',
        issuedOn: license.issued_on,
        cycleStart: license.cycle_start,
        cycleEnd: license.cycle_end,
      },
      records: rows.map(toConverterRecord),
      asOf: TODAY,
    },
    { explain: false },
  );
  return { status: result.status, deadline: result.cycle.deadline, remaining: result.remaining };
}

const COUNT_KEY: Record<RenewalStatus, string> = {
  complete: 'complete',
  on_track: 'onTrack',
  at_risk: 'atRisk',
  behind: 'behind',
  lapsed: 'lapsed',
};

async function expectedCounts(testApp: TestApp, d: DistrictFixture, educatorIds: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {
    complete: 0,
    onTrack: 0,
    atRisk: 0,
    behind: 0,
    lapsed: 0,
    noLicense: 0,
    total: educatorIds.length,
  };
  for (const id of educatorIds) {
    const direct = await directStatus(testApp, d, id);
    counts[direct ? COUNT_KEY[direct.status] : 'noLicense']! += 1;
  }
  return counts;
}

const SCHOOL_QUERY = `query($schoolId: ID!, $year: Int) { schoolDashboard(schoolId: $schoolId, schoolYear: $year) {
  school { id name } asOf schoolYear
  renewalStatus { complete onTrack atRisk behind lapsed noLicense total }
  pdByMonth { month hourEquivalents recordCount }
  competencyAreas { area credentialCount educatorCount hourEquivalents }
  needsAttention { educator { id } reasons lastPdOn renewal { status deadline daysLeft remaining unitName } }
} }`;

const ATTENTION_QUERY = `query($schoolId: ID!, $year: Int, $reason: AttentionReason, $offset: Int, $limit: Int) {
  schoolDashboard(schoolId: $schoolId, schoolYear: $year) {
    needsAttention { educator { id } reasons lastPdOn renewal { status deadline daysLeft remaining unitName } }
    attention(reason: $reason, offset: $offset, limit: $limit) {
      total matching offset byReason { reason count }
      rows { educator { id } reasons lastPdOn renewal { status deadline daysLeft remaining unitName } }
    }
  }
}`;

const DISTRICT_QUERY = `query($year: Int, $limit: Int) { districtDashboard(schoolYear: $year, expiringLimit: $limit) {
  asOf schoolYear
  renewalStatus { complete onTrack atRisk behind lapsed noLicense total }
  schools { school { id } renewalStatus { complete onTrack atRisk behind lapsed noLicense total } }
  expiring { within90 within180 within365 licenses { educator { id } schoolNames renewal { daysLeft deadline remaining } } }
  hoursByCategory { key hourEquivalents recordCount }
  hoursByActivityType { key hourEquivalents recordCount }
  trend { month cumulative previousCumulative previousThrough }
  actionQueue { submissionsWaiting preApprovalsPending importRunsWithProblems }
} }`;

/** The fields of the dashboards' answers these tests read (the typed operations belong to the dashboard). */
interface AttentionRow {
  educator: { id: string };
  reasons: string[];
  renewal: { daysLeft: number; remaining: string; unitName: string } | null;
}
interface AttentionPageAnswer {
  total: number;
  matching: number;
  offset: number;
  byReason: Array<{ reason: string; count: number }>;
  rows: AttentionRow[];
}
interface StatusCounts {
  total: number;
  noLicense: number;
  lapsed: number;
}
interface SchoolDashboardAnswer {
  school: { id: string };
  asOf: string;
  renewalStatus: StatusCounts;
  pdByMonth: Array<{ month: string; hourEquivalents: string }>;
  competencyAreas: unknown[];
  needsAttention: AttentionRow[];
}
interface DistrictDashboardAnswer {
  renewalStatus: StatusCounts;
  schools: Array<{ school: { id: string }; renewalStatus: StatusCounts }>;
  expiring: {
    within90: number;
    within180: number;
    within365: number;
    licenses: Array<{ educator: { id: string }; schoolNames: string[] }>;
  };
  hoursByCategory: unknown[];
  hoursByActivityType: unknown[];
  trend: Array<{ month: string; cumulative: string; previousCumulative: string; previousThrough: string }>;
  actionQueue: unknown;
}

describe('dashboards: the principal and HR homes', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let extra: Extra;

  async function signedIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    extra = await addEducators(testApp, d);
    // HR's action queue (made here, not in the test, so a retried test counts the same rows).
    const teacher = await signedIn(d.accounts.teacherA.email);
    const preApproval = await teacher.request(
      `mutation($input: PreApprovalInput!) { requestPreApproval(input: $input) { id } }`,
      {
        input: {
          title: 'Planned course',
          activityType: 'COURSE',
          plannedStartOn: `${YEAR + 1}-09-01`,
          expectedAmount: '3',
          unit: 'SEMESTER_CREDIT',
        },
      },
    );
    expect(preApproval.errors).toBeUndefined();
    // Import runs: one failed, one preview with errors, one applied, one failed long ago.
    await testApp.dataSource.query(
      `INSERT INTO import_run (district_id, kind, status, error_count, created_at) VALUES
         ($1, 'ROSTER', 'FAILED', 0, now()), ($1, 'TRANSCRIPT', 'PREVIEW', 3, now()),
         ($1, 'ROSTER', 'APPLIED', 0, now()), ($1, 'ROSTER', 'FAILED', 0, now() - interval '40 days')`,
      [d.districtId],
    );
  });

  afterAll(() => testApp.close());

  it("gives a principal their school's renewal standing, PD by month, competency areas and who needs attention", async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    const response = await principal.request<{ schoolDashboard: SchoolDashboardAnswer }>(SCHOOL_QUERY, {
      schoolId: d.schoolA,
      year: YEAR,
    });
    expect(response.errors).toBeUndefined();
    const home = response.data!.schoolDashboard;
    expect(home.school.id).toBe(d.schoolA);
    expect(home.asOf).toBe(TODAY);

    // School A: teacher A, the colleague (no license), Sam, Lee, Lou. Status counts equal the
    // converter's direct verdicts one by one.
    const schoolA = [d.educators.teacherA, d.educators.colleagueA, extra.soon, extra.lapsed, extra.later];
    expect(home.renewalStatus).toEqual(await expectedCounts(testApp, d, schoolA));
    expect(home.renewalStatus.total).toBe(5);
    expect(home.renewalStatus.noLicense).toBe(1);
    expect(home.renewalStatus.lapsed).toBe(1);

    // By hand: teacher A 3 clock hours (Sep) + 1 semester credit = 15 (Jan) + a micro-credential
    // stated at 15 hours (Mar); Lou 2 hours (Nov). The pending records do not count.
    const months = Object.fromEntries(
      home.pdByMonth.map((m: { month: string; hourEquivalents: string }) => [m.month, m.hourEquivalents]),
    );
    expect(home.pdByMonth).toHaveLength(12);
    expect(months[`${YEAR}-09`]).toBe('3');
    expect(months[`${YEAR}-11`]).toBe('2');
    expect(months[`${YEAR}-12`]).toBe('0');
    expect(months[`${YEAR + 1}-01`]).toBe('15');
    expect(months[`${YEAR + 1}-03`]).toBe('15');

    // Only teacher A's verified micro-credential counts (the colleague's is still submitted).
    expect(home.competencyAreas).toEqual([{ area: 'Assessment', credentialCount: 1, educatorCount: 1, hourEquivalents: '15' }]);

    // Needs attention: Lee (lapsed) first, Sam (deadline in 60 days, no hours: behind or at risk
    // plus deadline soon, no PD), the colleague (no PD this year). Lou has PD and 200 days: only
    // listed if the converter says at risk or behind. Teacher A: only if at risk or behind.
    const byId = new Map(home.needsAttention.map((row) => [row.educator.id, row]));
    expect(home.needsAttention[0].educator.id).toBe(extra.lapsed);
    expect(byId.get(extra.lapsed)?.reasons).toEqual(['LAPSED', 'NO_PD_THIS_YEAR']);
    const sam = byId.get(extra.soon) as AttentionRow;
    expect(sam.reasons).toContain('DEADLINE_SOON');
    expect(sam.reasons).toContain('NO_PD_THIS_YEAR');
    expect(sam.renewal?.daysLeft).toBe(daysBetween(TODAY, (await directStatus(testApp, d, extra.soon))!.deadline));
    expect(sam.renewal?.remaining).toBe('180');
    expect(sam.renewal?.unitName).toMatch(/Act 48/);
    expect(byId.get(d.educators.colleagueA)?.reasons).toEqual(['NO_PD_THIS_YEAR']);
    expect(byId.get(d.educators.colleagueA)?.renewal).toBeNull();
    for (const id of [d.educators.teacherA, extra.later]) {
      const direct = (await directStatus(testApp, d, id))!;
      const flagged = direct.status === 'at_risk' || direct.status === 'behind' || direct.status === 'lapsed';
      expect(byId.has(id)).toBe(flagged);
    }
    // Principal scoping: nobody from school B, although Bo there has lapsed.
    expect(byId.has(extra.lapsedB)).toBe(false);
    expect(byId.has(d.educators.teacherB)).toBe(false);
  });

  it('gives the attention list a page at a time, filtered by reason on request, with the counts and the last page for an offset past the end', async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    const page = async (variables: Record<string, unknown>) => {
      const response = await principal.request<{
        schoolDashboard: { needsAttention: AttentionRow[]; attention: AttentionPageAnswer };
      }>(ATTENTION_QUERY, { schoolId: d.schoolA, year: YEAR, ...variables });
      expect(response.errors).toBeUndefined();
      return response.data!.schoolDashboard;
    };
    const ids = (rows: AttentionRow[]) => rows.map((row) => row.educator.id);

    // The first page (default limit 10) holds everyone here; the counts are the whole list's.
    const first = await page({});
    const everyone = first.needsAttention;
    expect(everyone.length).toBeGreaterThanOrEqual(3);
    expect(everyone.length).toBeLessThanOrEqual(5);
    expect(first.attention.total).toBe(everyone.length);
    expect(first.attention.matching).toBe(everyone.length);
    expect(first.attention.offset).toBe(0);
    expect(ids(first.attention.rows)).toEqual(ids(everyone));
    expect(first.attention.rows).toEqual(everyone);
    // Per reason, most urgent reason first; a person counts under each of their reasons.
    expect(first.attention.byReason).toEqual(
      ['LAPSED', 'BEHIND', 'DEADLINE_SOON', 'AT_RISK', 'NO_PD_THIS_YEAR'].map((reason) => ({
        reason,
        count: everyone.filter((row) => row.reasons.includes(reason)).length,
      })),
    );
    expect(first.attention.byReason.find((c) => c.reason === 'LAPSED')?.count).toBe(1);

    // Pages of two: the list's order, sliced.
    const second = await page({ offset: 2, limit: 2 });
    expect(second.attention.offset).toBe(2);
    expect(ids(second.attention.rows)).toEqual(ids(everyone.slice(2, 4)));
    expect(second.attention.total).toBe(everyone.length);
    expect(second.attention.matching).toBe(everyone.length);

    // By reason: only those people, in the same order; total and byReason stay the whole list's.
    const noPd = await page({ reason: 'NO_PD_THIS_YEAR', limit: 2 });
    const withoutPd = everyone.filter((row) => row.reasons.includes('NO_PD_THIS_YEAR'));
    expect(withoutPd.length).toBeGreaterThanOrEqual(3); // Lee, Sam, the colleague
    expect(noPd.attention.matching).toBe(withoutPd.length);
    expect(ids(noPd.attention.rows)).toEqual(ids(withoutPd.slice(0, 2)));
    expect(noPd.attention.total).toBe(everyone.length);
    expect(noPd.attention.byReason).toEqual(first.attention.byReason);
    const lapsed = await page({ reason: 'LAPSED' });
    expect(ids(lapsed.attention.rows)).toEqual([extra.lapsed]);
    expect(lapsed.attention.matching).toBe(1);

    // An offset past the end (a stale link) gives the last page and says where it starts.
    const lastStart = Math.floor((withoutPd.length - 1) / 2) * 2;
    const past = await page({ reason: 'NO_PD_THIS_YEAR', offset: 50, limit: 2 });
    expect(past.attention.offset).toBe(lastStart);
    expect(ids(past.attention.rows)).toEqual(ids(withoutPd.slice(lastStart)));
    const pastAll = await page({ offset: everyone.length, limit: 1 });
    expect(pastAll.attention.offset).toBe(everyone.length - 1);
    expect(ids(pastAll.attention.rows)).toEqual([everyone[everyone.length - 1]!.educator.id]);

    // Principal scoping holds on every page: nobody from school B.
    for (const answer of [first, second, noPd, lapsed, past])
      expect(ids(answer.attention.rows)).not.toEqual(expect.arrayContaining([extra.lapsedB]));
  });

  it('refuses an attention page outside its bounds, naming the argument and the value', async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    for (const [variables, message] of [
      [{ limit: 0 }, 'Invalid value for limit: "0" must be a whole number from 1 to 100'],
      [{ limit: 101 }, 'Invalid value for limit: "101" must be a whole number from 1 to 100'],
      [{ offset: -1 }, 'Invalid value for offset: "-1" must be a whole number from 0 to 1000000'],
      [{ offset: 1_000_001 }, 'Invalid value for offset: "1000001" must be a whole number from 0 to 1000000'],
    ] as const) {
      const response = await principal.request(ATTENTION_QUERY, { schoolId: d.schoolA, year: YEAR, ...variables });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe(message);
    }
    // The bounds themselves are accepted.
    const widest = await principal.request(ATTENTION_QUERY, { schoolId: d.schoolA, year: YEAR, limit: 100, offset: 0 });
    expect(widest.errors).toBeUndefined();
  });

  it('refuses a school the principal does not lead, and a bad id names the field', async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    const other = await principal.request(SCHOOL_QUERY, { schoolId: d.schoolB });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    const bad = await principal.request(SCHOOL_QUERY, { schoolId: 'not-a-uuid' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('schoolId');
    const district = await principal.request(DISTRICT_QUERY, {});
    expect(district.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives HR compliance by school, expiring licenses, hours by category and type, the trend and the action queue', async () => {
    const hr = await signedIn(d.accounts.hr.email);
    const response = await hr.request<{ districtDashboard: DistrictDashboardAnswer }>(DISTRICT_QUERY, { year: YEAR });
    expect(response.errors).toBeUndefined();
    const home = response.data!.districtDashboard;

    const everyone = [...Object.values(d.educators), extra.soon, extra.lapsed, extra.later, extra.lapsedB];
    expect(home.renewalStatus).toEqual(await expectedCounts(testApp, d, everyone));
    const bySchool = new Map(home.schools.map((s) => [s.school.id, s.renewalStatus]));
    expect(bySchool.get(d.schoolA)).toEqual(
      await expectedCounts(testApp, d, [d.educators.teacherA, d.educators.colleagueA, extra.soon, extra.lapsed, extra.later]),
    );
    expect(bySchool.get(d.schoolB)).toEqual(await expectedCounts(testApp, d, [d.educators.teacherB, extra.lapsedB]));

    // Expiring, short of hours: Sam (60 days) and Lou (200 days); Lee and Bo have lapsed, teacher
    // A's cycle runs for years.
    expect([home.expiring.within90, home.expiring.within180, home.expiring.within365]).toEqual([1, 1, 2]);
    expect(home.expiring.licenses.map((l) => l.educator.id)).toEqual([extra.soon, extra.later]);
    const [{ name: schoolAName }] = (await testApp.dataSource.query(`SELECT name FROM school WHERE id = $1`, [
      d.schoolA,
    ])) as Array<{ name: string }>;
    expect(home.expiring.licenses[0].schoolNames).toEqual([schoolAName]);
    const limited = await hr.request<{ districtDashboard: DistrictDashboardAnswer }>(DISTRICT_QUERY, { year: YEAR, limit: 1 });
    expect(limited.data!.districtDashboard.expiring.licenses).toHaveLength(1);
    expect(limited.data!.districtDashboard.expiring.within365).toBe(2);

    // By hand, school year YEAR: 3 (Math) + 15 (course, no category) + 15 (Assessment) + 5 (0.5 CEU,
    // no category) + 2 (Data).
    expect(home.hoursByCategory).toEqual([
      { key: null, hourEquivalents: '20', recordCount: 2 },
      { key: 'Assessment', hourEquivalents: '15', recordCount: 1 },
      { key: 'Math', hourEquivalents: '3', recordCount: 1 },
      { key: 'Data', hourEquivalents: '2', recordCount: 1 },
    ]);
    expect(home.hoursByActivityType).toEqual([
      { key: 'COURSE', hourEquivalents: '15', recordCount: 1 },
      { key: 'MICRO_CREDENTIAL', hourEquivalents: '15', recordCount: 1 },
      { key: 'WORKSHOP', hourEquivalents: '10', recordCount: 3 },
    ]);
    // Cumulative: Sep 3, Oct +5 = 8, Nov +2 = 10, Jan +15 = 25, Mar +15 = 40; the year before: 2 from November.
    const trend = home.trend.map((m) => [m.month.slice(5), m.cumulative, m.previousCumulative]);
    expect(trend).toEqual([
      ['07', '0', '0'],
      ['08', '0', '0'],
      ['09', '3', '0'],
      ['10', '8', '0'],
      ['11', '10', '2'],
      ['12', '10', '2'],
      ['01', '25', '2'],
      ['02', '25', '2'],
      ['03', '40', '2'],
      ['04', '40', '2'],
      ['05', '40', '2'],
      ['06', '40', '2'],
    ]);
    // Teacher A's pending workshop and the colleague's pending micro-credential; the new request; two import problems.
    expect(home.actionQueue).toEqual({ submissionsWaiting: 2, preApprovalsPending: 1, importRunsWithProblems: 2 });
  });

  it('puts the renewal standing on each staff row and filters the table by status', async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    const all = await principal.request<{
      staff: { totalCount: number; rows: Array<{ educator: { id: string }; renewal: { status: string } | null }> };
    }>(
      `query($school: ID) { staff(schoolId: $school, limit: 100) { totalCount rows { educator { id } renewal { status daysLeft } } } }`,
      { school: d.schoolA },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.staff.totalCount).toBe(5);
    const statusOf = new Map(all.data!.staff.rows.map((row) => [row.educator.id, row.renewal?.status ?? null]));
    for (const id of [d.educators.teacherA, extra.soon, extra.lapsed, extra.later]) {
      expect(statusOf.get(id)).toBe((await directStatus(testApp, d, id))!.status.toUpperCase());
    }
    expect(statusOf.get(d.educators.colleagueA)).toBeNull();

    const lapsed = await principal.request<{ staff: { totalCount: number; rows: Array<{ educator: { id: string } }> } }>(
      `{ staff(renewalStatus: LAPSED) { totalCount rows { educator { id } } } }`,
    );
    // Principal A's lapsed staff: Lee only (Bo is at school B).
    expect(lapsed.data!.staff.totalCount).toBe(1);
    expect(lapsed.data!.staff.rows.map((r) => r.educator.id)).toEqual([extra.lapsed]);
  });

  it("compares the month under way with last year's figure to the same day, not all of last year's month", async () => {
    const today = todayIsoDate();
    const sameDay = sameDayAYearBefore(today);
    const previousStart = `${schoolYearOf(today) - 1}-07-01`;
    // Last year, later in the same month: it must not count against this month yet.
    const later = new Date(`${sameDay}T00:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 1);
    const laterDay = later.toISOString().slice(0, 10);
    await testApp.dataSource.query(
      `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source)
       VALUES ($1, $2, 'On the same day last year', 'WORKSHOP', 4, 'CLOCK_HOUR', $3, '{}', 'APPROVED', 'DISTRICT_IMPORT'),
              ($1, $2, 'The day after, last year', 'WORKSHOP', 7, 'CLOCK_HOUR', $4, '{}', 'APPROVED', 'DISTRICT_IMPORT')`,
      [d.districtId, d.educators.teacherB, sameDay, laterDay],
    );
    const hr = await signedIn(d.accounts.hr.email);
    const response = await hr.request<{ districtDashboard: DistrictDashboardAnswer }>(DISTRICT_QUERY, {});
    expect(response.errors).toBeUndefined();
    const month = response.data!.districtDashboard.trend.find((m) => m.month === today.slice(0, 7))!;
    const [{ hours }] = (await testApp.dataSource.query(
      `SELECT COALESCE(sum(${hourEquivalentsSql('r', 'c')}), 0)::text AS hours FROM pd_record r
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.status IN ('APPROVED', 'VERIFIED') AND r.completed_on BETWEEN $2 AND $3`,
      [d.districtId, previousStart, sameDay],
    )) as Array<{ hours: string }>;
    expect(month.previousThrough).toBe(sameDay);
    expect(new Decimal(month.previousCumulative).toFixed()).toBe(new Decimal(hours).toFixed());
  });

  it('shows an approval at once on the school home and the staff table (stored standings are re-evaluated, never stale)', async () => {
    const principal = await signedIn(d.accounts.principalA.email);
    const samRow = async () => {
      const [home, staff] = await Promise.all([
        principal.request<{ schoolDashboard: SchoolDashboardAnswer }>(SCHOOL_QUERY, { schoolId: d.schoolA, year: YEAR }),
        principal.request<{ staff: { rows: Array<{ educator: { id: string }; renewal: { remaining: string } | null }> } }>(
          `query($school: ID) { staff(schoolId: $school, limit: 100) { rows { educator { id } renewal { remaining } } } }`,
          { school: d.schoolA },
        ),
      ]);
      expect(home.errors).toBeUndefined();
      expect(staff.errors).toBeUndefined();
      const attention = home.data!.schoolDashboard.needsAttention.find(
        (row) => row.educator.id === extra.soon,
      ) as AttentionRow & {
        lastPdOn: string | null;
      };
      const staffRow = staff.data!.staff.rows.find((row) => row.educator.id === extra.soon);
      return { attention, staffRemaining: staffRow?.renewal?.remaining };
    };
    // Sam: 180 hours short, no PD; a submitted record does not count yet (and is now stored as such).
    const recordId = randomUUID();
    await testApp.dataSource.query(
      `INSERT INTO pd_record (id, district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source)
       VALUES ($1, $2, $3, 'Literacy institute', 'WORKSHOP', '20', 'CLOCK_HOUR', $4, '{}', 'SUBMITTED', 'SELF_REPORTED')`,
      [recordId, d.districtId, extra.soon, `${YEAR}-10-10`],
    );
    const before = await samRow();
    expect(before.attention.renewal?.remaining).toBe('180');
    expect(before.attention.reasons).toContain('NO_PD_THIS_YEAR');
    expect(before.attention.lastPdOn).toBeNull();
    expect(before.staffRemaining).toBe('180');

    const hr = await signedIn(d.accounts.hr.email);
    const approved = await hr.request(`mutation($id: ID!) { approvePdRecord(id: $id) { id status } }`, { id: recordId });
    expect(approved.errors).toBeUndefined();
    // The very next requests show it: no figure older than the approval.
    const after = await samRow();
    expect(after.attention.renewal?.remaining).toBe('160');
    expect(after.attention.reasons).not.toContain('NO_PD_THIS_YEAR');
    expect(after.attention.lastPdOn).toBe(`${YEAR}-10-10`);
    expect(after.staffRemaining).toBe('160');
  });
});
