import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { ARGON2_OPTIONS } from '../auth/password.service';
import { Dataset, emptyDataset, insertDataset } from '../seed/dataset';

export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;

export interface DistrictFixture {
  districtId: string;
  schoolA: string;
  schoolB: string;
  catalogItemId: string;
  educators: { teacherA: string; teacherB: string; colleagueA: string };
  accounts: Record<'hr' | 'principalA' | 'principalB' | 'teacherA' | 'teacherB', { id: string; email: string }>;
  records: { teacherA: string[]; teacherB: string[] };
}

/**
 * Creates a small district with unique names and emails: two schools, a principal and a teacher
 * in each, an HR admin, a colleague, a catalog item, and PD records in the given school year.
 * Every test makes its own, so tests never depend on one another or on the demo seed.
 */
export async function createDistrict(dataSource: DataSource, options: { schoolYear: number }): Promise<DistrictFixture> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, ARGON2_OPTIONS);
  const hash = await passwordHash;
  const tag = randomUUID().slice(0, 8);
  const id = () => randomUUID();
  const data: Dataset = emptyDataset();
  const districtId = id();
  const [schoolA, schoolB] = [id(), id()];
  const [teacherA, teacherB, colleagueA] = [id(), id(), id()];
  const issuerId = id();
  const catalogItemId = id();
  const y = options.schoolYear;

  data.districts.push([districtId, `Test District ${tag}`, 'PA']);
  data.schools.push([schoolA, districtId, `School A ${tag}`], [schoolB, districtId, `School B ${tag}`]);
  data.educators.push(
    [teacherA, districtId, 'Ada', `Alpha${tag}`, `ada.${tag}@test.example.org`, '1000001', '2015-08-20', 'MA', 'MA+15', 9],
    [teacherB, districtId, 'Ben', `Beta${tag}`, `ben.${tag}@test.example.org`, '1000002', '2018-08-20', 'BA', 'BA', 6],
    [colleagueA, districtId, 'Cy', `Gamma${tag}`, `cy.${tag}@test.example.org`, null, null, null, null, null],
  );
  data.educatorSchools.push([districtId, teacherA, schoolA], [districtId, teacherB, schoolB], [districtId, colleagueA, schoolA]);
  data.licenses.push([
    id(),
    districtId,
    teacherA,
    'PA',
    'Instructional II',
    '123456',
    '2015-06-01',
    `${y - 1}-07-01`,
    `${y + 4}-06-30`,
  ]);
  data.issuers.push([issuerId, districtId, `Issuer ${tag}`, 'https://issuer.example.org']);
  data.catalogItems.push([
    catalogItemId,
    districtId,
    issuerId,
    'Checking for Understanding',
    'MICRO_CREDENTIAL',
    'Assessment',
    'Stack',
    '15',
  ]);

  const accounts = {
    hr: { id: id(), email: `hr.${tag}@test.example.org` },
    principalA: { id: id(), email: `principal-a.${tag}@test.example.org` },
    principalB: { id: id(), email: `principal-b.${tag}@test.example.org` },
    teacherA: { id: id(), email: `teacher-a.${tag}@test.example.org` },
    teacherB: { id: id(), email: `teacher-b.${tag}@test.example.org` },
  };
  data.accounts.push(
    [accounts.hr.id, districtId, accounts.hr.email, hash, 'HR_ADMIN', 'HR Admin', null, false],
    [accounts.principalA.id, districtId, accounts.principalA.email, hash, 'PRINCIPAL', 'Principal A', null, false],
    [accounts.principalB.id, districtId, accounts.principalB.email, hash, 'PRINCIPAL', 'Principal B', null, false],
    [accounts.teacherA.id, districtId, accounts.teacherA.email, hash, 'TEACHER', 'Ada Alpha', teacherA, false],
    [accounts.teacherB.id, districtId, accounts.teacherB.email, hash, 'TEACHER', 'Ben Beta', teacherB, false],
  );
  data.accountSchools.push([districtId, accounts.principalA.id, schoolA], [districtId, accounts.principalB.id, schoolB]);

  const records = { teacherA: [id(), id(), id(), id()], teacherB: [id()] };
  data.pdRecords.push(
    // Teacher A, school year y: 3 clock hours in September, 1 semester credit (15) in January,
    // a micro-credential (stated 15 hours) in March, and a pending submission that does not count.
    [
      records.teacherA[0],
      districtId,
      teacherA,
      null,
      'Number Talks',
      'WORKSHOP',
      '3',
      'CLOCK_HOUR',
      `${y}-09-10`,
      ['Math'],
      null,
      'APPROVED',
      null,
      'DISTRICT_IMPORT',
    ],
    [
      records.teacherA[1],
      districtId,
      teacherA,
      null,
      'Graduate course',
      'COURSE',
      '1',
      'SEMESTER_CREDIT',
      `${y + 1}-01-20`,
      [],
      null,
      'APPROVED',
      null,
      'DISTRICT_IMPORT',
    ],
    [
      records.teacherA[2],
      districtId,
      teacherA,
      catalogItemId,
      'Checking for Understanding',
      'MICRO_CREDENTIAL',
      '1',
      'MICRO_CREDENTIAL',
      `${y + 1}-03-05`,
      ['Assessment'],
      'https://badges.example.org/a/1',
      'VERIFIED',
      null,
      'OPEN_BADGES',
    ],
    [
      records.teacherA[3],
      districtId,
      teacherA,
      null,
      'Pending workshop',
      'WORKSHOP',
      '2',
      'CLOCK_HOUR',
      `${y + 1}-03-06`,
      [],
      null,
      'SUBMITTED',
      null,
      'SELF_REPORTED',
    ],
    [
      records.teacherB[0],
      districtId,
      teacherB,
      null,
      'CEU course',
      'WORKSHOP',
      '0.5',
      'CEU',
      `${y}-10-01`,
      [],
      null,
      'APPROVED',
      null,
      'DISTRICT_IMPORT',
    ],
  );
  await dataSource.transaction((manager) => insertDataset(manager, data));
  return { districtId, schoolA, schoolB, catalogItemId, educators: { teacherA, teacherB, colleagueA }, accounts, records };
}
