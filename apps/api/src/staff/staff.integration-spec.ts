import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

describe('staff lists after a roster deactivates someone', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let principal: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear });
    principal = new GraphQLClient(testApp.baseUrl);
    await principal.signIn(district.accounts.principalA.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  async function schoolAFigures(): Promise<{ staffIds: string[]; staffCount: number }> {
    const response = await principal.request(
      `query($schoolId: ID) { staff(schoolId: $schoolId, schoolYear: ${schoolYear}) { totalCount rows { educator { id active } } }
        schools { id staffCount } }`,
      { schoolId: district.schoolA },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as {
      staff: { totalCount: number; rows: Array<{ educator: { id: string; active: boolean } }> };
      schools: Array<{ id: string; staffCount: number }>;
    };
    expect(data.staff.totalCount).toBe(data.staff.rows.length);
    expect(data.staff.rows.every((row) => row.educator.active)).toBe(true);
    return {
      staffIds: data.staff.rows.map((row) => row.educator.id).sort(),
      staffCount: data.schools.find((school) => school.id === district.schoolA)?.staffCount ?? -1,
    };
  }

  it('shows current staff only, while the deactivated person stays reachable with their history', async () => {
    const before = await schoolAFigures();
    expect(before.staffIds).toEqual([district.educators.teacherA, district.educators.colleagueA].sort());
    expect(before.staffCount).toBe(2);

    await testApp.dataSource.query(
      `UPDATE educator SET active = false, deactivated_at = now() WHERE district_id = $1 AND id = $2`,
      [district.districtId, district.educators.colleagueA],
    );

    const after = await schoolAFigures();
    expect(after.staffIds).toEqual([district.educators.teacherA]);
    expect(after.staffCount).toBe(1);

    const person = await principal.request(`query($id: ID!) { educator(id: $id) { id active } }`, {
      id: district.educators.colleagueA,
    });
    expect(person.data).toEqual({ educator: { id: district.educators.colleagueA, active: false } });
  });
});
