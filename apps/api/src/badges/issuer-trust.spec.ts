import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { PdStatus } from '../domain/pd-enums';
import { assessIssuerTrust, decideBadgeStatus, issuerHostOrigin, type TrustContext } from './issuer-trust';
import { BadgeError, verifyBadgeFile, type BadgeSigner, type NormalizedBadge, type VerifyBadgeOptions } from './verification';
import { ob3Credential, sha256Identity } from './verification/__fixtures__/badge-fixtures';

const DID_KEY = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const OTHER_KEY = 'did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH';

function badge(issuerId: string, signer: BadgeSigner | null): NormalizedBadge {
  return {
    kind: 'OB3_VC_JWT',
    credentialId: 'urn:uuid:1',
    issuer: { id: issuerId, name: 'Pennsylvania Department of Education', url: null },
    achievement: {
      id: null,
      name: 'A',
      description: null,
      achievementType: null,
      creditsAvailable: null,
      criteriaUrl: null,
      fieldOfStudy: null,
      alignments: [],
      tags: [],
    },
    issuedOn: '2025-01-01',
    expires: null,
    creditsEarned: null,
    recipient: null,
    evidence: [],
    image: null,
    signer,
  };
}

function context(issuers: Array<{ issuerId: string; pinnedKeys?: string[] }>, allowedOrigins: string[] = []): TrustContext {
  return {
    allowedOrigins,
    trustedIssuers: new Map(
      issuers.map((issuer) => [
        issuer.issuerId,
        { issuerId: issuer.issuerId, name: 'Trusted', pinnedKeys: issuer.pinnedKeys ?? [] },
      ]),
    ),
  };
}

const didKeySigner = (key: string): BadgeSigner => ({
  method: 'VC_JWT',
  keyId: `${key}#${key.slice(8)}`,
  keyFingerprint: key,
  fetchedFrom: null,
});

describe('assessIssuerTrust', () => {
  it.each([
    ['untrusted did:key issuer', DID_KEY, didKeySigner(DID_KEY), context([]), false],
    [
      'trusted did:key issuer, key pinned',
      DID_KEY,
      didKeySigner(DID_KEY),
      context([{ issuerId: DID_KEY, pinnedKeys: [DID_KEY] }]),
      true,
    ],
    ['trusted id, key not pinned', DID_KEY, didKeySigner(DID_KEY), context([{ issuerId: DID_KEY }]), false],
    [
      'https issuer, header jwk pinned',
      'https://a.example.org/issuer',
      didKeySigner(OTHER_KEY),
      context([{ issuerId: 'https://a.example.org/issuer', pinnedKeys: [OTHER_KEY] }]),
      true,
    ],
    [
      'https issuer, header jwk pinned for another issuer',
      'https://a.example.org/issuer',
      didKeySigner(OTHER_KEY),
      context([
        { issuerId: 'https://a.example.org/issuer' },
        { issuerId: 'https://b.example.org/issuer', pinnedKeys: [OTHER_KEY] },
      ]),
      false,
    ],
    [
      'did:web key from its own domain',
      'did:web:a.example.org',
      {
        method: 'DATA_INTEGRITY',
        keyId: 'did:web:a.example.org#k',
        keyFingerprint: null,
        fetchedFrom: 'https://a.example.org',
      } as BadgeSigner,
      context([{ issuerId: 'did:web:a.example.org' }]),
      true,
    ],
    [
      'did:web key fetched from another origin',
      'did:web:a.example.org',
      {
        method: 'VC_JWT',
        keyId: 'https://keys.example.net/k',
        keyFingerprint: null,
        fetchedFrom: 'https://keys.example.net',
      } as BadgeSigner,
      context([{ issuerId: 'did:web:a.example.org' }], ['https://keys.example.net']),
      false,
    ],
    [
      'OB 2.0 hosted on an allowed origin',
      'https://a.example.org/issuer',
      { method: 'OB2_HOSTED', keyId: null, keyFingerprint: null, fetchedFrom: 'https://a.example.org' } as BadgeSigner,
      context([], ['https://a.example.org']),
      true,
    ],
    [
      "OB 2.0 hosted on its trusted issuer's own domain",
      'https://a.example.org/issuer',
      { method: 'OB2_HOSTED', keyId: null, keyFingerprint: null, fetchedFrom: 'https://a.example.org' } as BadgeSigner,
      context([{ issuerId: 'https://a.example.org/issuer' }]),
      true,
    ],
    [
      'OB 2.0 hosted elsewhere, naming a trusted issuer id',
      'https://a.example.org/issuer',
      { method: 'OB2_HOSTED', keyId: null, keyFingerprint: null, fetchedFrom: 'https://b.example.org' } as BadgeSigner,
      context([{ issuerId: 'https://a.example.org/issuer' }]),
      false,
    ],
    [
      'unverified (not checked) even when the id is trusted',
      DID_KEY,
      null,
      context([{ issuerId: DID_KEY, pinnedKeys: [DID_KEY] }]),
      false,
    ],
  ])('%s', (_name, issuerId, signer, trust, expected) => {
    expect(assessIssuerTrust(badge(issuerId, signer), 'hosted on an origin that is not allowed', trust).trusted).toBe(expected);
  });

  it('never trusts by the name a badge gives', () => {
    const trust = context([{ issuerId: 'Pennsylvania Department of Education', pinnedKeys: [DID_KEY] }]);
    expect(assessIssuerTrust(badge(DID_KEY, didKeySigner(DID_KEY)), null, trust).trusted).toBe(false);
  });

  it('maps did:web and https issuer ids to their own origin, and nothing else', () => {
    expect(issuerHostOrigin('did:web:a.example.org:users:alice')).toBe('https://a.example.org');
    expect(issuerHostOrigin('did:web:a.example.org%3A8443')).toBe('https://a.example.org:8443');
    expect(issuerHostOrigin('https://a.example.org/issuer')).toBe('https://a.example.org');
    expect(issuerHostOrigin('http://a.example.org/issuer')).toBeNull();
    expect(issuerHostOrigin(DID_KEY)).toBeNull();
  });
});

describe('decideBadgeStatus', () => {
  const trusted = { trusted: true, trustedIssuer: null, findings: [] };
  const untrusted = { trusted: false, trustedIssuer: null, findings: [] };
  it.each([
    ['trusted, within the catalog', trusted, '15', { statedHours: '15' }, PdStatus.VERIFIED, false],
    ['trusted, no claim', trusted, null, { statedHours: '15' }, PdStatus.VERIFIED, false],
    ['trusted, claims more than the catalog', trusted, '15.01', { statedHours: '15' }, PdStatus.SUBMITTED, true],
    ['trusted, catalog states no hours', trusted, '3', { statedHours: null }, PdStatus.SUBMITTED, true],
    ['untrusted, within the catalog', untrusted, '15', { statedHours: '30' }, PdStatus.SUBMITTED, false],
    ['untrusted, no catalog item', untrusted, '900', null, PdStatus.SUBMITTED, true],
  ])('%s', (_name, trust, claimedHours, catalog, status, flagged) => {
    const decision = decideBadgeStatus({ trust, claimedHours, catalog });
    expect([decision.status, decision.claimExceedsCatalog]).toEqual([status, flagged]);
  });
});

describe('VC-JWT signed with a did:web key (DID document through the safe fetch)', () => {
  const did = 'did:web:academy.example.org';
  const email = 'maria.alvarez@maplewood.example.org';

  async function setup(controller = did) {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(publicKey);
    const document = {
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'JsonWebKey2020', controller, publicKeyJwk: jwk }],
    };
    const fetched: string[] = [];
    const options: VerifyBadgeOptions = {
      allowedOrigins: ['https://academy.example.org'],
      knownIdentities: { emails: [email], ids: [] },
      now: new Date('2025-06-01T00:00:00Z'),
      fetch: async (url) => {
        fetched.push(url);
        return new Response(JSON.stringify(document), { status: 200, headers: { 'content-type': 'application/did+json' } });
      },
    };
    const credential = ob3Credential(did);
    (credential['credentialSubject'] as Record<string, unknown>)['identifier'] = [
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, salt: 's', identityHash: sha256Identity(email, 's') },
    ];
    const jwt = await new SignJWT({ vc: credential })
      .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#key-1` })
      .setIssuer(did)
      .setJti(String(credential['id']))
      .sign(privateKey);
    return { jwt, options, fetched };
  }

  it('verifies, names the key and where it came from, and is trusted for a trusted did:web issuer without pinning', async () => {
    const { jwt, options, fetched } = await setup();
    const result = await verifyBadgeFile({ bytes: Buffer.from(jwt) }, options);
    expect(fetched).toEqual(['https://academy.example.org/.well-known/did.json']);
    expect(result.badges[0].signer).toEqual({
      method: 'VC_JWT',
      keyId: `${did}#key-1`,
      keyFingerprint: null,
      fetchedFrom: 'https://academy.example.org',
    });
    expect(assessIssuerTrust(result.badges[0], null, context([{ issuerId: did }])).trusted).toBe(true);
    expect(assessIssuerTrust(result.badges[0], null, context([])).trusted).toBe(false);
  });

  it('refuses a key its DID document does not say the issuer controls, and a DID document on an origin that is not allowed', async () => {
    const wrong = await setup('did:web:someone-else.example.org');
    await expect(verifyBadgeFile({ bytes: Buffer.from(wrong.jwt) }, wrong.options)).rejects.toMatchObject({
      code: 'BADGE_KEY_NOT_TRUSTED',
    });
    const offList = await setup();
    const promise = verifyBadgeFile({ bytes: Buffer.from(offList.jwt) }, { ...offList.options, allowedOrigins: [] });
    await expect(promise).rejects.toBeInstanceOf(BadgeError);
    await expect(promise).rejects.toMatchObject({ code: 'BADGE_ORIGIN_NOT_ALLOWED' });
    expect(offList.fetched).toEqual([]);
  });
});
