import { BadgeError } from './badge-error';
import { verifyBadgeFile, type VerifyBadgeOptions } from './verify-badge';
import {
  bakePng,
  bakeSvg,
  makePng,
  ob2Assertion,
  ob2BadgeClass,
  ob2Issuer,
  rsaKeyPair,
  signOb2,
  startIssuerServer,
  type IssuerServer,
} from './__fixtures__/badge-fixtures';
import { encodePngChunk } from './png-reader';

const NOW = new Date('2025-06-01T12:00:00Z');
const maria = { emails: ['maria.alvarez@maplewood.example.org'], ids: [] };

async function expectCode(promise: Promise<unknown>, code: string): Promise<BadgeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadgeError);
  expect(error).toMatchObject({ code });
  return error as BadgeError;
}

describe('OB 2.0 hosted verification (local issuer on 127.0.0.1)', () => {
  let issuer: IssuerServer;
  let elsewhere: IssuerServer;
  let options: VerifyBadgeOptions;

  beforeAll(async () => {
    issuer = await startIssuerServer();
    elsewhere = await startIssuerServer();
    options = { allowedOrigins: [issuer.origin], knownIdentities: maria, now: NOW, allowPrivateAddresses: true };
  });
  afterAll(async () => {
    await issuer.close();
    await elsewhere.close();
  });
  beforeEach(() => {
    issuer.routes.clear();
    const o = issuer.origin;
    issuer.routes.set('/issuer', { body: ob2Issuer(o) });
    issuer.routes.set('/badges/literacy', { body: ob2BadgeClass(o) });
    issuer.routes.set('/assertions/1001', { body: ob2Assertion(o) });
  });

  const file = (doc: unknown) => ({ bytes: Buffer.from(JSON.stringify(doc)), filename: 'badge.json' });

  it('verifies a hosted assertion by re-fetching it and normalises it', async () => {
    const result = await verifyBadgeFile(file(ob2Assertion(issuer.origin)), options);
    expect(result.kind).toBe('OB2_HOSTED');
    expect(result.badges[0]).toMatchObject({
      credentialId: `${issuer.origin}/assertions/1001`,
      issuer: { id: `${issuer.origin}/issuer`, name: 'Keystone Teacher Academy', url: `${issuer.origin}/` },
      achievement: {
        name: 'Structured Literacy Foundations',
        alignments: [{ targetName: 'PA Chapter 49 Literacy', targetCode: 'LIT-1' }],
        tags: ['literacy'],
      },
      issuedOn: '2025-03-14',
      expires: null,
      recipient: { matchedBy: 'email', hashed: true },
      evidence: [{ url: `${issuer.origin}/evidence/1001`, name: 'Portfolio' }],
    });
  });

  it('verifies a baked PNG with only a legacy tEXt URL and an SVG with a verify URL', async () => {
    const url = `${issuer.origin}/assertions/1001`;
    const tEXt = encodePngChunk('tEXt', Buffer.concat([Buffer.from('openbadges\0', 'latin1'), Buffer.from(url)]));
    const png = bakePng('openbadges', JSON.stringify(ob2Assertion(issuer.origin)));
    expect((await verifyBadgeFile({ bytes: png }, options)).kind).toBe('OB2_HOSTED');
    const legacyOnly = makePng([tEXt]);
    expect((await verifyBadgeFile({ bytes: legacyOnly }, options)).credentialId).toBe(url);
    const svg = bakeSvg(`<openbadges:assertion verify="${url}"/>`);
    expect((await verifyBadgeFile({ bytes: svg }, options)).credentialId).toBe(url);
  });

  it('refuses to fetch from an origin that is not allow-listed', async () => {
    await expectCode(verifyBadgeFile(file(ob2Assertion(elsewhere.origin)), options), 'BADGE_ORIGIN_NOT_ALLOWED');
    expect(elsewhere.hits).toHaveLength(0);
  });

  it('refuses a redirect off the allow-list without following it', async () => {
    issuer.routes.set('/assertions/1001', { status: 302, headers: { location: `${elsewhere.origin}/assertions/1001` } });
    elsewhere.routes.set('/assertions/1001', { body: ob2Assertion(issuer.origin) });
    const error = await expectCode(verifyBadgeFile(file(ob2Assertion(issuer.origin)), options), 'BADGE_ORIGIN_NOT_ALLOWED');
    expect(error.message).toMatch(/after a redirect/);
    expect(elsewhere.hits).toHaveLength(0);
  });

  it('follows redirects that stay on the allow-list, up to the limit', async () => {
    const doc = ob2Assertion(issuer.origin);
    issuer.routes.set('/assertions/1001', { status: 302, headers: { location: '/a/2' } });
    issuer.routes.set('/a/2', { status: 301, headers: { location: '/a/3' } });
    issuer.routes.set('/a/3', { body: doc });
    expect((await verifyBadgeFile(file(doc), options)).credentialId).toBe(`${issuer.origin}/assertions/1001`);
    // The hosted copy must still declare the id it was fetched by.
    issuer.routes.set('/a/3', { body: ob2Assertion(issuer.origin, { id: `${issuer.origin}/a/3` }) });
    await expectCode(verifyBadgeFile(file(doc), options), 'BADGE_TAMPERED');
    for (let i = 0; i < 5; i++) issuer.routes.set(`/loop/${i}`, { status: 302, headers: { location: `/loop/${i + 1}` } });
    await expectCode(
      verifyBadgeFile(file(ob2Assertion(issuer.origin, { id: `${issuer.origin}/loop/0` })), options),
      'BADGE_TOO_MANY_REDIRECTS',
    );
  });

  it('treats HTTP 410 and revoked:true as revoked', async () => {
    issuer.routes.set('/assertions/1001', { status: 410, body: { revoked: true } });
    await expectCode(verifyBadgeFile(file(ob2Assertion(issuer.origin)), options), 'BADGE_REVOKED');
    issuer.routes.set('/assertions/1001', {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        id: `${issuer.origin}/assertions/1001`,
        revoked: true,
        revocationReason: 'Issued in error',
      },
    });
    const error = await expectCode(verifyBadgeFile(file(ob2Assertion(issuer.origin)), options), 'BADGE_REVOKED');
    expect(error.message).toContain('Issued in error');
  });

  it('rejects a baked copy that differs from the hosted one (tampered)', async () => {
    const tampered = ob2Assertion(issuer.origin, {
      recipient: { type: 'email', hashed: false, identity: 'maria.alvarez@maplewood.example.org' },
    });
    await expectCode(verifyBadgeFile(file(tampered), options), 'BADGE_TAMPERED');
  });

  it('rejects an expired badge and a badge for someone else', async () => {
    issuer.routes.set('/assertions/1001', { body: ob2Assertion(issuer.origin, { expires: '2025-05-31T00:00:00Z' }) });
    await expectCode(
      verifyBadgeFile(file(ob2Assertion(issuer.origin, { expires: '2025-05-31T00:00:00Z' })), options),
      'BADGE_EXPIRED',
    );
    issuer.routes.set('/assertions/1001', { body: ob2Assertion(issuer.origin) });
    await expectCode(
      verifyBadgeFile(file(ob2Assertion(issuer.origin)), {
        ...options,
        knownIdentities: { emails: ['james.chen@maplewood.example.org'], ids: [] },
      }),
      'BADGE_RECIPIENT_MISMATCH',
    );
  });

  it('applies timeouts and size limits to fetches', async () => {
    issuer.routes.set('/assertions/1001', { body: ob2Assertion(issuer.origin), delayMs: 500 });
    await expectCode(
      verifyBadgeFile(file(ob2Assertion(issuer.origin)), { ...options, limits: { fetchTimeoutMs: 100 } }),
      'BADGE_FETCH_TIMEOUT',
    );
    issuer.routes.set('/assertions/1001', { body: { ...ob2Assertion(issuer.origin), padding: 'x'.repeat(5000) } });
    await expectCode(
      verifyBadgeFile(file(ob2Assertion(issuer.origin)), { ...options, limits: { maxFetchBytes: 2000 } }),
      'BADGE_TOO_LARGE',
    );
    issuer.routes.set('/assertions/1001', { status: 500, body: 'oops' });
    await expectCode(verifyBadgeFile(file(ob2Assertion(issuer.origin)), options), 'BADGE_FETCH_FAILED');
  });

  it('uses the injected fetch function', async () => {
    const seen: string[] = [];
    const result = await verifyBadgeFile(file(ob2Assertion(issuer.origin)), {
      ...options,
      fetch: (url, init) => {
        seen.push(url);
        return fetch(url, init);
      },
    });
    expect(result.kind).toBe('OB2_HOSTED');
    expect(seen).toEqual([`${issuer.origin}/assertions/1001`, `${issuer.origin}/badges/literacy`, `${issuer.origin}/issuer`]);
  });
});

describe('OB 2.0 signed verification (RS256 JWS)', () => {
  let issuer: IssuerServer;
  let keys: { publicKeyPem: string; privateKeyPem: string };
  let options: VerifyBadgeOptions;

  beforeAll(async () => {
    issuer = await startIssuerServer();
    keys = rsaKeyPair();
    options = { allowedOrigins: [issuer.origin], knownIdentities: maria, now: NOW, allowPrivateAddresses: true };
  });
  afterAll(() => issuer.close());
  beforeEach(() => {
    const o = issuer.origin;
    issuer.routes.clear();
    issuer.routes.set('/issuer', { body: ob2Issuer(o, { publicKey: `${o}/keys/1`, revocationList: `${o}/revocations` }) });
    issuer.routes.set('/keys/1', {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'CryptographicKey',
        id: `${o}/keys/1`,
        owner: `${o}/issuer`,
        publicKeyPem: keys.publicKeyPem,
      },
    });
    issuer.routes.set('/revocations', {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        id: `${o}/revocations`,
        type: 'RevocationList',
        revokedAssertions: [],
      },
    });
    issuer.routes.set('/badges/literacy', { body: ob2BadgeClass(o) });
  });

  const signedAssertion = () =>
    ob2Assertion(issuer.origin, {
      id: 'urn:uuid:2b8f4a52-6c1e-4a5e-8b0a-1f0e6a0c9d01',
      verification: { type: 'signed', creator: `${issuer.origin}/keys/1` },
    });

  it('verifies a JWS signed in the test with a generated RSA key', async () => {
    const jws = await signOb2(signedAssertion(), keys.privateKeyPem);
    const result = await verifyBadgeFile({ bytes: bakePng('openbadges', jws) }, options);
    expect(result.kind).toBe('OB2_SIGNED');
    expect(result.badges[0]).toMatchObject({
      credentialId: 'urn:uuid:2b8f4a52-6c1e-4a5e-8b0a-1f0e6a0c9d01',
      achievement: { name: 'Structured Literacy Foundations' },
    });
  });

  it('rejects a tampered JWS payload and a foreign key', async () => {
    const jws = await signOb2(signedAssertion(), keys.privateKeyPem);
    const [h, , s] = jws.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...signedAssertion(), issuedOn: '2024-01-01T00:00:00Z' })).toString(
      'base64url',
    );
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(`${h}.${forgedPayload}.${s}`) }, options), 'BADGE_SIGNATURE_INVALID');
    const other = rsaKeyPair();
    await expectCode(
      verifyBadgeFile({ bytes: Buffer.from(await signOb2(signedAssertion(), other.privateKeyPem)) }, options),
      'BADGE_SIGNATURE_INVALID',
    );
  });

  it('rejects a key that the issuer does not own or list', async () => {
    issuer.routes.set('/keys/1', {
      body: { id: `${issuer.origin}/keys/1`, owner: `${issuer.origin}/someone-else`, publicKeyPem: keys.publicKeyPem },
    });
    await expectCode(
      verifyBadgeFile({ bytes: Buffer.from(await signOb2(signedAssertion(), keys.privateKeyPem)) }, options),
      'BADGE_KEY_NOT_TRUSTED',
    );
    const unlisted = { ...signedAssertion(), verification: { type: 'signed', creator: `${issuer.origin}/keys/2` } };
    await expectCode(
      verifyBadgeFile({ bytes: Buffer.from(await signOb2(unlisted, keys.privateKeyPem)) }, options),
      'BADGE_KEY_NOT_TRUSTED',
    );
  });

  it('honours the issuer revocation list', async () => {
    issuer.routes.set('/revocations', {
      body: {
        id: `${issuer.origin}/revocations`,
        type: 'RevocationList',
        revokedAssertions: [{ id: 'urn:uuid:2b8f4a52-6c1e-4a5e-8b0a-1f0e6a0c9d01', revocationReason: 'Duplicate' }],
      },
    });
    const error = await expectCode(
      verifyBadgeFile({ bytes: Buffer.from(await signOb2(signedAssertion(), keys.privateKeyPem)) }, options),
      'BADGE_REVOKED',
    );
    expect(error.message).toContain('Duplicate');
  });

  it('rejects an expired signed badge', async () => {
    const jws = await signOb2({ ...signedAssertion(), expires: '2025-01-01T00:00:00Z' }, keys.privateKeyPem);
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(jws) }, options), 'BADGE_EXPIRED');
  });
});
