import { randomUUID } from 'node:crypto';
import { Actor, Expectation, EVERY_STAFF_MEMBER, HR_ONLY, MatrixOperation, World } from './authorization-matrix';

const D1_HR: Record<Actor, Expectation> = { ...HR_ONLY, hrOtherDistrict: 'NOT_FOUND' };

const TEACHERS: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'allowed',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'FORBIDDEN',
  hrOtherDistrict: 'FORBIDDEN',
  assessor: 'FORBIDDEN',
};

const TEACHER_A_OWN: Record<Actor, Expectation> = { ...TEACHERS, teacherOtherSchool: 'NOT_FOUND' };

/** Same reach as educator(id); assessors never see staff. */
const LIKE_EDUCATOR: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'NOT_FOUND',
  principal: 'allowed',
  principalOtherSchool: 'NOT_FOUND',
  hr: 'allowed',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'FORBIDDEN',
};

const ASSESSOR_ONLY: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'FORBIDDEN',
  hrOtherDistrict: 'FORBIDDEN',
  assessor: 'allowed',
};

const RUBRIC = {
  criteria: [{ name: 'Plans checks', description: 'Lesson plans show planned checks.' }],
  levels: [
    { name: 'Beginning', points: 1 },
    { name: 'Proficient', points: 2 },
  ],
  passingLevelId: 'proficient',
};

const ownDistrict = (actor: Actor, w: World) => (actor === 'hrOtherDistrict' ? w.d2 : w.d1);

/** The micro-credential cycle: catalog, portfolios, assessors, credentials. */
export const microCredentialOperations: MatrixOperation[] = [
  {
    name: 'microCredentials',
    run: (c) => c.request(`{ microCredentials(limit: 100) { id } }`),
    expect: EVERY_STAFF_MEMBER,
    check: (response, actor, w) => {
      const ids = (response.data as { microCredentials: Array<{ id: string }> }).microCredentials.map((m) => m.id);
      const [own, other] = actor === 'hrOtherDistrict' ? [w.d2, w.d1] : [w.d1, w.d2];
      expect(ids).toEqual(expect.arrayContaining(own.microCredentials.ids));
      for (const id of other.microCredentials.ids) expect(ids).not.toContain(id);
    },
  },
  {
    name: 'createMicroCredential',
    run: (c) =>
      c.request(`mutation($input: MicroCredentialInput!) { createMicroCredential(input: $input) { id } }`, {
        input: {
          name: 'Matrix micro-credential',
          competency: 'Assessment',
          submissionGuidance: 'Lesson plans.',
          researchBasis: 'A study.',
          rubric: RUBRIC,
          creditAmount: '5',
          creditUnit: 'CLOCK_HOUR',
        },
      }),
    expect: HR_ONLY,
  },
  {
    name: 'importMicroCredential',
    run: (c) =>
      c.request(`mutation($input: MicroCredentialImportInput!) { importMicroCredential(input: $input) { id } }`, {
        input: {
          achievementJson: JSON.stringify({
            type: ['Achievement'],
            name: 'Imported',
            criteria: { narrative: 'Do it.' },
            tag: ['Questioning'],
          }),
          researchBasis: 'A study.',
          rubric: RUBRIC,
          creditAmount: '5',
          creditUnit: 'CLOCK_HOUR',
        },
      }),
    expect: HR_ONLY,
  },
  {
    name: 'microCredentialSettings',
    run: (c) => c.request(`{ microCredentialSettings { blindReview resubmissionLimit } }`),
    expect: HR_ONLY,
  },
  {
    name: 'updateMicroCredentialSettings',
    run: (c) => c.request(`mutation { updateMicroCredentialSettings(blindReview: true, resubmissionLimit: 2) { blindReview } }`),
    expect: HR_ONLY,
  },
  {
    name: 'assessors',
    run: (c) => c.request(`{ assessors { id } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const ids = (response.data as { assessors: Array<{ id: string }> }).assessors.map((a) => a.id);
      expect(ids).toContain(ownDistrict(actor, w).accounts.assessor.id);
      expect(ids).not.toContain((actor === 'hrOtherDistrict' ? w.d1 : w.d2).accounts.assessor.id);
    },
  },
  {
    name: 'createAssessor',
    run: (c) =>
      c.request(`mutation($e: String!) { createAssessor(email: $e, displayName: "Matrix Assessor") { id } }`, {
        e: `matrix-${randomUUID().slice(0, 8)}@assessors.example.org`,
      }),
    expect: HR_ONLY,
  },
  {
    name: 'startMicroCredential',
    run: (c, w) =>
      c.request(`mutation($id: ID!) { startMicroCredential(microCredentialId: $id, growthGoal: "Grow") { id status } }`, {
        id: w.d1.microCredentials.ids[2],
      }),
    expect: TEACHERS,
  },
  {
    name: 'savePortfolioEntry',
    run: (c, w) =>
      c.request(
        `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { criterionId } }`,
        {
          s: w.d1.microCredentials.inProgressId,
          e: { criterionId: 'plans', reflection: 'Matrix reflection' },
        },
      ),
    expect: TEACHER_A_OWN,
  },
  {
    name: 'submitMicroCredential',
    run: (c, w) =>
      c.request(`mutation($s: ID!) { submitMicroCredential(submissionId: $s) { status } }`, {
        s: w.d1.microCredentials.inProgressId,
      }),
    expect: TEACHER_A_OWN,
  },
  {
    name: 'microCredentialSubmissions',
    run: (c, w) =>
      c.request(`query($e: ID!) { microCredentialSubmissions(educatorId: $e) { id educatorId growthGoal } }`, {
        e: w.d1.educators.teacherA,
      }),
    expect: LIKE_EDUCATOR,
    check: (response, _actor, w) => {
      const rows = (response.data as { microCredentialSubmissions: Array<{ id: string; educatorId: string }> })
        .microCredentialSubmissions;
      expect(rows.map((r) => r.id)).toContain(w.d1.microCredentials.submittedId);
      for (const row of rows) expect(row.educatorId).toBe(w.d1.educators.teacherA);
    },
  },
  {
    name: 'microCredentialReview',
    run: (c) => c.request(`{ microCredentialReview { submission { id } educatorName } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const ids = (response.data as { microCredentialReview: Array<{ submission: { id: string } }> }).microCredentialReview.map(
        (r) => r.submission.id,
      );
      expect(ids).toContain(ownDistrict(actor, w).microCredentials.submittedId);
      expect(ids).not.toContain((actor === 'hrOtherDistrict' ? w.d1 : w.d2).microCredentials.submittedId);
    },
  },
  {
    name: 'assignAssessor',
    run: (c, w) =>
      c.request(`mutation($s: ID!, $a: ID!) { assignAssessor(submissionId: $s, assessorAccountId: $a) { needsThirdAssessor } }`, {
        s: w.d1.microCredentials.submittedId,
        a: w.d1.microCredentials.assessor2Id,
      }),
    expect: D1_HR,
  },
  {
    name: 'assessorWorkload',
    run: (c) => c.request(`{ assessorWorkload { accountId open } }`),
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const ids = (response.data as { assessorWorkload: Array<{ accountId: string }> }).assessorWorkload.map((r) => r.accountId);
      expect(ids).toContain(ownDistrict(actor, w).accounts.assessor.id);
      expect(ids).not.toContain((actor === 'hrOtherDistrict' ? w.d1 : w.d2).accounts.assessor.id);
    },
  },
  {
    name: 'myAssessments',
    run: (c) => c.request(`{ myAssessments { id submissionId teacherName schoolName } }`),
    expect: ASSESSOR_ONLY,
    check: (response, _actor, w) => {
      const rows = (response.data as { myAssessments: Array<{ id: string; teacherName: string | null }> }).myAssessments;
      // Only the portfolio assigned to this assessor, blind by default.
      expect(rows.map((r) => r.id)).toEqual([w.d1.microCredentials.assessmentId]);
      expect(rows[0]!.teacherName).toBeNull();
    },
  },
  {
    name: 'scoreAssessment',
    run: (c, w) =>
      c.request(`mutation($id: ID!, $s: [CriterionScoreInput!]!) { scoreAssessment(assessmentId: $id, scores: $s) { passed } }`, {
        id: w.d1.microCredentials.assessmentId,
        s: [
          { criterionId: 'plans', levelId: 'proficient', feedback: 'Clear.' },
          { criterionId: 'acts', levelId: 'developing', feedback: 'Shown once.' },
        ],
      }),
    expect: ASSESSOR_ONLY,
  },
  {
    name: 'revokeCredential',
    run: (c, w) =>
      c.request(`mutation($id: ID!) { revokeCredential(credentialId: $id, reason: "Matrix revocation") }`, {
        id: w.d1.microCredentials.credentialId,
      }),
    expect: D1_HR,
  },
  {
    name: 'rotateDistrictSigningKey',
    run: (c) => c.request(`mutation { rotateDistrictSigningKey }`),
    expect: HR_ONLY,
  },
];
