import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download, upload } from '../testing/upload-client';
import { statusBit } from '../badges/verification/pd-ledger-issuer';
import { readPngBadge } from '../badges/verification/png-reader';
import { bakeCredentialPng } from './baked-badge';
import { STATE_CREDIT_CONTEXT } from './record-clr.service';

const RUBRIC = {
  criteria: [
    { name: 'Plans checks for understanding', description: 'Lesson plans show planned checks.' },
    { name: 'Acts on the evidence', description: 'Instruction changes with what the checks show.' },
  ],
  levels: [
    { name: 'Beginning', points: 1 },
    { name: 'Developing', points: 2 },
    { name: 'Proficient', points: 3 },
  ],
  passingLevelId: 'developing',
};
const CRITERIA = ['plans-checks-for-understanding', 'acts-on-the-evidence'];
const SUBMISSION_FIELDS = `id status attempt resubmissionsLeft growthGoal pdRecordId credentialId
  portfolio { criterionId reflection links evidenceFileIds } feedback { attempt passed scores { criterionId levelId feedback } }
  microCredential { id name competency }`;

const scores = (level: string, feedback = 'Clear evidence from two lessons.') =>
  CRITERIA.map((criterionId) => ({ criterionId, levelId: level, feedback }));

/**
 * An independent verifier: @digitalbazaar/vc with the eddsa-rdfc-2022 cryptosuite, the published
 * contexts bundled in the repository, and the district's DID document fetched from the app over
 * HTTP. None of PD Ledger's own verification code is used.
 */
async function independentVerify(baseUrl: string, credential: Record<string, unknown>): Promise<{ verified: boolean }> {
  const [vc, { DataIntegrityProof }, { cryptosuite }, credentialsContext, multikeyContext] = await Promise.all([
    import('@digitalbazaar/vc'),
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    import('@digitalbazaar/credentials-context'),
    import('@digitalbazaar/multikey-context'),
  ]);
  const contextsDir = path.resolve(__dirname, '../badges/verification/contexts');
  const contexts = new Map<string, unknown>([
    ...(credentialsContext.contexts as Map<string, unknown>),
    ...(multikeyContext.contexts as Map<string, unknown>),
    [
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      JSON.parse(readFileSync(path.join(contextsDir, 'ob-v3p0-context-3.0.3.json'), 'utf8')),
    ],
    [
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      JSON.parse(readFileSync(path.join(contextsDir, 'clr-v2p0-context-2.0.1.json'), 'utf8')),
    ],
  ]);
  const documentLoader = async (url: string) => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:web:')) {
      const [did, fragment] = url.split('#');
      // did:web:host%3Aport:api:districts:<id> -> /api/districts/<id>/did.json on the app under test.
      const pathParts = did!.split(':').slice(3);
      const response = await fetch(`${baseUrl}/${pathParts.join('/')}/did.json`);
      const document = (await response.json()) as { verificationMethod: Array<{ id: string }> };
      if (!fragment) return { contextUrl: null, documentUrl: url, document };
      const method = document.verificationMethod.find((vm) => vm.id === url);
      if (!method) throw new Error(`${url} is not in the DID document`);
      return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
    }
    throw new Error(`The independent verifier does not load ${url}`);
  };
  const suite = new DataIntegrityProof({ cryptosuite });
  return vc.verifyCredential({ credential, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
}

describe('micro-credential cycle', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let other: DistrictFixture;
  const clients: Record<string, GraphQLClient> = {};
  let assessorIds: string[] = [];

  async function signedIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  async function ok<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  }

  async function earned(): Promise<string> {
    const data = await ok<{ educator: { renewals: Array<{ earned: string }> } }>(
      clients['teacher']!,
      `query($id: ID!) { educator(id: $id) { renewals { earned } } }`,
      { id: d.educators.teacherA },
    );
    return data.educator.renewals[0]!.earned;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    const schoolYear = schoolYearOf(todayIsoDate()) - 1;
    d = await createDistrict(testApp.dataSource, { schoolYear });
    other = await createDistrict(testApp.dataSource, { schoolYear });
    clients['hr'] = await signedIn(d.accounts.hr.email);
    clients['teacher'] = await signedIn(d.accounts.teacherA.email);
    clients['teacherB'] = await signedIn(d.accounts.teacherB.email);
    clients['principal'] = await signedIn(d.accounts.principalA.email);
    clients['principalB'] = await signedIn(d.accounts.principalB.email);
    clients['otherAssessor'] = await signedIn(other.accounts.assessor.email);
    // Two more assessors made by HR; their passwords are set directly (the link flow is tested elsewhere).
    const extra: string[] = [];
    for (const name of ['Second', 'Third']) {
      const created = await ok<{ createAssessor: { id: string } }>(
        clients['hr']!,
        `mutation($e: String!, $n: String!) { createAssessor(email: $e, displayName: $n) { id } }`,
        { e: `${name.toLowerCase()}.${d.districtId.slice(0, 8)}@assessors.example.org`, n: `${name} Assessor` },
      );
      extra.push(created.createAssessor.id);
    }
    await testApp.dataSource.query(
      `UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE id = $1) WHERE id = ANY($2::uuid[])`,
      [d.accounts.assessor.id, extra],
    );
    assessorIds = [d.accounts.assessor.id, ...extra];
    clients['a1'] = await signedIn(d.accounts.assessor.email);
    clients['a2'] = await signedIn(`second.${d.districtId.slice(0, 8)}@assessors.example.org`);
    clients['a3'] = await signedIn(`third.${d.districtId.slice(0, 8)}@assessors.example.org`);
  });

  afterAll(() => testApp.close());

  let microCredentialId: string;
  let submissionId: string;
  let credentialId: string;
  let credential: Record<string, unknown>;
  let bakedPng: Buffer;
  let recordClr: Record<string, unknown>;

  it('HR enters a micro-credential with its rubric and imports one from an OB 3.0 Achievement', async () => {
    const created = await ok<{
      createMicroCredential: { id: string; rubric: { criteria: Array<{ id: string }> }; creditAmount: string };
    }>(
      clients['hr']!,
      `mutation($input: MicroCredentialInput!) { createMicroCredential(input: $input) { id creditAmount rubric { criteria { id } passingLevelId } } }`,
      {
        input: {
          name: 'Formative Assessment in Practice',
          competency: 'Formative assessment',
          submissionGuidance: 'Two lesson plans with planned checks and student work showing the adjustment.',
          researchBasis: 'Black & Wiliam (1998), Inside the Black Box.',
          rubric: RUBRIC,
          creditAmount: '15',
          creditUnit: 'CLOCK_HOUR',
        },
      },
    );
    microCredentialId = created.createMicroCredential.id;
    expect(created.createMicroCredential.rubric.criteria.map((c) => c.id)).toEqual(CRITERIA);
    expect(created.createMicroCredential.creditAmount).toBe('15');

    const achievement = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'https://example.org/achievements/questioning',
      type: ['Achievement'],
      name: 'Higher-Order Questioning',
      criteria: { narrative: 'Submit a recorded lesson segment and a reflection.' },
      alignment: [{ type: ['Alignment'], targetName: 'Questioning techniques', targetUrl: 'https://example.org/danielson/3b' }],
    };
    const imported = await ok<{
      importMicroCredential: {
        competency: string;
        submissionGuidance: string;
        achievementId: string;
        alignments: Array<{ targetUrl: string }>;
      };
    }>(
      clients['hr']!,
      `mutation($input: MicroCredentialImportInput!) { importMicroCredential(input: $input) { competency submissionGuidance achievementId alignments { targetUrl } } }`,
      {
        input: {
          achievementJson: JSON.stringify(achievement),
          researchBasis: 'Danielson Framework 3b.',
          rubric: RUBRIC,
          creditAmount: '10',
          creditUnit: 'CLOCK_HOUR',
        },
      },
    );
    expect(imported.importMicroCredential).toEqual({
      competency: 'Questioning techniques',
      submissionGuidance: 'Submit a recorded lesson segment and a reflection.',
      achievementId: 'https://example.org/achievements/questioning',
      alignments: [{ targetUrl: 'https://example.org/danielson/3b' }],
    });
    const bad = await clients['hr']!.request(
      `mutation($input: MicroCredentialImportInput!) { importMicroCredential(input: $input) { id } }`,
      {
        input: {
          achievementJson: '{"type":"BadgeClass"}',
          researchBasis: 'x',
          rubric: RUBRIC,
          creditAmount: '1',
          creditUnit: 'CLOCK_HOUR',
        },
      },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('a teacher finds it by competency, starts it with a growth goal her principal sees, and builds a portfolio', async () => {
    const found = await ok<{ microCredentials: Array<{ id: string }> }>(
      clients['teacher']!,
      `{ microCredentials(search: "formative") { id } }`,
    );
    expect(found.microCredentials.map((m) => m.id)).toEqual([microCredentialId]);

    const started = await ok<{ startMicroCredential: { id: string; status: string } }>(
      clients['teacher']!,
      `mutation($id: ID!, $goal: String) { startMicroCredential(microCredentialId: $id, growthGoal: $goal) { id status } }`,
      { id: microCredentialId, goal: 'Use exit tickets daily in grade 4 math.' },
    );
    submissionId = started.startMicroCredential.id;
    expect(started.startMicroCredential.status).toBe('IN_PROGRESS');

    const principalView = await ok<{ microCredentialSubmissions: Array<{ growthGoal: string }> }>(
      clients['principal']!,
      `query($e: ID!) { microCredentialSubmissions(educatorId: $e) { growthGoal } }`,
      { e: d.educators.teacherA },
    );
    expect(principalView.microCredentialSubmissions[0]!.growthGoal).toBe('Use exit tickets daily in grade 4 math.');
    const otherPrincipal = await clients['principalB']!.request(
      `query($e: ID!) { microCredentialSubmissions(educatorId: $e) { id } }`,
      {
        e: d.educators.teacherA,
      },
    );
    expect(errorCode(otherPrincipal)).toBe('NOT_FOUND');

    const uploaded = await upload(clients['teacher']!, testApp.baseUrl, '/api/evidence', [
      { name: 'lesson-plan.pdf', bytes: Buffer.from('%PDF-1.4\n% lesson plan\n'), type: 'application/pdf' },
    ]);
    expect(uploaded.status).toBe(201);
    const fileId = (uploaded.body['files'] as Array<{ id: string }>)[0]!.id;

    // Submitting with a criterion still empty is refused, naming it.
    await ok(
      clients['teacher']!,
      `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
      {
        s: submissionId,
        e: { criterionId: CRITERIA[0], reflection: 'Draft', evidenceFileIds: [fileId] },
      },
    );
    const early = await clients['teacher']!.request(`mutation($s: ID!) { submitMicroCredential(submissionId: $s) { id } }`, {
      s: submissionId,
    });
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(early.errors)).toContain('Acts on the evidence');

    // Autosave overwrites the entry; another teacher's file is refused.
    await ok(
      clients['teacher']!,
      `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
      {
        s: submissionId,
        e: { criterionId: CRITERIA[0], reflection: 'I planned three checks per lesson.', evidenceFileIds: [fileId] },
      },
    );
    await ok(
      clients['teacher']!,
      `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
      {
        s: submissionId,
        e: {
          criterionId: CRITERIA[1],
          reflection: 'Regrouped after the exit ticket.',
          links: ['https://video.example.org/lesson-2'],
        },
      },
    );
    const notHers = await clients['teacherB']!.request(
      `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
      { s: submissionId, e: { criterionId: CRITERIA[1], reflection: 'x' } },
    );
    expect(errorCode(notHers)).toBe('NOT_FOUND');

    const submitted = await ok<{ submitMicroCredential: { status: string; portfolio: Array<{ reflection: string }> } }>(
      clients['teacher']!,
      `mutation($s: ID!) { submitMicroCredential(submissionId: $s) { ${SUBMISSION_FIELDS} } }`,
      { s: submissionId },
    );
    expect(submitted.submitMicroCredential.status).toBe('SUBMITTED');
    expect(submitted.submitMicroCredential.portfolio.map((p) => p.reflection)).toEqual([
      'Regrouped after the exit ticket.',
      'I planned three checks per lesson.',
    ]);
    const locked = await clients['teacher']!.request(
      `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
      { s: submissionId, e: { criterionId: CRITERIA[1], reflection: 'late edit' } },
    );
    expect(errorCode(locked)).toBe('BAD_USER_INPUT');
  });

  it('assessors see only what is assigned to them, blind; two disagree, a third decides; it passes and counts', async () => {
    const before = await earned();
    const ours = async (client: GraphQLClient) =>
      (
        await ok<{ myAssessments: Array<{ id: string; submissionId: string; scoredAt: string | null }> }>(
          client,
          `{ myAssessments { id submissionId scoredAt } }`,
        )
      ).myAssessments.filter((a) => a.submissionId === submissionId);
    expect(await ours(clients['a1']!)).toEqual([]);
    for (const id of assessorIds.slice(0, 2)) {
      await ok(
        clients['hr']!,
        `mutation($s: ID!, $a: ID!) { assignAssessor(submissionId: $s, assessorAccountId: $a) { needsThirdAssessor } }`,
        {
          s: submissionId,
          a: id,
        },
      );
    }
    // A third is refused while the first two have not disagreed.
    const early = await clients['hr']!.request(
      `mutation($s: ID!, $a: ID!) { assignAssessor(submissionId: $s, assessorAccountId: $a) { needsThirdAssessor } }`,
      {
        s: submissionId,
        a: assessorIds[2],
      },
    );
    expect(errorCode(early)).toBe('BAD_USER_INPUT');

    type Assignment = {
      id: string;
      submissionId: string;
      teacherName: string | null;
      schoolName: string | null;
      portfolio: Array<{ evidenceFileIds: string[] }>;
    };
    const assignmentsOf = async (client: GraphQLClient) =>
      (
        await ok<{ myAssessments: Assignment[] }>(
          client,
          `{ myAssessments { id submissionId teacherName schoolName portfolio { evidenceFileIds } } }`,
        )
      ).myAssessments.filter((a) => a.submissionId === submissionId);
    const mine = { myAssessments: await assignmentsOf(clients['a1']!) };
    expect(mine.myAssessments).toHaveLength(1);
    expect(mine.myAssessments[0]!.teacherName).toBeNull();
    expect(mine.myAssessments[0]!.schoolName).toBeNull();
    const fileId = mine.myAssessments.flatMap((a) => a.portfolio.flatMap((p) => p.evidenceFileIds))[0]!;
    expect((await download(clients['a1']!, testApp.baseUrl, `/api/evidence/${fileId}`)).status).toBe(200);
    // The unassigned assessor and another district's assessor see neither the portfolio nor the file.
    expect(await ours(clients['a3']!)).toEqual([]);
    expect((await download(clients['a3']!, testApp.baseUrl, `/api/evidence/${fileId}`)).status).toBe(404);
    expect((await download(clients['otherAssessor']!, testApp.baseUrl, `/api/evidence/${fileId}`)).status).toBe(404);
    const notMine = await clients['a3']!.request(
      `mutation($id: ID!, $s: [CriterionScoreInput!]!) { scoreAssessment(assessmentId: $id, scores: $s) { id } }`,
      {
        id: mine.myAssessments[0]!.id,
        s: scores('proficient'),
      },
    );
    expect(errorCode(notMine)).toBe('NOT_FOUND');

    // Blind review off: the assessor sees the teacher and her school.
    await ok(
      clients['hr']!,
      `mutation { updateMicroCredentialSettings(blindReview: false, resubmissionLimit: 1) { blindReview } }`,
    );
    const named = { myAssessments: await assignmentsOf(clients['a1']!) };
    expect(named.myAssessments[0]!.teacherName).toMatch(/^Ada Alpha/);
    expect(named.myAssessments[0]!.schoolName).toMatch(/^School A /);
    await ok(
      clients['hr']!,
      `mutation { updateMicroCredentialSettings(blindReview: true, resubmissionLimit: 1) { blindReview } }`,
    );

    const score = async (client: GraphQLClient, level: string) => {
      const [assignment] = (await ours(client)).filter((a) => a.scoredAt === null);
      return ok<{ scoreAssessment: { passed: boolean } }>(
        client,
        `mutation($id: ID!, $s: [CriterionScoreInput!]!) { scoreAssessment(assessmentId: $id, scores: $s) { passed } }`,
        { id: assignment!.id, s: scores(level) },
      );
    };
    expect((await score(clients['a1']!, 'proficient')).scoreAssessment.passed).toBe(true);
    expect((await score(clients['a2']!, 'beginning')).scoreAssessment.passed).toBe(false);
    const review = await ok<{
      microCredentialReview: Array<{ needsThirdAssessor: boolean; submission: { id: string; status: string } }>;
    }>(clients['hr']!, `{ microCredentialReview { needsThirdAssessor submission { id status } } }`);
    expect(review.microCredentialReview.find((r) => r.submission.id === submissionId)).toEqual({
      needsThirdAssessor: true,
      submission: { id: submissionId, status: 'SUBMITTED' },
    });
    expect(await earned()).toBe(before);
    await ok(
      clients['hr']!,
      `mutation($s: ID!, $a: ID!) { assignAssessor(submissionId: $s, assessorAccountId: $a) { needsThirdAssessor } }`,
      {
        s: submissionId,
        a: assessorIds[2],
      },
    );
    expect((await score(clients['a3']!, 'developing')).scoreAssessment.passed).toBe(true);

    const mineNow = await ok<{
      microCredentialSubmissions: Array<{
        id: string;
        status: string;
        pdRecordId: string;
        credentialId: string;
        feedback: unknown[];
      }>;
    }>(clients['teacher']!, `{ microCredentialSubmissions { ${SUBMISSION_FIELDS} } }`);
    const passed = mineNow.microCredentialSubmissions.find((m) => m.id === submissionId)!;
    expect(passed.status).toBe('PASSED');
    expect(passed.feedback).toHaveLength(3);
    credentialId = passed.credentialId;
    const [record] = (await testApp.dataSource.query(
      `SELECT status, amount, unit, catalog_item_id FROM pd_record WHERE id = $1`,
      [passed.pdRecordId],
    )) as Array<{ status: string; amount: string; unit: string }>;
    expect(record).toMatchObject({ status: 'APPROVED', amount: '15.00', unit: 'CLOCK_HOUR' });
    // PA counts clock hours one for one: the renewal figure grows by the micro-credential's 15 hours.
    expect(Number(await earned()) - Number(before)).toBe(15);

    const workload = await ok<{
      assessorWorkload: Array<{ accountId: string; open: number; scored: number; averageTurnaroundHours: string }>;
    }>(clients['hr']!, `{ assessorWorkload { accountId open scored averageTurnaroundHours } }`);
    // The first assessor also has the district fixture's open assignment.
    const byAccount = new Map(workload.assessorWorkload.map((w) => [w.accountId, w]));
    expect(assessorIds.map((id) => [byAccount.get(id)!.open, byAccount.get(id)!.scored])).toEqual([
      [1, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(byAccount.get(assessorIds[1]!)!.averageTurnaroundHours).toMatch(/^\d+\.\d{2}$/);

    const actions = (await testApp.dataSource.query(
      `SELECT action FROM audit_event WHERE district_id = $1 AND action LIKE ANY(ARRAY['MICRO_CREDENTIAL%', 'ASSESSOR%', 'CREDENTIAL%'])`,
      [d.districtId],
    )) as Array<{ action: string }>;
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        'MICRO_CREDENTIAL_CREATED',
        'MICRO_CREDENTIAL_IMPORTED',
        'ASSESSOR_CREATED',
        'MICRO_CREDENTIAL_STARTED',
        'MICRO_CREDENTIAL_SUBMITTED',
        'ASSESSOR_ASSIGNED',
        'MICRO_CREDENTIAL_SETTINGS_CHANGED',
        'MICRO_CREDENTIAL_SCORED',
        'MICRO_CREDENTIAL_PASSED',
        'CREDENTIAL_ISSUED',
      ]),
    );
  });

  it('issues an OB 3.0 credential signed by the district that an independent verifier accepts, and refuses when tampered', async () => {
    const response = await download(clients['teacher']!, testApp.baseUrl, `/api/credentials/${credentialId}.json`);
    expect(response.status).toBe(200);
    credential = (await response.json()) as Record<string, unknown>;
    expect(credential['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect((credential['issuer'] as { id: string }).id).toMatch(new RegExp(`^did:web:.+:api:districts:${d.districtId}$`));
    expect((credential['proof'] as { cryptosuite: string }).cryptosuite).toBe('eddsa-rdfc-2022');
    expect(credential['evidence']).toEqual([
      { id: 'https://video.example.org/lesson-2', type: ['Evidence'], name: 'Acts on the evidence' },
    ]);
    expect((await independentVerify(testApp.baseUrl, credential)).verified).toBe(true);

    const tampered = structuredClone(credential);
    (tampered['credentialSubject'] as Record<string, unknown>)['creditsEarned'] = 150;
    expect((await independentVerify(testApp.baseUrl, tampered)).verified).toBe(false);

    // Others cannot download it.
    expect((await download(clients['teacherB']!, testApp.baseUrl, `/api/credentials/${credentialId}.json`)).status).toBe(404);
    expect((await download(clients['a1']!, testApp.baseUrl, `/api/credentials/${credentialId}.json`)).status).toBe(403);
  });

  it('bakes the same signed credential into a PNG for its holder and her district HR only', async () => {
    const pngOf = async (client: GraphQLClient) => download(client, testApp.baseUrl, `/api/credentials/${credentialId}.png`);
    const response = await pngOf(clients['teacher']!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="credential-${credentialId}.png"`);
    bakedPng = Buffer.from(await response.arrayBuffer());
    const baked = readPngBadge(bakedPng, { maxPngChunks: 100 });
    expect(baked).toMatchObject({ keyword: 'openbadgecredential', chunkType: 'iTXt' });
    expect(JSON.parse(baked.text)).toEqual(credential);
    expect((await independentVerify(testApp.baseUrl, JSON.parse(baked.text) as Record<string, unknown>)).verified).toBe(true);

    const hrPng = await pngOf(clients['hr']!);
    expect(hrPng.status).toBe(200);
    expect(Buffer.from(await hrPng.arrayBuffer()).equals(bakedPng)).toBe(true);
    // Another teacher, a principal, an assessor, HR of another district, and nobody signed in.
    expect((await pngOf(clients['teacherB']!)).status).toBe(404);
    expect((await pngOf(clients['principal']!)).status).toBe(403);
    expect((await pngOf(clients['a1']!)).status).toBe(403);
    expect((await pngOf(await signedIn(other.accounts.hr.email))).status).toBe(404);
    expect((await fetch(`${testApp.baseUrl}/api/credentials/${credentialId}.png`)).status).toBe(401);
  });

  type FileResult = { status: string; code: string | null; records: Array<{ pdRecordId: string; recordStatus: string }> };
  async function importFor(client: GraphQLClient, name: string, json: unknown, educatorId?: string): Promise<FileResult> {
    const response = await upload(
      client,
      testApp.baseUrl,
      '/api/badges',
      [{ name, bytes: JSON.stringify(json), type: 'application/json' }],
      educatorId ? { fields: { educatorId } } : {},
    );
    expect(response.status).toBe(200);
    return (response.body['results'] as FileResult[])[0]!;
  }

  async function importPng(client: GraphQLClient, bytes: Buffer, educatorId?: string): Promise<FileResult> {
    const response = await upload(
      client,
      testApp.baseUrl,
      '/api/badges',
      [{ name: 'credential.png', bytes, type: 'image/png' }],
      educatorId ? { fields: { educatorId } } : {},
    );
    expect(response.status).toBe(200);
    return (response.body['results'] as FileResult[])[0]!;
  }

  it("PD Ledger's badge import accepts its own credential once the district trusts itself, and refuses a tampered copy", async () => {
    // The same teacher moved: another district on this PD Ledger has her by the same e-mail.
    const [{ email }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
      d.educators.teacherA,
    ])) as Array<{
      email: string;
    }>;
    await testApp.dataSource.query(`UPDATE educator SET email = $2 WHERE id = $1`, [other.educators.teacherA, email]);
    const otherHr = await signedIn(other.accounts.hr.email);
    const issuerId = (credential['issuer'] as { id: string }).id;

    // Not trusted yet: a valid signature alone does not make it verified.
    const waiting = await importFor(otherHr, 'credential.json', credential, other.educators.teacherA);
    expect(waiting.status).toBe('IMPORTED');
    expect(waiting.records[0]!.recordStatus).toBe('SUBMITTED');
    await testApp.dataSource.query(`DELETE FROM pd_record WHERE id = $1`, [waiting.records[0]!.pdRecordId]);

    await ok(otherHr, `mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
      input: { issuerId, name: 'The district the teacher came from' },
    });
    const tampered = structuredClone(credential);
    (tampered['credentialSubject'] as Record<string, unknown>)['creditsEarned'] = 150;
    const refused = await importFor(otherHr, 'tampered.json', tampered, other.educators.teacherA);
    expect(refused).toMatchObject({ status: 'REJECTED', code: 'BADGE_SIGNATURE_INVALID' });

    const accepted = await importFor(otherHr, 'credential.json', credential, other.educators.teacherA);
    expect(accepted.status).toBe('IMPORTED');
    expect(accepted.records[0]!.recordStatus).toBe('VERIFIED');

    // In the issuing district the same credential is the record it already has.
    expect((await importFor(clients['teacher']!, 'credential.json', credential)).status).toBe('DUPLICATE');

    // The baked PNG is the same credential: a duplicate of the JSON import, VERIFIED once that is gone.
    expect((await importPng(otherHr, bakedPng, other.educators.teacherA)).status).toBe('DUPLICATE');
    await testApp.dataSource.query(`DELETE FROM pd_record WHERE id = $1`, [accepted.records[0]!.pdRecordId]);
    const fromPng = await importPng(otherHr, bakedPng, other.educators.teacherA);
    expect(fromPng.status).toBe('IMPORTED');
    expect(fromPng.records[0]!.recordStatus).toBe('VERIFIED');
    expect((await importPng(clients['teacher']!, bakedPng)).status).toBe('DUPLICATE');
    // A PNG whose baked credential was altered is refused like the tampered JSON.
    await testApp.dataSource.query(`DELETE FROM pd_record WHERE id = $1`, [fromPng.records[0]!.pdRecordId]);
    const tamperedPng = bakeCredentialPng(tampered);
    expect(await importPng(otherHr, tamperedPng, other.educators.teacherA)).toMatchObject({
      status: 'REJECTED',
      code: 'BADGE_SIGNATURE_INVALID',
    });
  });

  it('gives the teacher her whole counted record as a district-signed CLR 2.0 that verifies independently and imports back', async () => {
    const clrOf = (client: GraphQLClient) => download(client, testApp.baseUrl, '/api/record/clr.json');
    // A voided record is not part of the counted record.
    const [voided] = (await testApp.dataSource.query(
      `UPDATE pd_record SET status_before_void = status, status = 'VOIDED', void_reason = 'Entered twice', voided_at = now()
        WHERE id = (SELECT id FROM pd_record WHERE educator_id = $1 AND status IN ('APPROVED', 'VERIFIED') AND credential_id IS NULL
                     ORDER BY completed_on LIMIT 1)
        RETURNING id`,
      [d.educators.teacherA],
    )) as [Array<{ id: string }>, number];
    const voidedId = voided[0]!.id;
    const counted = (await testApp.dataSource.query(
      `SELECT id, credential_id FROM pd_record WHERE educator_id = $1 AND status IN ('APPROVED', 'VERIFIED')`,
      [d.educators.teacherA],
    )) as Array<{ id: string; credential_id: string | null }>;
    expect(counted.length).toBeGreaterThan(1);

    const response = await clrOf(clients['teacher']!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vc+ld+json');
    const clr = (await response.json()) as Record<string, unknown>;
    recordClr = clr;
    expect(clr['type']).toEqual(['VerifiableCredential', 'ClrCredential']);
    expect(clr['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      STATE_CREDIT_CONTEXT,
    ]);
    expect((clr['issuer'] as { id: string }).id).toBe((credential['issuer'] as { id: string }).id);
    expect((clr['proof'] as { cryptosuite: string }).cryptosuite).toBe('eddsa-rdfc-2022');
    const subject = clr['credentialSubject'] as {
      type: string[];
      verifiableCredential: Array<Record<string, unknown>>;
      creditUnderStateRules: Array<{ credential: string; amount: string; unit: string; unitName: string; counted: boolean }>;
    };
    expect(subject.type).toEqual(['ClrSubject']);
    // Every counted record once: the issued micro-credential as issued, the rest as record credentials.
    expect(subject.verifiableCredential.map((vc) => vc['id']).sort()).toEqual(
      counted.map((r) => r.credential_id ?? `urn:uuid:${r.id}`).sort(),
    );
    expect(subject.verifiableCredential).toContainEqual(credential);
    expect(subject.verifiableCredential.map((vc) => vc['id'])).not.toContain(`urn:uuid:${voidedId}`);

    // Each item's credit is the renewal evaluation's figure for that record, in the state's unit.
    const { educator } = await ok<{
      educator: {
        renewals: Array<{ unit: string; explanation: Array<{ recordId: string | null; credited: string; counted: boolean }> }>;
      };
    }>(
      clients['teacher']!,
      `query($id: ID!) { educator(id: $id) { renewals { unit explanation { recordId credited counted } } } }`,
      {
        id: d.educators.teacherA,
      },
    );
    const renewal = educator.renewals[0]!;
    const creditedByRecord = new Map(renewal.explanation.map((line) => [line.recordId, line.credited]));
    const creditOf = new Map(subject.creditUnderStateRules.map((entry) => [entry.credential, entry]));
    expect(subject.creditUnderStateRules.length).toBe(counted.length * educator.renewals.length);
    const mcRecord = counted.find((r) => r.credential_id === credential['id'])!;
    expect(creditOf.get(String(credential['id']))).toMatchObject({
      amount: creditedByRecord.get(mcRecord.id),
      unit: renewal.unit,
      counted: true,
    });
    expect(Number(creditedByRecord.get(mcRecord.id))).toBeGreaterThan(0);
    for (const record of counted) {
      const entry = creditOf.get(record.credential_id ?? `urn:uuid:${record.id}`)!;
      expect(entry.amount).toBe(creditedByRecord.get(record.id) ?? '0');
    }

    // An independent verifier accepts the CLR and each credential in it; a changed figure breaks it.
    expect((await independentVerify(testApp.baseUrl, clr)).verified).toBe(true);
    for (const nested of subject.verifiableCredential) {
      expect((await independentVerify(testApp.baseUrl, nested)).verified).toBe(true);
    }
    const tampered = structuredClone(clr);
    (tampered['credentialSubject'] as typeof subject).creditUnderStateRules[0]!.amount = '999';
    expect((await independentVerify(testApp.baseUrl, tampered)).verified).toBe(false);

    // Only a teacher, for herself.
    const otherTeacher = (await (await clrOf(clients['teacherB']!)).json()) as { credentialSubject: typeof subject };
    expect(otherTeacher.credentialSubject.verifiableCredential.map((vc) => vc['id'])).not.toContain(credential['id']);
    expect((await clrOf(clients['hr']!)).status).toBe(403);
    expect((await clrOf(clients['principal']!)).status).toBe(403);
    expect((await clrOf(clients['a1']!)).status).toBe(403);
    expect((await fetch(`${testApp.baseUrl}/api/record/clr.json`)).status).toBe(401);

    // Round trip. The district that trusts this district as an issuer gets every record, VERIFIED;
    // a tampered copy is refused; back home every record is the one it already has.
    const otherHr = await signedIn(other.accounts.hr.email);
    expect(await importFor(otherHr, 'tampered-clr.json', tampered, other.educators.teacherA)).toMatchObject({
      status: 'REJECTED',
      code: 'BADGE_SIGNATURE_INVALID',
    });
    const imported = await importFor(otherHr, 'clr.json', clr, other.educators.teacherA);
    expect(imported.status).toBe('IMPORTED');
    expect(imported.records).toHaveLength(counted.length);
    expect(imported.records.map((r) => r.recordStatus)).toEqual(counted.map(() => 'VERIFIED'));
    const home = await importFor(clients['teacher']!, 'clr.json', clr);
    expect(home.status).toBe('DUPLICATE');
    const [{ n }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM pd_record WHERE educator_id = $1 AND status IN ('APPROVED', 'VERIFIED')`,
      [d.educators.teacherA],
    )) as Array<{ n: number }>;
    expect(n).toBe(counted.length);
  });

  it('keeps old credentials verifying after the district rotates its key', async () => {
    const rotated = await ok<{ rotateDistrictSigningKey: string }>(clients['hr']!, `mutation { rotateDistrictSigningKey }`);
    expect(rotated.rotateDistrictSigningKey).toMatch(/#key-2$/);
    const did = (await (await fetch(`${testApp.baseUrl}/api/districts/${d.districtId}/did.json`)).json()) as {
      verificationMethod: Array<{ id: string }>;
      assertionMethod: string[];
    };
    expect(did.verificationMethod.map((vm) => vm.id.split('#')[1])).toEqual(['key-1', 'key-2']);
    expect((await independentVerify(testApp.baseUrl, credential)).verified).toBe(true);
    const [key] = (await testApp.dataSource.query(
      `SELECT sealed_secret, public_key_multibase FROM district_signing_key WHERE district_id = $1 LIMIT 1`,
      [d.districtId],
    )) as Array<{ sealed_secret: string; public_key_multibase: string }>;
    // The secret is sealed, never stored as the multibase key.
    expect(key!.sealed_secret).not.toMatch(/^z/);
  });

  it('shows the public verification without sign-in, and HR revocation shows there, in the status list and in the figures', async () => {
    const withCount = await earned();
    const url = `${testApp.baseUrl}/api/districts/${d.districtId}/credentials/${credentialId}/verification`;
    const valid = (await (await fetch(url)).json()) as { standing: string; credential: { name: string } };
    expect(valid.standing).toBe('VALID');
    expect(valid.credential.name).toBe('Formative Assessment in Practice');
    // Another district's path does not find it.
    expect(
      (await fetch(`${testApp.baseUrl}/api/districts/${other.districtId}/credentials/${credentialId}/verification`)).status,
    ).toBe(404);

    const denied = await clients['principal']!.request(
      `mutation($id: ID!) { revokeCredential(credentialId: $id, reason: "x") }`,
      { id: credentialId },
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    await ok(
      clients['hr']!,
      `mutation($id: ID!) { revokeCredential(credentialId: $id, reason: "Portfolio evidence was not the teacher's own") }`,
      {
        id: credentialId,
      },
    );
    expect(((await (await fetch(url)).json()) as { standing: string }).standing).toBe('REVOKED');
    // Revoked: PD Ledger's import refuses it from now on (the copy imported earlier is removed first,
    // so this is not answered as a duplicate).
    await testApp.dataSource.query(`DELETE FROM pd_record WHERE district_id = $1 AND credential_id = $2`, [
      other.districtId,
      credential['id'],
    ]);
    const otherHr = await signedIn(other.accounts.hr.email);
    expect(await importFor(otherHr, 'credential.json', credential, other.educators.teacherA)).toMatchObject({
      status: 'REJECTED',
      code: 'BADGE_REVOKED',
    });

    const list = (await (await fetch(`${testApp.baseUrl}/api/districts/${d.districtId}/status/revocation`)).json()) as {
      type: string[];
      credentialSubject: { encodedList: string };
    };
    expect(list.type).toContain('BitstringStatusListCredential');
    const index = Number((credential['credentialStatus'] as { statusListIndex: string }).statusListIndex);
    expect(statusBit(list.credentialSubject.encodedList, index)).toBe(true);
    expect((await independentVerify(testApp.baseUrl, list as unknown as Record<string, unknown>)).verified).toBe(true);
    expect(Number(withCount) - Number(await earned())).toBe(15);

    // A CLR downloaded before the revocation is refused for the revoked credential inside it.
    await testApp.dataSource.query(`DELETE FROM pd_record WHERE district_id = $1 AND source = 'OPEN_BADGES'`, [other.districtId]);
    const refused = await importFor(await signedIn(other.accounts.hr.email), 'clr.json', recordClr, other.educators.teacherA);
    expect(refused).toMatchObject({ status: 'REJECTED', code: 'BADGE_REVOKED' });
    // The record downloaded now no longer holds it: the revoked record is voided, so it does not count.
    const now = (await (await download(clients['teacher']!, testApp.baseUrl, '/api/record/clr.json')).json()) as {
      credentialSubject: { verifiableCredential: Array<{ id: string }> };
    };
    expect(now.credentialSubject.verifiableCredential.map((vc) => vc.id)).not.toContain(credential['id']);
  });

  it('returns feedback when two assessors agree it does not pass, up to the resubmission limit', async () => {
    const teacherB = clients['teacherB']!;
    const { startMicroCredential } = await ok<{ startMicroCredential: { id: string } }>(
      teacherB,
      `mutation($id: ID!) { startMicroCredential(microCredentialId: $id, growthGoal: null) { id } }`,
      { id: microCredentialId },
    );
    const fill = async () => {
      for (const criterionId of CRITERIA) {
        await ok(
          teacherB,
          `mutation($s: ID!, $e: PortfolioEntryInput!) { savePortfolioEntry(submissionId: $s, entry: $e) { updatedAt } }`,
          {
            s: startMicroCredential.id,
            e: { criterionId, reflection: 'My evidence.' },
          },
        );
      }
      await ok(teacherB, `mutation($s: ID!) { submitMicroCredential(submissionId: $s) { id } }`, { s: startMicroCredential.id });
    };
    const failTwice = async () => {
      for (const [index, id] of assessorIds.slice(0, 2).entries()) {
        await ok(
          clients['hr']!,
          `mutation($s: ID!, $a: ID!) { assignAssessor(submissionId: $s, assessorAccountId: $a) { needsThirdAssessor } }`,
          {
            s: startMicroCredential.id,
            a: id,
          },
        );
        const client = clients[index === 0 ? 'a1' : 'a2']!;
        const open = (
          await ok<{ myAssessments: Array<{ id: string; submissionId: string; scoredAt: string | null }> }>(
            client,
            `{ myAssessments { id submissionId scoredAt } }`,
          )
        ).myAssessments.find((a) => a.scoredAt === null && a.submissionId === startMicroCredential.id)!;
        await ok(
          client,
          `mutation($id: ID!, $s: [CriterionScoreInput!]!) { scoreAssessment(assessmentId: $id, scores: $s) { id } }`,
          {
            id: open.id,
            s: scores('beginning', 'No student work shows the adjustment yet.'),
          },
        );
      }
    };
    await fill();
    await failTwice();
    const state = async () =>
      (
        await ok<{
          microCredentialSubmissions: Array<{
            id: string;
            status: string;
            attempt: number;
            resubmissionsLeft: number;
            feedback: Array<{ scores: Array<{ feedback: string }> }>;
          }>;
        }>(teacherB, `{ microCredentialSubmissions { ${SUBMISSION_FIELDS} } }`)
      ).microCredentialSubmissions.find((m) => m.id === startMicroCredential.id)!;
    const returned = await state();
    expect(returned).toMatchObject({ status: 'RETURNED', attempt: 1, resubmissionsLeft: 1 });
    expect(returned.feedback[0]!.scores[0]!.feedback).toBe('No student work shows the adjustment yet.');
    await fill();
    expect(await state()).toMatchObject({ status: 'SUBMITTED', attempt: 2 });
    await failTwice();
    expect(await state()).toMatchObject({ status: 'NOT_PASSED', attempt: 2, resubmissionsLeft: 0 });
    const again = await teacherB.request(`mutation($s: ID!) { submitMicroCredential(submissionId: $s) { id } }`, {
      s: startMicroCredential.id,
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });
});
