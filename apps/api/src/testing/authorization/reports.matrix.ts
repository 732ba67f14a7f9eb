import { Actor, EVERYONE_SIGNED_IN, HR_ONLY, MatrixOperation } from './authorization-matrix';

const AS_OF = '2026-06-30';

/** The report operations: the relicensure report and summary, the lane-change report. */
export const reportOperations: MatrixOperation[] = [
  {
    name: 'reportExportToken',
    run: (c) => c.request(`{ reportExportToken }`),
    expect: EVERYONE_SIGNED_IN,
  },
  {
    name: 'relicensureReport(schoolId)',
    run: (c, w) =>
      c.request(
        `query($f: RelicensureReportFilter) { relicensureReport(filter: $f) { totalCount rows { educatorId licenseId status earned } } }`,
        {
          f: { schoolId: w.d1.schoolA, asOf: AS_OF },
        },
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
      const rows = (response.data as { relicensureReport: { rows: Array<{ educatorId: string }> } }).relicensureReport.rows;
      // Teacher A is the only one of school A with a license in the factory's district.
      expect(rows.map((r) => r.educatorId)).toEqual([w.d1.educators.teacherA]);
    },
  },
  {
    name: 'relicensureReport (no school filter)',
    run: (c) =>
      c.request(`query($f: RelicensureReportFilter) { relicensureReport(filter: $f) { totalCount rows { educatorId } } }`, {
        f: { asOf: AS_OF },
      }),
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
      const ids = (response.data as { relicensureReport: { rows: Array<{ educatorId: string }> } }).relicensureReport.rows.map(
        (r) => r.educatorId,
      );
      const expected: Partial<Record<Actor, string[]>> = {
        principal: [w.d1.educators.teacherA],
        principalOtherSchool: [],
        hr: [w.d1.educators.teacherA],
        hrOtherDistrict: [w.d2.educators.teacherA],
      };
      expect(ids).toEqual(expected[actor]);
    },
  },
  {
    name: 'relicensureSummary',
    run: (c) => c.request(`{ relicensureSummary { bySchool { schoolId counts { total } } totals { total } } }`),
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
      const schools = (
        response.data as { relicensureSummary: { bySchool: Array<{ schoolId: string }> } }
      ).relicensureSummary.bySchool.map((s) => s.schoolId);
      // Other rows of the matrix may add schools to a district; never the other district's.
      if (actor === 'principal') expect(schools).toEqual([w.d1.schoolA]);
      if (actor === 'principalOtherSchool') expect(schools).toEqual([w.d1.schoolB]);
      const [own, other] = actor === 'hrOtherDistrict' ? [w.d2, w.d1] : [w.d1, w.d2];
      expect(schools).toEqual(expect.arrayContaining(actor.startsWith('hr') ? [own.schoolA, own.schoolB] : []));
      expect(schools).not.toContain(other.schoolA);
      expect(schools).not.toContain(other.schoolB);
    },
  },
  {
    name: 'laneChangeReport',
    run: (c) => c.request(`{ laneChangeReport { asOf scheduleName rows { educatorId } totals { totalCostCents } } }`),
    expect: HR_ONLY,
    // The factory's districts have no salary schedule: nobody qualifies, nothing costs.
    check: (response) =>
      expect(
        (response.data as { laneChangeReport: { rows: unknown[]; totals: { totalCostCents: string } } }).laneChangeReport,
      ).toMatchObject({ rows: [], totals: { totalCostCents: '0' } }),
  },
];
