import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download, upload } from '../testing/upload-client';
import {
  bakePng,
  ed25519Issuer,
  jwtIssuer,
  ob2BadgeClass,
  ob2Issuer,
  ob2Assertion,
  ob3Credential,
  OB_V3,
  sha256Identity,
  signDataIntegrity,
  signVcJwt,
  startIssuerServer,
  VC_V2,
  type IssuerServer,
} from './verification/__fixtures__/badge-fixtures';

interface FileResult {
  filename: string;
  status: string;
  code: string | null;
  message: string;
  records: Array<{ pdRecordId: string | null; credentialId: string; status: string; recordStatus: string | null }>;
}

interface Verification {
  issuerId: string;
  issuerName: string | null;
  keyId: string | null;
  trusted: boolean;
  claimedHours: string | null;
  catalogHours: string | null;
  claimExceedsCatalog: boolean;
  findings: Array<{ check: string; ok: boolean; detail: string }>;
}

/** The value, or a test failure naming what was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

/**
 * Issuer trust: a valid signature is not enough; only an issuer the district trusts (by id, with
 * the signing key pinned or published on its own domain) makes a badge VERIFIED. Everything else
 * waits in review, counting nothing, and never touches the catalog's real issuers.
 */
describe('badge issuer trust', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let teacher: GraphQLClient;
  let hr: GraphQLClient;
  let educatorEmail: string;
  let realIssuer: { id: string; name: string; url: string };

  beforeAll(async () => {
    // The hosted badges below come from an issuer server on 127.0.0.1.
    testApp = await startTestApp({ BADGE_FETCH_ALLOW_PRIVATE: 'true' });
    d = await createDistrict(testApp.dataSource, { schoolYear: 2024 });
    teacher = new GraphQLClient(testApp.baseUrl);
    hr = new GraphQLClient(testApp.baseUrl);
    await teacher.signIn(d.accounts.teacherA.email, TEST_PASSWORD);
    await hr.signIn(d.accounts.hr.email, TEST_PASSWORD);
    [{ email: educatorEmail }] = (await testApp.dataSource.query(`SELECT email FROM educator WHERE id = $1`, [
      d.educators.teacherA,
    ])) as Array<{ email: string }>;
    [realIssuer] = (await testApp.dataSource.query(
      `SELECT i.id, i.name, i.url FROM issuer i JOIN catalog_item c ON c.issuer_id = i.id WHERE c.id = $1`,
      [d.catalogItemId],
    )) as Array<{ id: string; name: string; url: string }>;
  });

  afterAll(() => testApp.close());

  function forMe(credential: Record<string, unknown>): Record<string, unknown> {
    const subject = credential['credentialSubject'] as Record<string, unknown>;
    subject['identifier'] = [
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        salt: 'NaCl',
        identityHash: sha256Identity(educatorEmail, 'NaCl'),
      },
    ];
    return credential;
  }

  /** The credential a dishonest teacher would make: the real catalog issuer's name, 900 hours. */
  function forgedCredential(issuerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const credential = forMe(ob3Credential(issuerId, { id: `urn:uuid:${randomUUID()}`, ...overrides }));
    credential['issuer'] = { id: issuerId, type: ['Profile'], name: realIssuer.name, url: 'https://issuer.example.org' };
    const achievement = (credential['credentialSubject'] as Record<string, Record<string, unknown>>)['achievement'];
    achievement['id'] = 'https://state.example.org/achievements/literacy-leadership';
    achievement['name'] = 'Literacy Leadership';
    achievement['creditsAvailable'] = 900;
    return credential;
  }

  async function importOne(name: string, bytes: Buffer | string): Promise<FileResult> {
    const response = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name, bytes, type: 'application/json' }]);
    expect(response.status).toBe(200);
    return (response.body['results'] as FileResult[])[0];
  }

  async function record(id: string): Promise<{
    status: string;
    catalogItem: { id: string; statedHours: string | null; issuer: { name: string } } | null;
    badgeVerification: Verification;
  }> {
    const response = await hr.request<{ educator: { pdRecords: Array<Record<string, unknown>> } }>(
      `query($id: ID!) { educator(id: $id) { pdRecords { id status catalogItem { id statedHours issuer { name } }
         badgeVerification { issuerId issuerName keyId trusted claimedHours catalogHours claimExceedsCatalog findings { check ok detail } } } } }`,
      { id: d.educators.teacherA },
    );
    return must(response.data).educator.pdRecords.find((r) => r['id'] === id) as never;
  }

  /** Every figure a record could change: renewal, lane, totals, the stored standing, the state hour upload. */
  async function figures(): Promise<unknown> {
    const response = await hr.request(
      `query($id: ID!) { educator(id: $id) { renewals { earned remaining status } lane { creditsEarned nextLane qualifiesOn } pdTotals { hourEquivalents recordCount } } }`,
      { id: d.educators.teacherA },
    );
    expect(response.errors).toBeUndefined();
    const upload = await download(hr, testApp.baseUrl, '/api/reports/state-hour-upload/csv');
    expect(upload.status).toBe(200);
    const standing = await testApp.dataSource.query(`SELECT status FROM renewal_standing WHERE educator_id = $1`, [
      d.educators.teacherA,
    ]);
    return { educator: response.data, upload: await upload.text(), standing };
  }

  async function catalogCounts(): Promise<{ issuers: number; items: number }> {
    const [row] = (await testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM issuer WHERE district_id = $1) AS issuers, (SELECT count(*)::int FROM catalog_item WHERE district_id = $1) AS items`,
      [d.districtId],
    )) as Array<{ issuers: number; items: number }>;
    return row;
  }

  async function trust(input: Record<string, unknown>): Promise<{ id: string; pinnedKeys: string[] }> {
    const response = await hr.request<{ addTrustedIssuer: { id: string; pinnedKeys: string[] } }>(
      `mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id pinnedKeys } }`,
      { input },
    );
    expect(response.errors).toBeUndefined();
    return must(response.data).addTrustedIssuer;
  }

  it('files a VC-JWT from a new did:key naming a real issuer and claiming 900 hours as SUBMITTED: real issuer untouched, no figure changes; trusted, the same badge is VERIFIED', async () => {
    const forger = await jwtIssuer();
    const before = await figures();
    const catalogBefore = await catalogCounts();

    const result = await importOne('forged.json', await signVcJwt(forgedCredential(forger.did), forger));
    expect(result).toMatchObject({ status: 'IMPORTED', records: [{ status: 'IMPORTED', recordStatus: 'SUBMITTED' }] });
    expect(result.message).toContain('waits for review');
    const forged = await record(must(result.records[0].pdRecordId));
    expect(forged.status).toBe('SUBMITTED');
    expect(forged.catalogItem).toBeNull();
    expect(forged.badgeVerification).toMatchObject({
      issuerId: forger.did,
      issuerName: realIssuer.name,
      keyId: forger.did,
      trusted: false,
      claimedHours: '900',
      catalogHours: null,
      claimExceedsCatalog: true,
    });
    const findings = forged.badgeVerification.findings;
    expect(findings).toEqual(
      expect.arrayContaining([
        { check: 'SIGNATURE', ok: true, detail: expect.stringContaining('Signature valid (VC-JWT') },
        { check: 'ISSUER', ok: false, detail: `Issuer ${forger.did} is not trusted by the district.` },
        { check: 'CLAIM', ok: false, detail: expect.stringContaining('Claims 900 hours') },
      ]),
    );

    // Nothing in the catalog changed; the real issuer keeps its name and link; nothing counts.
    expect(await catalogCounts()).toEqual(catalogBefore);
    const [issuerAfter] = (await testApp.dataSource.query(`SELECT id, name, url FROM issuer WHERE id = $1`, [
      realIssuer.id,
    ])) as unknown[];
    expect(issuerAfter).toEqual(realIssuer);
    expect(await figures()).toEqual(before);

    // Reviewers see it in the queue with its findings.
    const queue = await hr.request<{ reviewQueue: { rows: Array<{ id: string; badgeVerification: Verification | null }> } }>(
      `{ reviewQueue(limit: 100) { rows { id badgeVerification { trusted claimExceedsCatalog findings { check ok } } } } }`,
    );
    const row = must(queue.data).reviewQueue.rows.find((r) => r.id === result.records[0].pdRecordId);
    expect(row?.badgeVerification).toMatchObject({ trusted: false, claimExceedsCatalog: true });

    // HR sees the issuer waiting for a decision, with the badge and the key it could pin.
    const waiting = await hr.request<{
      waitingIssuers: Array<{
        issuerId: string;
        claimedNames: string[];
        keyIds: string[];
        badgeCount: number;
        badges: Array<{ id: string }>;
      }>;
    }>(`{ waitingIssuers { issuerId claimedNames keyIds badgeCount badges { id } } }`);
    expect(must(waiting.data).waitingIssuers.find((w) => w.issuerId === forger.did)).toEqual({
      issuerId: forger.did,
      claimedNames: [realIssuer.name],
      keyIds: [forger.did],
      badgeCount: 1,
      badges: [{ id: result.records[0].pdRecordId }],
    });

    // HR trusts the issuer (its did:key is pinned with it). The waiting badge stays in review for
    // a person: trust applies to badges imported from now on.
    const trusted = await trust({
      issuerId: forger.did,
      name: 'Keystone Teacher Academy',
      note: 'Confirmed by phone with the academy',
    });
    expect(trusted.pinnedKeys).toEqual([forger.did]);
    expect((await record(must(result.records[0].pdRecordId))).status).toBe('SUBMITTED');
    const waitingAfter = await hr.request<{ waitingIssuers: Array<{ issuerId: string }> }>(`{ waitingIssuers { issuerId } }`);
    expect(must(waitingAfter.data).waitingIssuers.map((w) => w.issuerId)).not.toContain(forger.did);
    const events = (await testApp.dataSource.query(`SELECT action, details FROM audit_event WHERE entity_id = $1`, [
      trusted.id,
    ])) as Array<{ action: string; details: { after: { issuerId: string; note: string } } }>;
    expect(events).toMatchObject([
      {
        action: 'TRUSTED_ISSUER_ADDED',
        details: { after: { issuerId: forger.did, note: 'Confirmed by phone with the academy' } },
      },
    ]);

    // The same badge (a new award of it) from the now-trusted issuer is VERIFIED, filed under a
    // new catalog issuer for that issuer id: never merged into the same-named real issuer.
    const again = await importOne('trusted.json', await signVcJwt(forgedCredential(forger.did), forger));
    expect(again.records[0].recordStatus).toBe('VERIFIED');
    const verified = await record(must(again.records[0].pdRecordId));
    expect(verified.status).toBe('VERIFIED');
    expect(verified.catalogItem).toMatchObject({ statedHours: '900', issuer: { name: 'Keystone Teacher Academy' } });
    expect(verified.badgeVerification).toMatchObject({ trusted: true, claimExceedsCatalog: false });
    const [issuerStill] = (await testApp.dataSource.query(`SELECT id, name, url FROM issuer WHERE id = $1`, [
      realIssuer.id,
    ])) as unknown[];
    expect(issuerStill).toEqual(realIssuer);

    // Once the catalog has the achievement, a badge claiming more than it waits for review, flagged.
    const more = forgedCredential(forger.did);
    (more['credentialSubject'] as Record<string, Record<string, unknown>>)['achievement']['creditsAvailable'] = 1000;
    const over = await importOne('over.json', await signVcJwt(more, forger));
    const flagged = await record(must(over.records[0].pdRecordId));
    expect(flagged).toMatchObject({
      status: 'SUBMITTED',
      catalogItem: { id: must(verified.catalogItem).id, statedHours: '900' },
    });
    expect(flagged.badgeVerification).toMatchObject({
      trusted: true,
      claimedHours: '1000',
      catalogHours: '900',
      claimExceedsCatalog: true,
    });
  });

  it("does not count another district's trusted issuers", async () => {
    const other = await createDistrict(testApp.dataSource, { schoolYear: 2024 });
    const otherHr = new GraphQLClient(testApp.baseUrl);
    await otherHr.signIn(other.accounts.hr.email, TEST_PASSWORD);
    const issuer = await jwtIssuer();
    const added = await otherHr.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
      input: { issuerId: issuer.did, name: 'Trusted elsewhere' },
    });
    expect(added.errors).toBeUndefined();
    const result = await importOne(
      'elsewhere.json',
      await signVcJwt(forMe(ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}` })), issuer),
    );
    expect(result.records[0].recordStatus).toBe('SUBMITTED');
    const mine = await hr.request<{ trustedIssuers: Array<{ issuerId: string }> }>(`{ trustedIssuers { issuerId } }`);
    expect(must(mine.data).trustedIssuers.map((t) => t.issuerId)).not.toContain(issuer.did);
  });

  it('verifies a trusted issuer only with its pinned key: a did:key credential naming a trusted issuer id but signed by another key is refused', async () => {
    const issuer = await ed25519Issuer();
    const stranger = await ed25519Issuer();
    await trust({ issuerId: issuer.did, name: `Pinned academy ${randomUUID().slice(0, 6)}` });
    // The Data Integrity proof must come from the issuer's own key; a stranger's key cannot sign for it.
    const impostor = forMe(ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}` }));
    const signed = await signDataIntegrity(impostor, stranger);
    const refused = await importOne('impostor.json', JSON.stringify(signed));
    expect(refused.status).toBe('REJECTED');
    const genuine = await signDataIntegrity(forMe(ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}` })), issuer);
    expect((await importOne('genuine.json', JSON.stringify(genuine))).records[0].recordStatus).toBe('VERIFIED');
  });

  it('verifies a correctly signed credential that uses the official OB 3.0 extensions context', async () => {
    const issuer = await ed25519Issuer();
    await trust({ issuerId: issuer.did, name: `Extensions academy ${randomUUID().slice(0, 6)}` });
    const credential = forMe(
      ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}`, '@context': [VC_V2, OB_V3, EXTENSIONS_CONTEXT] }),
    );
    const result = await importOne('extensions.json', JSON.stringify(await signDataIntegrity(credential, issuer)));
    expect(result).toMatchObject({ status: 'IMPORTED', records: [{ recordStatus: 'VERIFIED' }] });
  });

  it('refuses an issuer link that is not https, naming the field and value, and changes nothing', async () => {
    const issuer = await ed25519Issuer();
    await trust({ issuerId: issuer.did, name: `Link academy ${randomUUID().slice(0, 6)}` });
    const credential = forMe(ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}` }));
    (credential['issuer'] as Record<string, unknown>)['url'] = 'javascript:alert(document.cookie)';
    const catalogBefore = await catalogCounts();
    const result = await importOne('script.json', JSON.stringify(await signDataIntegrity(credential, issuer)));
    expect(result).toMatchObject({ status: 'REJECTED', code: 'BADGE_WRONG_TYPE' });
    expect(result.message).toContain('issuer.url');
    expect(result.message).toContain('javascript:alert(document.cookie)');
    expect(await catalogCounts()).toEqual(catalogBefore);
  });

  it('supports a VC-JWT carrying its key in the header (jwk) under the same rule: trusted only once the key is pinned', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(publicKey);
    const issuerId = `https://academy-${randomUUID().slice(0, 8)}.example.org/issuer`;
    const sign = (credential: Record<string, unknown>) =>
      new SignJWT({ vc: credential })
        .setProtectedHeader({ alg: 'EdDSA', jwk, typ: 'JWT' })
        .setIssuer(issuerId)
        .setJti(String(credential['id']))
        .setNotBefore(Math.floor(Date.parse(String(credential['validFrom'])) / 1000))
        .sign(privateKey);
    const first = await importOne('jwk-1.json', await sign(forMe(ob3Credential(issuerId, { id: `urn:uuid:${randomUUID()}` }))));
    expect(first.records[0].recordStatus).toBe('SUBMITTED');
    const seen = await record(must(first.records[0].pdRecordId));
    expect(seen.badgeVerification.keyId).toMatch(/^did:key:z6Mk/);
    expect(seen.badgeVerification.findings).toEqual(
      expect.arrayContaining([{ check: 'KEY', ok: false, detail: expect.stringContaining('is not pinned') }]),
    );

    // Trusting the issuer id alone is not enough: the header key is not the issuer's until pinned.
    const entry = await trust({ issuerId, name: 'Header-key academy' });
    const second = await importOne('jwk-2.json', await sign(forMe(ob3Credential(issuerId, { id: `urn:uuid:${randomUUID()}` }))));
    expect(second.records[0].recordStatus).toBe('SUBMITTED');

    const pinned = await hr.request<{ pinTrustedIssuerKey: { pinnedKeys: string[] } }>(
      `mutation($id: ID!, $key: String!) { pinTrustedIssuerKey(id: $id, key: $key) { pinnedKeys } }`,
      {
        id: entry.id,
        key: seen.badgeVerification.keyId,
      },
    );
    expect(must(pinned.data).pinTrustedIssuerKey.pinnedKeys).toEqual([seen.badgeVerification.keyId]);
    const pinEvents = (await testApp.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`,
      [entry.id],
    )) as unknown[];
    expect(pinEvents).toEqual([{ action: 'TRUSTED_ISSUER_ADDED' }, { action: 'TRUSTED_ISSUER_KEY_PINNED' }]);
    const third = await importOne('jwk-3.json', await sign(forMe(ob3Credential(issuerId, { id: `urn:uuid:${randomUUID()}` }))));
    expect(third.records[0].recordStatus).toBe('VERIFIED');
  });

  it('refuses issuer ids and keys HR cannot mean: other schemes, context hosts, malformed keys', async () => {
    for (const issuerId of [
      'javascript:alert(1)',
      'http://badges.example.org/issuer',
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
      'did:web:www.w3.org',
      'Pennsylvania Department of Education',
    ]) {
      const response = await hr.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
        input: { issuerId, name: 'x' },
      });
      expect({ issuerId, code: errorCode(response) }).toEqual({ issuerId, code: 'BAD_USER_INPUT' });
      expect(must(response.errors)[0].message).toContain('issuerId');
    }
    const contextHost = await hr.request(`mutation($o: String!) { addBadgeOrigin(origin: $o) { id } }`, {
      o: 'https://purl.imsglobal.org',
    });
    expect(errorCode(contextHost)).toBe('BAD_USER_INPUT');
    expect(must(contextHost.errors)[0].message).toContain('JSON-LD contexts');
    const bad = await hr.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`, {
      input: { issuerId: 'https://ok.example.org/issuer', name: 'x', pinnedKeys: ['not-a-key'] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(must(bad.errors)[0].message).toContain('not-a-key');
  });

  it('does not present an unbundled context as a key or DID document host', async () => {
    const issuer = await ed25519Issuer();
    const unknownContext = 'https://purl.imsglobal.org/spec/ob/v3p0/achievement-extras.json';
    const credential = forMe(
      ob3Credential(issuer.did, { id: `urn:uuid:${randomUUID()}`, '@context': [VC_V2, OB_V3, unknownContext] }),
    );
    // Signed with a loader that knows the made-up context, as a careless issuer's tooling might.
    const { loadDataIntegrityDeps } = await import('./verification/esm-deps');
    const { createDocumentLoader } = await import('./verification/document-loader');
    const deps = await loadDataIntegrityDeps();
    const base = createDocumentLoader(
      { allowedOrigins: [], limits: (await import('./verification/badge-limits')).DEFAULT_BADGE_LIMITS },
      deps,
    );
    const loader = async (url: string) =>
      url === unknownContext
        ? { contextUrl: null, documentUrl: url, document: { '@context': { extra: 'https://example.org/extra' } } }
        : base(url);
    const suite = new deps.DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: deps.cryptosuite });
    const signed = await deps.vc.issue({ credential, suite, documentLoader: loader });
    const result = await importOne('unknown-context.json', JSON.stringify(signed));
    expect(result).toMatchObject({ status: 'REJECTED', code: 'BADGE_UNVERIFIABLE' });
    expect(result.message).toContain('not bundled');
    expect(result.message).not.toContain('key or DID document');
  });

  describe('Open Badges 2.0 hosted', () => {
    let server: IssuerServer;

    beforeAll(async () => {
      server = await startIssuerServer();
      server.routes.set('/badges/literacy', { body: ob2BadgeClass(server.origin) });
      // The issuer profile gives the real catalog issuer's name: it must still not be filed under it.
      server.routes.set('/issuer', { body: ob2Issuer(server.origin, { name: realIssuer.name }) });
    });

    afterAll(() => server.close());

    function assertion(n: number, embedded: boolean): Record<string, unknown> {
      const badgeClass = ob2BadgeClass(server.origin);
      return ob2Assertion(server.origin, {
        id: `${server.origin}/assertions/${n}`,
        recipient: { type: 'email', hashed: true, salt: 'pepper', identity: sha256Identity(educatorEmail, 'pepper') },
        ...(embedded ? { badge: { ...badgeClass, issuer: { ...ob2Issuer(server.origin), name: realIssuer.name } } } : {}),
      });
    }

    it('from an origin that is not allowed: SUBMITTED with "not checked", nothing fetched, nothing counted; from an allowed origin: VERIFIED', async () => {
      const before = await figures();
      const catalogBefore = await catalogCounts();
      const baked = bakePng('openbadges', JSON.stringify(assertion(2001, true)));
      const response = await upload(teacher, testApp.baseUrl, '/api/badges', [{ name: 'hosted.png', bytes: baked }]);
      const [result] = response.body['results'] as FileResult[];
      expect(result).toMatchObject({ status: 'IMPORTED', records: [{ recordStatus: 'SUBMITTED' }] });
      expect(server.hits).toEqual([]);
      const waiting = await record(must(result.records[0].pdRecordId));
      expect(waiting.status).toBe('SUBMITTED');
      expect(waiting.catalogItem).toBeNull();
      expect(waiting.badgeVerification).toMatchObject({ trusted: false, issuerName: realIssuer.name, keyId: null });
      expect(waiting.badgeVerification.findings).toEqual(
        expect.arrayContaining([{ check: 'SIGNATURE', ok: false, detail: expect.stringContaining('Not checked') }]),
      );
      expect(await catalogCounts()).toEqual(catalogBefore);
      expect(await figures()).toEqual(before);

      // HR allows the origin (the existing allow-list): a hosted badge from it is VERIFIED.
      await hr.request(`mutation($o: String!) { addBadgeOrigin(origin: $o) { id } }`, { o: server.origin });
      server.routes.set('/assertions/2002', { body: assertion(2002, false) });
      const allowed = await upload(teacher, testApp.baseUrl, '/api/badges', [
        { name: 'allowed.png', bytes: bakePng('openbadges', `${server.origin}/assertions/2002`) },
      ]);
      const [ok] = allowed.body['results'] as FileResult[];
      expect(ok).toMatchObject({ status: 'IMPORTED', records: [{ recordStatus: 'VERIFIED' }] });
      const verified = await record(must(ok.records[0].pdRecordId));
      // Filed under a catalog issuer for its issuer id, not under the same-named real issuer.
      expect(verified.catalogItem?.issuer.name).toBe(`${realIssuer.name} (${server.origin}/issuer)`);
      const [issuerStill] = (await testApp.dataSource.query(`SELECT id, name, url FROM issuer WHERE id = $1`, [
        realIssuer.id,
      ])) as unknown[];
      expect(issuerStill).toEqual(realIssuer);
    });
  });
});
