import { Actor, HR_ONLY, MatrixOperation, World } from './authorization-matrix';

/** District 1 staff each caller may see in a school-wide figure. */
function visibleStaff(actor: Actor, w: World): string[] {
  const { teacherA, teacherB, colleagueA } = w.d1.educators;
  const byActor: Partial<Record<Actor, string[]>> = {
    principal: [teacherA, colleagueA],
    principalOtherSchool: [teacherB],
    hr: [teacherA, teacherB, colleagueA],
    hrOtherDistrict: Object.values(w.d2.educators),
  };
  return (byActor[actor] ?? []).sort();
}

/** The principal's and HR's homes. */
export const dashboardOperations: MatrixOperation[] = [
  {
    name: 'schoolDashboard(schoolId)',
    run: (c, w) =>
      c.request(
        `query($schoolId: ID!) { schoolDashboard(schoolId: $schoolId) { school { id } renewalStatus { total noLicense }
           needsAttention { educator { id } reasons } attention(limit: 100) { total rows { educator { id } } }
           competencyAreas { area } pdByMonth { month } } }`,
        { schoolId: w.d1.schoolA },
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'FORBIDDEN',
      teacherOtherSchool: 'FORBIDDEN',
      principal: 'allowed',
      principalOtherSchool: 'NOT_FOUND',
      hr: 'allowed',
      hrOtherDistrict: 'NOT_FOUND',
      assessor: 'FORBIDDEN',
    },
    check: (response, _actor, w) => {
      const home = (
        response.data as {
          schoolDashboard: {
            school: { id: string };
            renewalStatus: { total: number; noLicense: number };
            needsAttention: Array<{ educator: { id: string } }>;
            attention: { total: number; rows: Array<{ educator: { id: string } }> };
          };
        }
      ).schoolDashboard;
      expect(home.school.id).toBe(w.d1.schoolA);
      // School A: teacher A (a PA license) and the colleague (no license).
      expect(home.renewalStatus).toEqual({ total: 2, noLicense: 1 });
      const schoolA = [w.d1.educators.teacherA, w.d1.educators.colleagueA];
      for (const row of home.needsAttention) expect(schoolA).toContain(row.educator.id);
      // The paged list is the same people (here all on one page).
      expect(home.attention.total).toBe(home.needsAttention.length);
      for (const row of home.attention.rows) expect(schoolA).toContain(row.educator.id);
    },
  },
  {
    name: 'districtDashboard',
    run: (c) =>
      c.request(`{ districtDashboard { renewalStatus { total } schools { school { id } renewalStatus { total } }
        expiring { within365 licenses { educator { id } } } hoursByCategory { key } hoursByActivityType { key } trend { month }
        actionQueue { submissionsWaiting preApprovalsPending importRunsWithProblems } } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const home = (
        response.data as {
          districtDashboard: {
            renewalStatus: { total: number };
            schools: Array<{ school: { id: string }; renewalStatus: { total: number } }>;
            trend: unknown[];
          };
        }
      ).districtDashboard;
      const own = actor === 'hr' ? w.d1 : w.d2;
      const other = actor === 'hr' ? w.d2 : w.d1;
      // The fixture's people and schools, plus any an earlier matrix row (a roster import) added;
      // never the other district's.
      expect(home.renewalStatus.total).toBeGreaterThanOrEqual(3);
      const ids = home.schools.map((s) => s.school.id);
      expect(ids).toEqual(expect.arrayContaining([own.schoolA, own.schoolB]));
      expect(ids).not.toContain(other.schoolA);
      expect(ids).not.toContain(other.schoolB);
      expect(home.trend).toHaveLength(12);
    },
  },
  {
    name: 'staff (renewal status filter)',
    run: (c) => c.request(`{ staff(renewalStatus: ON_TRACK) { totalCount rows { educator { id } renewal { status } } } }`),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'FORBIDDEN',
      teacherOtherSchool: 'FORBIDDEN',
      principal: 'allowed',
      principalOtherSchool: 'allowed',
      hr: 'allowed',
      hrOtherDistrict: 'allowed',
      assessor: 'FORBIDDEN',
    },
    check: (response, actor, w) => {
      const page = (response.data as { staff: { rows: Array<{ educator: { id: string }; renewal: { status: string } | null }> } })
        .staff;
      const visible = visibleStaff(actor, w);
      for (const row of page.rows) {
        expect(visible).toContain(row.educator.id);
        expect(row.renewal?.status).toBe('ON_TRACK');
      }
    },
  },
];
