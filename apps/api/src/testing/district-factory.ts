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
  accounts: Record<'hr' | 'principalA' | 'principalB' | 'teacherA' | 'teacherB' | 'assessor', { id: string; email: string }>;
  records: { teacherA: string[]; teacherB: string[] };
  /**
   * The micro-credential cycle: three micro-credentials (rubric: two criteria, passing at
   * "developing"); teacher A's submitted portfolio on the first, assigned to `assessor` (the
   * second assessor is free); her portfolio in progress on the second (every criterion filled);
   * the third untouched; and teacher B's passed submission with an issued-credential row (not
   * signed: for authorization tests of revocation only).
   */
  microCredentials: {
    ids: [string, string, string];
    submittedId: string;
    inProgressId: string;
    passedId: string;
    assessmentId: string;
    assessor2Id: string;
    credentialId: string;
  };
}

export const FIXTURE_RUBRIC = {
  criteria: [
    { id: 'plans', name: 'Plans checks', description: 'Lesson plans show planned checks.' },
    { id: 'acts', name: 'Acts on evidence', description: 'Instruction changes with what the checks show.' },
  ],
  levels: [
    { id: 'beginning', name: 'Beginning', points: 1 },
    { id: 'developing', name: 'Developing', points: 2 },
    { id: 'proficient', name: 'Proficient', points: 3 },
  ],
  passing: { minimumLevelId: 'developing', minimumTotalPoints: null },
};

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
    assessor: { id: id(), email: `assessor.${tag}@test.example.org` },
  };
  data.accounts.push(
    [accounts.hr.id, districtId, accounts.hr.email, hash, 'HR_ADMIN', 'HR Admin', null, false],
    [accounts.principalA.id, districtId, accounts.principalA.email, hash, 'PRINCIPAL', 'Principal A', null, false],
    [accounts.principalB.id, districtId, accounts.principalB.email, hash, 'PRINCIPAL', 'Principal B', null, false],
    [accounts.teacherA.id, districtId, accounts.teacherA.email, hash, 'TEACHER', 'Ada Alpha', teacherA, false],
    [accounts.teacherB.id, districtId, accounts.teacherB.email, hash, 'TEACHER', 'Ben Beta', teacherB, false],
    [accounts.assessor.id, districtId, accounts.assessor.email, hash, 'ASSESSOR', 'Assessor', null, false],
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
  const assessor2Id = id();
  const mc = {
    ids: [id(), id(), id()] as [string, string, string],
    submittedId: id(),
    inProgressId: id(),
    passedId: id(),
    assessmentId: id(),
    assessor2Id,
    credentialId: id(),
  };
  await dataSource.transaction(async (manager) => {
    await insertDataset(manager, data);
    // The graduate course says so: semester credit counts toward a lane only at a recorded level.
    await manager.query(`UPDATE pd_record SET level = 'GRADUATE' WHERE district_id = $1 AND id = $2`, [
      districtId,
      records.teacherA[1],
    ]);
    await manager.query(
      `INSERT INTO user_account (id, district_id, email, password_hash, role, display_name) VALUES ($1, $2, $3, $4, 'ASSESSOR', 'Assessor Two')`,
      [assessor2Id, districtId, `assessor-2.${tag}@test.example.org`, hash],
    );
    for (const [index, mcId] of mc.ids.entries()) {
      const itemId = index === 0 ? catalogItemId : id();
      if (index > 0) {
        await manager.query(
          `INSERT INTO catalog_item (id, district_id, issuer_id, name, kind, competency_area) VALUES ($1, $2, $3, $4, 'MICRO_CREDENTIAL', 'Assessment')`,
          [itemId, districtId, issuerId, `Micro-credential ${index + 1} ${tag}`],
        );
      }
      await manager.query(
        `INSERT INTO micro_credential (id, district_id, catalog_item_id, competency, submission_guidance, research_basis, rubric, credit_amount, credit_unit)
         VALUES ($1, $2, $3, 'Assessment', 'Two lesson plans and student work.', 'Black & Wiliam (1998).', $4, '15', 'CLOCK_HOUR')`,
        [mcId, districtId, itemId, JSON.stringify(FIXTURE_RUBRIC)],
      );
    }
    await manager.query(
      `INSERT INTO mc_submission (id, district_id, educator_id, micro_credential_id, growth_goal, status, submitted_at) VALUES
         ($1, $4, $5, $7, 'Daily exit tickets', 'SUBMITTED', now()),
         ($2, $4, $5, $8, NULL, 'IN_PROGRESS', NULL),
         ($3, $4, $6, $7, NULL, 'PASSED', now())`,
      [mc.submittedId, mc.inProgressId, mc.passedId, districtId, teacherA, teacherB, mc.ids[0], mc.ids[1]],
    );
    for (const submission of [mc.submittedId, mc.inProgressId]) {
      for (const criterion of ['plans', 'acts']) {
        await manager.query(
          `INSERT INTO mc_portfolio_entry (district_id, submission_id, criterion_id, reflection) VALUES ($1, $2, $3, 'My evidence')`,
          [districtId, submission, criterion],
        );
      }
    }
    await manager.query(
      `INSERT INTO mc_assessment (id, district_id, submission_id, attempt, assessor_account_id) VALUES ($1, $2, $3, 1, $4)`,
      [mc.assessmentId, districtId, mc.submittedId, accounts.assessor.id],
    );
    await manager.query(
      `INSERT INTO issued_credential (id, district_id, submission_id, educator_id, credential, status_index) VALUES ($1, $2, $3, $4, $5, 0)`,
      [mc.credentialId, districtId, mc.passedId, teacherB, JSON.stringify({ id: `urn:uuid:${mc.credentialId}` })],
    );
  });
  return {
    districtId,
    schoolA,
    schoolB,
    catalogItemId,
    educators: { teacherA, teacherB, colleagueA },
    accounts,
    records,
    microCredentials: mc,
  };
}
