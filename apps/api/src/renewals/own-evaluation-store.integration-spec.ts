import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { insertSalarySchedulePreset } from '../seed/demo-salary-schedules';
import { todayIsoDate } from '../common/school-year';

const YEAR = 2025;
const AS_OF = '2026-06-30';
const TAMPERED = '999';

const schema = buildSchema(readFileSync(join(__dirname, '../../../..', 'apps/api/schema.gql'), 'utf8'));

/** Every field of a type without arguments, nested: the whole payload, field for field. */
function selectAll(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0)
    .map((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named) ? `${field.name} { ${selectAll(named)} }` : field.name;
    })
    .join(' ');
}

const CREDIT = `query($id: ID!, $asOf: String) { educator(id: $id) { id
  renewals(asOf: $asOf) { ${selectAll(schema.getType('RenewalEvaluation') as GraphQLObjectType)} }
  lane(asOf: $asOf) { ${selectAll(schema.getType('LaneEvaluation') as GraphQLObjectType)} } } }`;

interface Credit {
  renewals: Array<{ earned: string; required: string; daysLeft: number; [key: string]: unknown }>;
  lane: { creditsEarned: string; scheduleName: string; currentStep: number; [key: string]: unknown } | null;
}

describe("the teacher's own evaluation, stored", () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let hr: GraphQLClient;
  let teacher: GraphQLClient;

  beforeAll(async () => {
    // Whole answers kept in memory (StoredResponses) would hide the stored evaluation under test.
    testApp = await startTestApp({ STORED_RESPONSES_MB: '0' });
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

  async function credit(client: GraphQLClient, asOf = AS_OF): Promise<Credit> {
    const response = await client.request<{ educator: Credit }>(CREDIT, { id: district.educators.teacherA, asOf });
    expect(response.errors).toBeUndefined();
    return response.data!.educator;
  }

  /** Marks the stored rows (a write the triggers do not see): a request that shows the mark was served from the store. */
  async function tamper(): Promise<void> {
    const rows: unknown[] = await testApp.dataSource.query(
      `UPDATE educator_evaluation SET payload = CASE kind
         WHEN 'RENEWALS' THEN jsonb_set(payload, '{0,earned}', to_jsonb($3::text))
         ELSE jsonb_set(payload, '{creditsEarned}', to_jsonb($3::text)) END
        WHERE district_id = $1 AND educator_id = $2 RETURNING kind`,
      [district.districtId, district.educators.teacherA, TAMPERED],
    );
    expect(rows).toHaveLength(2);
  }

  /** Stores the current evaluation, marks it, and checks the next request is served from it. */
  async function storedAndMarked(asOf = AS_OF): Promise<void> {
    await credit(teacher, asOf);
    await tamper();
    const served = await credit(teacher, asOf);
    expect(served.renewals[0]!.earned).toBe(TAMPERED);
    expect(served.lane!.creditsEarned).toBe(TAMPERED);
  }

  /** The very next request shows what a fresh evaluation (HR's, never stored) shows. */
  async function expectFresh(asOf = AS_OF): Promise<Credit> {
    const mine = await credit(teacher, asOf);
    expect(mine.renewals[0]!.earned).not.toBe(TAMPERED);
    expect(mine.lane!.creditsEarned).not.toBe(TAMPERED);
    expect(mine).toEqual(await credit(hr, asOf));
    return mine;
  }

  const sql = (text: string, params: unknown[] = []) => testApp.dataSource.query(text, params);

  it('serves a stored answer equal, field for field, to a fresh computation', async () => {
    const cold = await credit(teacher);
    const [{ n }]: Array<{ n: number }> = await sql(
      `SELECT count(*)::int AS n FROM educator_evaluation WHERE district_id = $1 AND educator_id = $2`,
      [district.districtId, district.educators.teacherA],
    );
    expect(n).toBe(2);
    const warm = await credit(teacher);
    const fresh = await credit(hr);
    expect(cold.renewals.length).toBeGreaterThan(0);
    expect(cold.lane).not.toBeNull();
    expect(cold.renewals[0]!.explanation).not.toHaveLength(0);
    expect(warm).toEqual(fresh);
    expect(cold).toEqual(fresh);
    // The raw JSON too: nothing dropped or reshaped by the round trip through jsonb.
    expect(JSON.stringify(warm)).toBe(JSON.stringify(fresh));
    await storedAndMarked();
  });

  it('shows a record approved by a reviewer on the very next request', async () => {
    await storedAndMarked();
    const before = await credit(hr);
    const approved = await hr.request(`mutation($id: ID!) { approvePdRecord(id: $id) { id status } }`, {
      id: district.records.teacherA[3],
    });
    expect(approved.errors).toBeUndefined();
    const after = await expectFresh();
    expect(after.renewals[0]!.earned).not.toBe(before.renewals[0]!.earned);
  });

  it('shows a record added, edited or voided on the very next request', async () => {
    await storedAndMarked();
    await sql(
      `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source)
       VALUES ($1, $2, 'Added workshop', 'WORKSHOP', 4, 'CLOCK_HOUR', '${YEAR + 1}-02-02', '{}', 'APPROVED', 'DISTRICT_IMPORT')`,
      [district.districtId, district.educators.teacherA],
    );
    await expectFresh();

    await storedAndMarked();
    await sql(`UPDATE pd_record SET amount = 5 WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.records.teacherA[0],
    ]);
    await expectFresh();

    await storedAndMarked();
    const voided = await hr.request(`mutation($id: ID!, $reason: String!) { voidPdRecord(id: $id, reason: $reason) { id } }`, {
      id: district.records.teacherA[0],
      reason: 'Entered twice',
    });
    expect(voided.errors).toBeUndefined();
    await expectFresh();
  });

  it('shows a license change on the very next request', async () => {
    await storedAndMarked();
    await sql(`UPDATE license SET cycle_end = cycle_end - 365 WHERE district_id = $1 AND educator_id = $2`, [
      district.districtId,
      district.educators.teacherA,
    ]);
    await expectFresh();
  });

  it("shows the district's rule and catalog changes on the very next request", async () => {
    await storedAndMarked();
    const before = await credit(hr);
    await sql(
      `INSERT INTO district_rule_override (district_id, preset_id, kind, amount, label, basis, effective_from)
       VALUES ($1, 'pa', 'EXTRA_REQUIRED', 6, 'District hours', 'Board policy', '2000-01-01')`,
      [district.districtId],
    );
    const after = await expectFresh();
    expect(after.renewals[0]!.required).not.toBe(before.renewals[0]!.required);

    await storedAndMarked();
    await sql(`UPDATE catalog_item SET stated_hours = 20 WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.catalogItemId,
    ]);
    await expectFresh();
  });

  it('shows a salary schedule change and a change of her lane or step on the very next request', async () => {
    await storedAndMarked();
    await sql(`UPDATE salary_schedule SET name = 'Renamed schedule' WHERE district_id = $1`, [district.districtId]);
    expect((await expectFresh()).lane!.scheduleName).toBe('Renamed schedule');

    await storedAndMarked();
    await sql(`UPDATE educator SET salary_step = salary_step + 1 WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.educators.teacherA,
    ]);
    // Only the lane reads the educator's lane and step: the renewals stay served from the store.
    const mine = await credit(teacher);
    const fresh = await credit(hr);
    expect(mine.lane!.creditsEarned).not.toBe(TAMPERED);
    expect(mine.lane).toEqual(fresh.lane);
    expect(mine.lane!.currentStep).toBe(fresh.lane!.currentStep);
    expect(mine.renewals[0]!.earned).toBe(TAMPERED);
  });

  it('evaluates another as-of day, and trusts a row only on the day it was computed and under the same engine', async () => {
    await storedAndMarked();
    const otherDay = await expectFresh('2026-01-15');
    expect(otherDay.renewals[0]!.daysLeft).not.toBe((await credit(hr)).renewals[0]!.daysLeft);

    await storedAndMarked();
    await sql(`UPDATE educator_evaluation SET computed_on = $3::date - 1 WHERE district_id = $1 AND educator_id = $2`, [
      district.districtId,
      district.educators.teacherA,
      todayIsoDate(),
    ]);
    await expectFresh();

    await storedAndMarked();
    await sql(`UPDATE educator_evaluation SET engine = 'an older build' WHERE district_id = $1 AND educator_id = $2`, [
      district.districtId,
      district.educators.teacherA,
    ]);
    await expectFresh();
  });

  it("is the viewer's own only: others get a fresh evaluation", async () => {
    await storedAndMarked();
    const seenByHr = await credit(hr);
    expect(seenByHr.renewals[0]!.earned).not.toBe(TAMPERED);
  });
});
