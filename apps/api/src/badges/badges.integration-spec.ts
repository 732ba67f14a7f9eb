import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download, upload } from '../testing/upload-client';
import {
  bakePng,
  makePng,
  bakeSvg,
  ed25519Issuer,
  ob2Assertion,
  ob2BadgeClass,
  ob2Issuer,
  ob3Credential,
  sha256Identity,
  signDataIntegrity,
  startIssuerServer,
  type Ed25519Issuer,
  type IssuerServer,
} from './verification/__fixtures__/badge-fixtures';

interface FileResult {
  filename: string;
  status: string;
  code: string | null;
  message: string;
  evidenceFileId: string | null;
  records: Array<{ pdRecordId: string | null; credentialId: string; status: string }>;
}

describe('badge import (POST /api/badges)', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let teacher: GraphQLClient;
  let teacherB: GraphQLClient;
  let principal: GraphQLClient;
  let hr: GraphQLClient;
  let issuer: Ed25519Issuer;
  let educatorEmail: string;

  beforeAll(async () => {
    // The hosted badges below come from an issuer server on 127.0.0.1.
    testApp = await startTestApp({ BADGE_FETCH_ALLOW_PRIVATE: 'true' });
    d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    [teacher, teacherB, principal, hr] = [0, 1, 2, 3].map(() => new GraphQLClient(testApp.baseUrl));
    await teacher.signIn(d.accounts.teacherA.email, TEST_PASSWORD);
    await teacherB.signIn(d.accounts.teacherB.email, TEST_PASSWORD);
    await principal.signIn(d.accounts.principalA.email, TEST_PASSWORD);
    await hr.signIn(d.accounts.hr.email, TEST_PASSWORD);
    const [{ email }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
      d.educators.teacherA,
    ])) as Array<{ email: string }>;
    educatorEmail = email;
    issuer = await ed25519Issuer();
    // The district trusts this test issuer (its did:key pinned); untrusted issuers are covered in
    // badges-trust.integration-spec.ts.
    const trusted = await hr.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
      input: { issuerId: issuer.did, name: 'Keystone Teacher Academy' },
    });
    expect(trusted.errors).toBeUndefined();
  });

  afterAll(() => testApp.close());

  /** An OB 3.0 credential signed in the test (eddsa-rdfc-2022) for the given email. */
  async function signedCredential(email: string, overrides: Record<string, unknown> = {}): Promise<Buffer> {
    const credential = ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}`, ...overrides });
    const subject = credential['credentialSubject'] as Record<string, unknown>;
    subject['identifier'] = [
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        salt: 'NaCl',
        identityHash: sha256Identity(email, 'NaCl'),
      },
    ];
    return Buffer.from(JSON.stringify(await signDataIntegrity(credential, issuer)));
  }

  async function counts(): Promise<{ records: number; files: number; events: number }> {
    const [row] = (await testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM pd_record WHERE district_id = $1) AS records,
              (SELECT count(*)::int FROM evidence_file WHERE district_id = $1) AS files,
              (SELECT count(*)::int FROM audit_event WHERE district_id = $1) AS events`,
      [d.districtId],
    )) as Array<{ records: number; files: number; events: number }>;
    return row;
  }

  it('imports a signed OB 3.0 credential as a VERIFIED record with a catalog entry and the original file as evidence', async () => {
    const bytes = await signedCredential(educatorEmail);
    const response = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'trauma-informed.json', bytes, type: 'application/json' },
    ]);
    expect(response.status).toBe(200);
    const [result] = response.body['results'] as FileResult[];
    expect(result).toMatchObject({ filename: 'trauma-informed.json', status: 'IMPORTED', code: null });
    const recordId = result.records[0].pdRecordId!;

    const mine = await teacher.request<{ myPdRecords: Array<Record<string, unknown>> }>(
      `{ myPdRecords { id status source title unit hourEquivalents completedOn catalogItem { name competencyArea statedHours issuer { name } } evidenceFiles { id kind contentType url originalName } } }`,
    );
    const record = mine.data!.myPdRecords.find((r) => r['id'] === recordId)!;
    expect(record).toMatchObject({
      status: 'VERIFIED',
      source: 'OPEN_BADGES',
      title: 'Trauma-Informed Classrooms',
      unit: 'MICRO_CREDENTIAL',
      hourEquivalents: '1.5',
      completedOn: '2025-02-01',
      catalogItem: {
        name: 'Trauma-Informed Classrooms',
        competencyArea: 'Danielson 2a',
        statedHours: '1.5',
        issuer: { name: 'Keystone Teacher Academy' },
      },
      evidenceFiles: [
        {
          id: result.evidenceFileId,
          kind: 'BADGE',
          contentType: 'application/json',
          url: `/api/evidence/${result.evidenceFileId}`,
          originalName: 'trauma-informed.json',
        },
      ],
    });
    const file = await download(teacher, testApp.baseUrl, `/api/evidence/${result.evidenceFileId}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);

    const events = (await testApp.dataSource.query(`SELECT action, request_id FROM audit_event WHERE entity_id = $1`, [
      recordId,
    ])) as Array<{ action: string; request_id: string }>;
    expect(events).toEqual([{ action: 'PD_RECORD_BADGE_IMPORTED', request_id: expect.any(String) }]);

    // A second badge of the same achievement reuses the catalog entry.
    const second = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'again.png', bytes: bakePng('openbadgecredential', (await signedCredential(educatorEmail)).toString()) },
    ]);
    const [secondResult] = second.body['results'] as FileResult[];
    expect(secondResult.status).toBe('IMPORTED');
    const catalog = (await testApp.dataSource.query(`SELECT DISTINCT catalog_item_id FROM pd_record WHERE id = ANY($1::uuid[])`, [
      [recordId, secondResult.records[0].pdRecordId],
    ])) as unknown[];
    expect(catalog).toHaveLength(1);
  });

  it("keeps the picture a JSON credential embeds as the badge's image, beside the credential file", async () => {
    const picture = makePng();
    const credential = ob3Credential(issuer.did);
    const achievement = (credential['credentialSubject'] as Record<string, Record<string, unknown>>)['achievement']!;
    const bytes = await signedCredential(educatorEmail, {
      credentialSubject: {
        ...(credential['credentialSubject'] as object),
        achievement: { ...achievement, image: { id: `data:image/png;base64,${picture.toString('base64')}`, type: 'Image' } },
      },
    });
    const response = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'with-picture.json', bytes, type: 'application/json' },
    ]);
    const [result] = response.body['results'] as FileResult[];
    expect(result).toMatchObject({ status: 'IMPORTED' });
    const mine = await teacher.request<{
      myPdRecords: Array<{
        id: string;
        evidenceFiles: Array<{ kind: string; contentType: string; url: string; originalName: string }>;
      }>;
    }>(`{ myPdRecords { id evidenceFiles { kind contentType url originalName } } }`);
    const files = mine.data!.myPdRecords.find((r) => r.id === result.records[0]!.pdRecordId)!.evidenceFiles;
    expect(files.map((f) => [f.kind, f.contentType, f.originalName]).sort()).toEqual([
      ['BADGE', 'application/json', 'with-picture.json'],
      ['BADGE', 'image/png', 'trauma-informed-classrooms.png'],
    ]);
    const image = await download(teacher, testApp.baseUrl, files.find((f) => f.contentType === 'image/png')!.url);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(picture)).toBe(true);
  });

  it('refuses the same credential twice anywhere in the district (duplicate), changing nothing', async () => {
    const bytes = await signedCredential(educatorEmail);
    const first = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'badge.json', bytes }]);
    expect((first.body['results'] as FileResult[])[0].status).toBe('IMPORTED');
    const before = await counts();
    const again = await upload(teacher, testApp.baseUrl, '/api/badges', [
      {
        name: 'badge.svg',
        bytes: bakeSvg(
          `<openbadges:credential><![CDATA[${bytes.toString()}]]></openbadges:credential>`,
          'https://purl.imsglobal.org/ob/v3p0',
        ),
      },
    ]);
    expect((again.body['results'] as FileResult[])[0]).toMatchObject({ status: 'DUPLICATE', code: 'DUPLICATE' });
    const byHr = await upload(hr, testApp.baseUrl, '/api/badges', [{ name: 'badge.json', bytes }], {
      fields: { educatorId: d.educators.teacherA },
    });
    expect(byHr.status).toBe(200);
    expect(byHr.body).toMatchObject({ imported: 0, duplicates: 1 });
    expect(await counts()).toEqual(before);
  });

  it('refuses a badge awarded to someone else', async () => {
    const before = await counts();
    const response = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'not-mine.json', bytes: await signedCredential('someone.else@example.org') },
    ]);
    expect((response.body['results'] as FileResult[])[0]).toMatchObject({ status: 'REJECTED', code: 'BADGE_RECIPIENT_MISMATCH' });
    expect((response.body['results'] as FileResult[])[0].message).toContain('someone else');
    // Nor can HR file Ada's badge under Ben.
    const hrWrong = await upload(
      hr,
      testApp.baseUrl,
      '/api/badges',
      [{ name: 'ada.json', bytes: await signedCredential(educatorEmail) }],
      { fields: { educatorId: d.educators.teacherB } },
    );
    expect((hrWrong.body['results'] as FileResult[])[0].code).toBe('BADGE_RECIPIENT_MISMATCH');
    expect(await counts()).toEqual(before);
  });

  it('refuses a credential with a status list it cannot check, with a clear message', async () => {
    const bytes = await signedCredential(educatorEmail, {
      credentialStatus: {
        id: 'https://status.example.org/lists/1#94567',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '94567',
        statusListCredential: 'https://status.example.org/lists/1',
      },
    });
    const before = await counts();
    const response = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'status.json', bytes }]);
    const [result] = response.body['results'] as FileResult[];
    expect(result).toMatchObject({ status: 'REJECTED', code: 'BADGE_STATUS_UNCHECKED' });
    expect(result.message).toContain('credentialStatus');
    expect(await counts()).toEqual(before);
  });

  describe('hosted Open Badges 2.0 against a local issuer', () => {
    let server: IssuerServer;

    beforeAll(async () => {
      server = await startIssuerServer();
      const assertion = ob2Assertion(server.origin, {
        recipient: { type: 'email', hashed: true, salt: 'pepper', identity: sha256Identity(educatorEmail, 'pepper') },
      });
      server.routes.set('/assertions/1001', { body: assertion });
      server.routes.set('/badges/literacy', { body: ob2BadgeClass(server.origin) });
      server.routes.set('/issuer', { body: ob2Issuer(server.origin) });
    });

    afterAll(() => server.close());

    it('is refused until HR allows the issuer origin, then imported', async () => {
      const file = bakePng('openbadges', `${server.origin}/assertions/1001`);
      const refused = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'literacy.png', bytes: file }]);
      expect((refused.body['results'] as FileResult[])[0]).toMatchObject({
        status: 'REJECTED',
        code: 'BADGE_ORIGIN_NOT_ALLOWED',
      });
      expect(server.hits).toEqual([]);

      expect(
        errorCode(await teacher.request(`mutation($o: String!) { addBadgeOrigin(origin: $o) { id } }`, { o: server.origin })),
      ).toBe('FORBIDDEN');
      const bad = await hr.request(`mutation($o: String!) { addBadgeOrigin(origin: $o) { id } }`, {
        o: 'http://badges.example.org/path',
      });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      const added = await hr.request<{ addBadgeOrigin: { id: string; origin: string } }>(
        `mutation($o: String!) { addBadgeOrigin(origin: $o) { id origin } }`,
        { o: `${server.origin}/` },
      );
      expect(added.data!.addBadgeOrigin.origin).toBe(server.origin);
      const listed = await hr.request<{ badgeOrigins: Array<{ origin: string }> }>(`{ badgeOrigins { origin } }`);
      expect(listed.data!.badgeOrigins.map((o) => o.origin)).toEqual([server.origin]);

      const imported = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'literacy.png', bytes: file }]);
      const [result] = imported.body['results'] as FileResult[];
      expect(result).toMatchObject({
        status: 'IMPORTED',
        records: [{ credentialId: `${server.origin}/assertions/1001`, status: 'IMPORTED' }],
      });
      const evidence = await download(teacher, testApp.baseUrl, `/api/evidence/${result.evidenceFileId}`);
      expect(evidence.headers.get('content-type')).toBe('image/png');

      const removed = await hr.request<{ removeBadgeOrigin: boolean }>(`mutation($id: ID!) { removeBadgeOrigin(id: $id) }`, {
        id: added.data!.addBadgeOrigin.id,
      });
      expect(removed.data!.removeBadgeOrigin).toBe(true);
    });
  });

  it('rejects every hostile corpus file with its specific code and changes nothing; good files in the same batch still import', async () => {
    const corpusDir = join(__dirname, 'verification', '__corpus__');
    const expected = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as Record<
      string,
      { code: string; limits?: unknown }
    >;
    const names = readdirSync(corpusDir).filter((f) => f in expected);
    expect(names.length).toBeGreaterThan(30);
    const before = await counts();
    for (let start = 0; start < names.length; start += 19) {
      const batch = names.slice(start, start + 19);
      const response = await upload(
        teacher,
        testApp.baseUrl,
        '/api/badges',
        batch.map((name) => ({ name, bytes: readFileSync(join(corpusDir, name)) })),
      );
      expect(response.status).toBe(200);
      const results = response.body['results'] as FileResult[];
      expect(results.map((r) => r.filename)).toEqual(batch);
      for (const result of results) {
        const want = expected[result.filename];
        expect({ file: result.filename, status: result.status }).toEqual({ file: result.filename, status: 'REJECTED' });
        // Files whose expected code depends on tightened limits in the unit corpus are only required to be refused here.
        if (!want.limits)
          expect({ file: result.filename, code: result.code }).toEqual({ file: result.filename, code: want.code });
        expect(result.message.length).toBeGreaterThan(10);
        expect(result.message.length).toBeLessThan(400);
      }
    }
    expect(await counts()).toEqual(before);

    const good = await signedCredential(educatorEmail);
    const mixed = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'svg-billion-laughs.svg', bytes: readFileSync(join(corpusDir, 'svg-billion-laughs.svg')) },
      { name: 'good.json', bytes: good },
    ]);
    expect(mixed.body).toMatchObject({ imported: 1, rejected: 1 });
  });

  it('checks the caller, the CSRF header, the target educator and the size limit before anything is stored', async () => {
    const bytes = await signedCredential(educatorEmail);
    const before = await counts();
    expect((await upload(null, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }])).status).toBe(401);
    expect((await upload(principal, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }])).status).toBe(403);
    const noHeader = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }], { headers: {} });
    expect(noHeader.status).toBe(403);
    expect(String(noHeader.body['message'])).toContain('x-pd-ledger-upload');
    const hrNoEducator = await upload(hr, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }]);
    expect(hrNoEducator).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(String(hrNoEducator.body['message'])).toContain('educatorId');
    const teacherForOther = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }], {
      fields: { educatorId: d.educators.teacherB },
    });
    expect(teacherForOther.status).toBe(404);
    const hrOtherDistrictEducator = await upload(hr, testApp.baseUrl, '/api/badges', [{ name: 'b.json', bytes }], {
      fields: { educatorId: randomUUID() },
    });
    expect(hrOtherDistrictEducator.status).toBe(404);
    expect((await upload(teacher, testApp.baseUrl, '/api/badges', [])).status).toBe(400);
    const huge = await upload(teacher, testApp.baseUrl, '/api/badges', [
      { name: 'huge.json', bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
    ]);
    expect(huge.status).toBe(413);
    expect(await counts()).toEqual(before);
  });
});

describe('evidence files (POST /api/evidence, GET /api/evidence/:id)', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let other: DistrictFixture;
  const clients: Record<string, GraphQLClient> = {};
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    other = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    const emails: Record<string, string> = {
      owner: d.accounts.teacherA.email,
      otherTeacher: d.accounts.teacherB.email,
      principal: d.accounts.principalA.email,
      principalOtherSchool: d.accounts.principalB.email,
      hr: d.accounts.hr.email,
      hrOtherDistrict: other.accounts.hr.email,
      teacherOtherDistrict: other.accounts.teacherA.email,
    };
    for (const [key, email] of Object.entries(emails)) {
      clients[key] = new GraphQLClient(testApp.baseUrl);
      await clients[key].signIn(email, TEST_PASSWORD);
    }
  });

  afterAll(() => testApp.close());

  async function uploadPdf(
    client: GraphQLClient,
    name = 'certificate.pdf',
  ): Promise<{ id: string; url: string; sha256: string }> {
    const response = await upload(client, testApp.baseUrl, '/api/evidence', [{ name, bytes: PDF, type: 'text/html' }]);
    expect(response.status).toBe(201);
    return (response.body['files'] as Array<{ id: string; url: string; sha256: string }>)[0];
  }

  it('stores an upload, links it to a submission, and serves it only to those who may see the record', async () => {
    const file = await uploadPdf(clients['owner'], 'Zertifikat – März.pdf');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const submitted = await clients['owner'].request<{
      submitPdRecord: { id: string; evidenceFiles: Array<{ id: string; contentType: string }> };
    }>(`mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id evidenceFiles { id contentType } } }`, {
      input: {
        title: 'With evidence',
        activityType: 'WORKSHOP',
        amount: '2',
        unit: 'CLOCK_HOUR',
        completedOn: '2024-01-10',
        evidenceFileIds: [file.id],
      },
    });
    // The type comes from the bytes, not from what the client claimed (text/html).
    expect(submitted.data!.submitPdRecord.evidenceFiles).toEqual([{ id: file.id, contentType: 'application/pdf' }]);

    const expectations: Record<string, number> = {
      owner: 200,
      principal: 200,
      hr: 200,
      otherTeacher: 404,
      principalOtherSchool: 404,
      hrOtherDistrict: 404,
      teacherOtherDistrict: 404,
    };
    for (const [who, status] of Object.entries(expectations)) {
      const response = await download(clients[who], testApp.baseUrl, file.url);
      expect({ who, status: response.status }).toEqual({ who, status });
      if (status === 200) {
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="Zertifikat _ M_rz.pdf"; filename*=UTF-8''${encodeURIComponent('Zertifikat – März.pdf')}`,
        );
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(response.headers.get('content-security-policy')).toContain('sandbox');
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
      } else {
        expect(await response.text()).not.toContain('%PDF');
      }
    }
    expect((await download(null, testApp.baseUrl, file.url)).status).toBe(401);
    expect((await download(clients['hr'], testApp.baseUrl, `/api/evidence/${randomUUID()}`)).status).toBe(404);
    expect((await download(clients['hr'], testApp.baseUrl, `/api/evidence/not-a-uuid`)).status).toBe(404);
  });

  it('will not let another teacher attach someone else’s file', async () => {
    const file = await uploadPdf(clients['owner']);
    const response = await clients['otherTeacher'].request(
      `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id } }`,
      {
        input: {
          title: 'Borrowed',
          activityType: 'WORKSHOP',
          amount: '2',
          unit: 'CLOCK_HOUR',
          completedOn: '2024-01-10',
          evidenceFileIds: [file.id],
        },
      },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(file.id);
  });

  it('accepts only allowed types and sizes, serves SVG as a download, and requires the upload header', async () => {
    const html = await upload(clients['owner'], testApp.baseUrl, '/api/evidence', [
      { name: 'page.html', bytes: '<html><script>alert(1)</script></html>', type: 'text/html' },
    ]);
    expect(html.status).toBe(415);
    expect(String(html.body['message'])).toContain('PDF');
    const exe = await upload(clients['owner'], testApp.baseUrl, '/api/evidence', [
      { name: 'cert.pdf', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00]) },
    ]);
    expect(exe.status).toBe(415);
    const big = await upload(clients['owner'], testApp.baseUrl, '/api/evidence', [
      { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) },
    ]);
    expect(big.status).toBe(413);
    expect(
      (await upload(clients['owner'], testApp.baseUrl, '/api/evidence', [{ name: 'c.pdf', bytes: PDF }], { headers: {} })).status,
    ).toBe(403);
    expect((await upload(clients['hr'], testApp.baseUrl, '/api/evidence', [{ name: 'c.pdf', bytes: PDF }])).status).toBe(403);

    const svg = await upload(clients['owner'], testApp.baseUrl, '/api/evidence', [
      { name: 'diagram.svg', bytes: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
    ]);
    expect(svg.status).toBe(201);
    const [stored] = svg.body['files'] as Array<{ url: string; contentType: string }>;
    expect(stored.contentType).toBe('image/svg+xml');
    const served = await download(clients['owner'], testApp.baseUrl, stored.url);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
  });
});
