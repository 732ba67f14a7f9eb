import { schoolYearOf, todayIsoDate } from '../../common/school-year';
import { EVERYONE_SIGNED_IN, MatrixOperation, Actor, EVERY_STAFF_MEMBER } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

/** The platform's operations: sign-in, people, schools, staff and PD records. */
export const platformOperations: MatrixOperation[] = [
  {
    name: 'me',
    run: (c) => c.request(`{ me { accountId role district { id } schools { id } educator { id } } }`),
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
    check: (response, actor) => {
      const me = (response.data as { me: { district: { id: string } } | null }).me;
      if (actor === 'anonymous') expect(me).toBeNull();
      else expect(me).not.toBeNull();
    },
  },
  {
    name: 'educator(id)',
    run: (c, w) =>
      c.request(
        `query($id: ID!) { educator(id: $id) { id fullName pdRecords { id } pdTotals(schoolYear: ${schoolYear}) { recordCount } licenses { id } schools { id } } }`,
        {
          id: w.d1.educators.teacherA,
        },
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'allowed',
      teacherOtherSchool: 'NOT_FOUND',
      principal: 'allowed',
      principalOtherSchool: 'NOT_FOUND',
      hr: 'allowed',
      hrOtherDistrict: 'NOT_FOUND',
      assessor: 'FORBIDDEN',
    },
    check: (response, _actor, w) => {
      const educator = (response.data as { educator: { id: string; pdRecords: unknown[]; pdTotals: { recordCount: number } } })
        .educator;
      expect(educator.id).toBe(w.d1.educators.teacherA);
      expect(educator.pdRecords).toHaveLength(4);
      expect(educator.pdTotals.recordCount).toBe(3);
    },
  },
  {
    name: 'myPdRecords',
    run: (c) => c.request(`{ myPdRecords { id educator { id } } }`),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'allowed',
      teacherOtherSchool: 'allowed',
      principal: 'FORBIDDEN',
      principalOtherSchool: 'FORBIDDEN',
      hr: 'FORBIDDEN',
      hrOtherDistrict: 'FORBIDDEN',
      assessor: 'FORBIDDEN',
    },
    check: (response, actor, w) => {
      const ids = (response.data as { myPdRecords: Array<{ id: string }> }).myPdRecords.map((r) => r.id).sort();
      const own = actor === 'teacher' ? w.d1.records.teacherA : w.d1.records.teacherB;
      expect(ids).toEqual([...own].sort());
    },
  },
  {
    name: 'schools',
    run: (c) => c.request(`{ schools { id staffCount pdSummary(schoolYear: ${schoolYear}) { recordCount } } }`),
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
      const ids = (response.data as { schools: Array<{ id: string }> }).schools.map((s) => s.id).sort();
      const expected: Partial<Record<Actor, string[]>> = {
        principal: [w.d1.schoolA],
        principalOtherSchool: [w.d1.schoolB],
        hr: [w.d1.schoolA, w.d1.schoolB].sort(),
        hrOtherDistrict: [w.d2.schoolA, w.d2.schoolB].sort(),
      };
      expect(ids).toEqual(expected[actor]);
    },
  },
  {
    name: 'staff(schoolId)',
    run: (c, w) =>
      c.request(
        `query($schoolId: ID) { staff(schoolId: $schoolId, schoolYear: ${schoolYear}) { totalCount rows { educator { id pdRecords { id } } } } }`,
        {
          schoolId: w.d1.schoolA,
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
      const page = (response.data as { staff: { totalCount: number; rows: Array<{ educator: { id: string } }> } }).staff;
      expect(page.totalCount).toBe(2);
      expect(page.rows.map((r) => r.educator.id).sort()).toEqual([w.d1.educators.teacherA, w.d1.educators.colleagueA].sort());
    },
  },
  {
    name: 'staff (no school filter)',
    run: (c) => c.request(`{ staff { totalCount rows { educator { id } } } }`),
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
      const ids = (response.data as { staff: { rows: Array<{ educator: { id: string } }> } }).staff.rows
        .map((r) => r.educator.id)
        .sort();
      const { teacherA, teacherB, colleagueA } = w.d1.educators;
      const expected: Partial<Record<Actor, string[]>> = {
        principal: [teacherA, colleagueA].sort(),
        principalOtherSchool: [teacherB],
        hr: [teacherA, teacherB, colleagueA].sort(),
        hrOtherDistrict: Object.values(w.d2.educators).sort(),
      };
      expect(ids).toEqual(expected[actor]);
    },
  },
  {
    name: 'pdHoursByMonth(schoolId)',
    run: (c, w) =>
      c.request(
        `query($schoolId: ID) { pdHoursByMonth(schoolId: $schoolId, schoolYear: ${schoolYear}) { month hourEquivalents } }`,
        {
          schoolId: w.d1.schoolA,
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
    check: (response) => {
      const months = (response.data as { pdHoursByMonth: Array<{ hourEquivalents: string }> }).pdHoursByMonth;
      expect(months).toHaveLength(12);
      // 3 clock hours + 1 semester credit (15) + a micro-credential stated at 15 hours.
      expect(months.reduce((sum, m) => sum + Number(m.hourEquivalents), 0)).toBe(33);
    },
  },
  {
    name: 'catalogItems',
    run: (c) => c.request(`{ catalogItems(limit: 50) { id name issuer { id } } }`),
    expect: EVERY_STAFF_MEMBER,
    check: (response, actor, w) => {
      const ids = (response.data as { catalogItems: Array<{ id: string }> }).catalogItems.map((item) => item.id);
      // Each district sees its own catalog only.
      if (actor === 'hrOtherDistrict') {
        expect(ids).toContain(w.d2.catalogItemId);
        expect(ids).not.toContain(w.d1.catalogItemId);
      } else {
        expect(ids).toContain(w.d1.catalogItemId);
        expect(ids).not.toContain(w.d2.catalogItemId);
      }
    },
  },
  {
    name: 'signIn',
    run: (c, w) => c.signIn(w.d1.accounts.teacherA.email, TEST_PASSWORD),
    freshSession: true,
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
  },
  {
    name: 'submitPdRecord',
    run: (c) =>
      c.request(`mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id status educator { id } } }`, {
        input: { title: 'Matrix workshop', activityType: 'WORKSHOP', amount: '1', unit: 'CLOCK_HOUR', completedOn: '2024-01-10' },
      }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      teacher: 'allowed',
      teacherOtherSchool: 'allowed',
      principal: 'FORBIDDEN',
      principalOtherSchool: 'FORBIDDEN',
      hr: 'FORBIDDEN',
      hrOtherDistrict: 'FORBIDDEN',
      assessor: 'FORBIDDEN',
    },
    check: (response, actor, w) => {
      const record = (response.data as { submitPdRecord: { status: string; educator: { id: string } } }).submitPdRecord;
      expect(record.status).toBe('SUBMITTED');
      expect(record.educator.id).toBe(actor === 'teacher' ? w.d1.educators.teacherA : w.d1.educators.teacherB);
    },
  },
  {
    name: 'signOut',
    run: (c) => c.request(`mutation { signOut }`),
    freshSession: true,
    expect: EVERYONE_SIGNED_IN,
  },
];
