import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { evaluateLane, evaluateRenewal, getRuleSetPreset, getSalarySchedulePreset } from '@pd-ledger/credit-rules';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';
import { insertSalarySchedulePreset } from '../seed/demo-salary-schedules';

const YEAR = 2025;
const AS_OF = '2026-06-30';

const EDUCATOR = `query($id: ID!, $asOf: String) { educator(id: $id) {
  renewals(asOf: $asOf) { licenseId ruleSetId licenseType unit unitName required earned remaining status deadline daysLeft cycleStart cycleEnd carryIn carryOut
    categories { id required earned met } adjustments { ruleId amount }
    explanation { recordId title recordedAmount recordedUnit conversion conversionCitation { url } converted credited counted reason } }
  lane(asOf: $asOf) { currentLane nextLane creditsNeeded creditsEarned creditsRemaining byKind { ruleId credits }
    nextWindow { opens effective } salary { currentCents nextCents annualDifferenceCents thisContractYearCents nextFiveYearsTotalCents }
    explanation { recordId credited } }
} }`;

const RENEWAL_WHAT_IF = `query($id: ID!, $licenseId: ID, $h: [HypotheticalRecordInput!]!, $asOf: String) {
  renewalWhatIf(educatorId: $id, licenseId: $licenseId, hypotheticals: $h, asOf: $asOf) {
    baseline { earned explanation { recordId } } withHypothetical { earned explanation { recordId credited } } } }`;

const LANE_WHAT_IF = `query($id: ID!, $h: [HypotheticalRecordInput!]!, $asOf: String) {
  laneWhatIf(educatorId: $id, hypotheticals: $h, asOf: $asOf) { baseline { creditsEarned } withHypothetical { creditsEarned } } }`;

interface Renewal {
  earned: string;
  required: string;
  remaining: string;
  status: string;
  explanation: Array<{ credited: string; recordId: string | null }>;
  [key: string]: unknown;
}

describe('credit: renewals, lanes and what-ifs through the API', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let hr: GraphQLClient;
  let teacher: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    await testApp.dataSource.transaction((manager) =>
      insertSalarySchedulePreset(manager, district.districtId, 'maplewood-traditional'),
    );
    hr = new GraphQLClient(testApp.baseUrl);
    teacher = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
    await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  async function storedRecords(educatorId: string) {
    const rows: ConverterRecordRow[] = await testApp.dataSource.query(
      `SELECT ${CONVERTER_RECORD_COLUMNS} FROM pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.educator_id = $2`,
      [district.districtId, educatorId],
    );
    return rows.map(toConverterRecord);
  }

  it('returns the same renewal figures as a direct evaluateRenewal call on the same data', async () => {
    const response = await hr.request<{ educator: { renewals: Renewal[] } }>(EDUCATOR, {
      id: district.educators.teacherA,
      asOf: AS_OF,
    });
    expect(response.errors).toBeUndefined();
    const [renewal] = response.data!.educator.renewals;
    const direct = evaluateRenewal({
      ruleSet: getRuleSetPreset('pa'),
      educatorId: district.educators.teacherA,
      license: {
        licenseType: 'instructional_ii',
        issuedOn: '2015-06-01',
        cycleStart: `${YEAR - 1}-07-01`,
        cycleEnd: `${YEAR + 4}-06-30`,
      },
      records: await storedRecords(district.educators.teacherA),
      asOf: AS_OF,
    });
    expect(renewal).toMatchObject({
      ruleSetId: 'pa',
      licenseType: 'instructional_ii',
      unit: direct.unit.id,
      unitName: 'Act 48 hours',
      required: direct.required,
      earned: direct.earned,
      remaining: direct.remaining,
      status: direct.status.toUpperCase(),
      deadline: direct.cycle.deadline,
      cycleStart: direct.cycle.start,
      cycleEnd: direct.cycle.end,
      carryIn: direct.carryIn,
      carryOut: direct.carryOut,
    });
    // Worked by hand (PA Act 48 FAQ): 3 clock hours + 1 semester credit x 30 + a 15-hour micro-credential; the pending one does not count.
    expect(renewal.earned).toBe('48');
    expect(renewal.required).toBe('180');
    expect(renewal['daysLeft']).toBe(1096);
    expect(renewal.explanation.map((line) => line.credited)).toEqual(direct.explanation.map((line) => line.credited));
    const sum = renewal.explanation.reduce((total, line) => total.plus(line.credited), new Decimal(0));
    expect(sum.toFixed()).toBe(renewal.earned);
    const pending = renewal.explanation.find((line) => line.recordId === district.records.teacherA[3]);
    expect(pending).toMatchObject({ counted: false, credited: '0', reason: 'submitted records count only once approved' });
  });

  it('returns the same lane figures as a direct evaluateLane call, with salary in cents', async () => {
    const response = await teacher.request<{ educator: { lane: Record<string, unknown> } }>(EDUCATOR, {
      id: district.educators.teacherA,
      asOf: AS_OF,
    });
    expect(response.errors).toBeUndefined();
    const lane = response.data!.educator.lane;
    const direct = evaluateLane({
      schedule: getSalarySchedulePreset('maplewood-traditional'),
      educator: { id: district.educators.teacherA, lane: 'MA+15', step: 9, hireDate: '2015-08-20', highestDegree: 'MA' },
      records: await storedRecords(district.educators.teacherA),
      asOf: AS_OF,
    });
    expect(lane).toMatchObject({
      currentLane: 'MA+15',
      nextLane: direct.nextLane,
      creditsNeeded: direct.creditsNeeded,
      creditsEarned: direct.creditsEarned,
      creditsRemaining: direct.creditsRemaining,
      salary: direct.salary && {
        currentCents: String(direct.salary.currentCents),
        nextCents: String(direct.salary.nextCents),
        thisContractYearCents: String(direct.salary.thisContractYearCents),
        nextFiveYearsTotalCents: String(direct.salary.nextFiveYearsTotalCents),
      },
    });
    expect(lane['byKind']).toEqual(direct.byKind.map((k) => ({ ruleId: k.ruleId, credits: k.credits })));
  });

  it('adds hypothetical records without storing them', async () => {
    const before = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM pd_record WHERE district_id = $1`, [
      district.districtId,
    ]);
    const h = [
      {
        title: 'Summer course',
        activityType: 'COURSE',
        amount: '3',
        unit: 'SEMESTER_CREDIT',
        completedOn: '2026-06-01',
        level: 'graduate',
      },
    ];
    const renewal = await teacher.request<{ renewalWhatIf: { baseline: Renewal; withHypothetical: Renewal } }>(RENEWAL_WHAT_IF, {
      id: district.educators.teacherA,
      h,
      asOf: AS_OF,
    });
    expect(renewal.errors).toBeUndefined();
    expect(renewal.data!.renewalWhatIf.baseline.earned).toBe('48');
    expect(renewal.data!.renewalWhatIf.withHypothetical.earned).toBe('138');
    expect(
      renewal.data!.renewalWhatIf.withHypothetical.explanation.some(
        (line) => line.recordId === 'hypothetical-1' && line.credited === '90',
      ),
    ).toBe(true);
    const lane = await hr.request<{
      laneWhatIf: { baseline: { creditsEarned: string }; withHypothetical: { creditsEarned: string } };
    }>(LANE_WHAT_IF, { id: district.educators.teacherA, h, asOf: AS_OF });
    expect(lane.errors).toBeUndefined();
    expect(Number(lane.data!.laneWhatIf.withHypothetical.creditsEarned)).toBeGreaterThan(
      Number(lane.data!.laneWhatIf.baseline.creditsEarned),
    );
    const after = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM pd_record WHERE district_id = $1`, [
      district.districtId,
    ]);
    expect(after).toEqual(before);
    const again = await teacher.request<{ educator: { renewals: Renewal[] } }>(EDUCATOR, {
      id: district.educators.teacherA,
      asOf: AS_OF,
    });
    expect(again.data!.educator.renewals[0]!.earned).toBe('48');
  });

  it.each([
    [{ amount: '-1' }, 'hypotheticals[0].amount'],
    [{ amount: '0' }, 'hypotheticals[0].amount'],
    [{ amount: 'ten' }, 'hypotheticals[0].amount'],
    [{ completedOn: '2026-02-30' }, 'hypotheticals[0].completedOn'],
    [{ level: 'doctoral' }, 'hypotheticals[0].level'],
  ])('rejects bad hypothetical %j with BAD_USER_INPUT naming the field', async (override, field) => {
    const h = [{ activityType: 'WORKSHOP', amount: '2', unit: 'CLOCK_HOUR', completedOn: '2026-01-10', ...override }];
    const response = await teacher.request(RENEWAL_WHAT_IF, { id: district.educators.teacherA, h });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(field);
    expect(response.data).toBeNull();
  });

  it('rejects a bad asOf, a bad educator id and an unknown license', async () => {
    const badDate = await hr.request(EDUCATOR, { id: district.educators.teacherA, asOf: 'yesterday' });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toContain('asOf');
    const badId = await hr.request(RENEWAL_WHAT_IF, { id: 'not-a-uuid', h: [] });
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    const unknownLicense = await hr.request(RENEWAL_WHAT_IF, { id: district.educators.teacherA, licenseId: randomUUID(), h: [] });
    expect(errorCode(unknownLicense)).toBe('NOT_FOUND');
  });

  it('evaluates renewals on a staff list (records batched per request)', async () => {
    const response = await hr.request<{ staff: { rows: Array<{ educator: { renewals: Renewal[] } }> } }>(
      `{ staff(limit: 10) { rows { educator { id renewals(asOf: "${AS_OF}") { earned } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const earned = response.data!.staff.rows.map((row) => row.educator.renewals.map((r) => r.earned));
    expect(earned).toContainEqual(['48']);
  });

  it('shows HR the presets with citations and uncertain flags', async () => {
    const response = await hr.request<{
      rulePreset: {
        versions: Array<{ conversions: Array<{ id: string; citation: { url: string }; uncertain: string | null }> }>;
      };
    }>(`{ rulePreset(id: "pa") { versions { conversions { id citation { url } uncertain } } } }`);
    const conversions = response.data!.rulePreset.versions[0]!.conversions;
    expect(conversions.map((c) => c.id)).toContain('pa-semester-credit');
    expect(conversions.every((c) => c.citation.url.startsWith('http'))).toBe(true);
    expect(conversions.some((c) => c.uncertain)).toBe(true);
    const unknown = await hr.request(`{ rulePreset(id: "zz") { id } }`);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('shows per state what PD Ledger does not check and which sources are unverified', async () => {
    const list = await hr.request<{ rulePresets: Array<{ id: string; notCheckedCount: number; unverifiedSourceCount: number }> }>(
      `{ rulePresets { id notCheckedCount unverifiedSourceCount } }`,
    );
    expect(list.errors).toBeUndefined();
    const byId = new Map(list.data!.rulePresets.map((p) => [p.id, p]));
    // MT: every page it cites was read and confirmed; DC: two of its pages could not be found; NE: the teaching-experience route is not checked.
    expect(byId.get('mt')!.unverifiedSourceCount).toBe(0);
    expect(byId.get('dc')!.unverifiedSourceCount).toBe(2);
    expect(byId.get('ne')!.notCheckedCount).toBe(1);
    const dc = await hr.request<{
      rulePreset: {
        versions: Array<{
          notChecked: Array<{ id: string }>;
          unverifiedSources: Array<{ url: string; checkStatus: string; ruleIds: string[] }>;
        }>;
      };
    }>(`{ rulePreset(id: "dc") { versions { notChecked { id } unverifiedSources { url checkStatus ruleIds } } } }`);
    const version = dc.data!.rulePreset.versions[0]!;
    expect(version.notChecked.map((n) => n.id)).toEqual(['dc-test-scores', 'dc-per-credential-content']);
    expect(version.unverifiedSources).toEqual([
      { url: 'https://osse.dc.gov/page/teacher-certification', checkStatus: 'unconfirmed', ruleIds: ['dc-cycle'] },
      { url: 'https://osse.dc.gov/node/1310011', checkStatus: 'unconfirmed', ruleIds: ['dc-test-scores'] },
    ]);
  });
});
