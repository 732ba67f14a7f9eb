import { detectBadge } from './badge-detect';
import { BadgeError } from './badge-error';
import { verifyBadge, verifyBadgeFile, type VerifyBadgeOptions } from './verify-badge';
import {
  bakePng,
  bakeSvg,
  CLR_V2,
  ed25519Issuer,
  jwtIssuer,
  OB_V3,
  ob3Credential,
  signDataIntegrity,
  setPath,
  signVcJwt,
  VC_V2,
  type Ed25519Issuer,
  type JwtIssuer,
} from './__fixtures__/badge-fixtures';

const NOW = new Date('2025-06-01T12:00:00Z');
const maria = { emails: ['  Maria.Alvarez@maplewood.example.org '], ids: [] };
const options: VerifyBadgeOptions = {
  allowedOrigins: [],
  knownIdentities: maria,
  now: NOW,
  // Any fetch attempt is a bug here: Data Integrity must verify fully offline.
  fetch: async (url) => {
    throw new Error(`unexpected network access to ${url}`);
  },
};

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(BadgeError);
  await expect(promise).rejects.toMatchObject({ code });
}

describe('OB 3.0 Data Integrity (eddsa-rdfc-2022)', () => {
  let issuer: Ed25519Issuer;
  let signed: Record<string, unknown>;

  beforeAll(async () => {
    issuer = await ed25519Issuer();
    signed = await signDataIntegrity(ob3Credential(issuer.did), issuer);
  });

  it('verifies a credential signed in the test and normalises it', async () => {
    expect((signed['proof'] as Record<string, unknown>)['cryptosuite']).toBe('eddsa-rdfc-2022');
    const result = await verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(signed)), filename: 'badge.json' }, options);
    expect(result.kind).toBe('OB3_DATA_INTEGRITY');
    expect(result.statusChecked).toBe(true);
    expect(result.badges).toHaveLength(1);
    const [badge] = result.badges;
    expect(badge).toMatchObject({
      credentialId: 'urn:uuid:5f0b7a4e-2d1c-4b8e-9a51-0c7e2b1d3f10',
      issuer: { id: issuer.did, name: 'Keystone Teacher Academy', url: 'https://keystone.example.org' },
      achievement: {
        id: 'https://keystone.example.org/achievements/tic',
        name: 'Trauma-Informed Classrooms',
        achievementType: 'MicroCredential',
        creditsAvailable: '1.5',
        alignments: [{ targetName: 'Danielson 2a', targetUrl: 'https://example.org/danielson/2a' }],
      },
      issuedOn: '2025-02-01',
      expires: null,
      recipient: { matchedBy: 'email', identityType: 'emailAddress', hashed: true },
    });
  });

  it('verifies the same credential baked into PNG and SVG', async () => {
    const png = bakePng('openbadgecredential', JSON.stringify(signed));
    expect((await verifyBadgeFile({ bytes: png, contentType: 'image/png' }, options)).kind).toBe('OB3_DATA_INTEGRITY');
    const svg = bakeSvg(
      `<openbadges:credential><![CDATA[${JSON.stringify(signed)}]]></openbadges:credential>`,
      'https://purl.imsglobal.org/ob/v3p0',
    );
    expect((await verifyBadgeFile({ bytes: svg, filename: 'b.svg' }, options)).badges[0].achievement.name).toBe(
      'Trauma-Informed Classrooms',
    );
  });

  it('rejects a tampered credential', async () => {
    const tampered = structuredClone(signed);
    setPath(tampered, ['credentialSubject', 'achievement', 'creditsAvailable'], 15);
    await expectCode(
      verifyBadge(detectBadge({ bytes: Buffer.from(JSON.stringify(tampered)) }), options),
      'BADGE_SIGNATURE_INVALID',
    );
  });

  it('rejects a credential signed by a key that is not the issuer', async () => {
    const other = await ed25519Issuer();
    const forged = await signDataIntegrity(ob3Credential(issuer.did), other);
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(forged)) }, options), 'BADGE_SIGNATURE_INVALID');
  });

  it('rejects an expired credential and one not yet valid', async () => {
    const expired = await signDataIntegrity(ob3Credential(issuer.did, { validUntil: '2025-05-01T00:00:00Z' }), issuer);
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(expired)) }, options), 'BADGE_EXPIRED');
    const future = await signDataIntegrity(ob3Credential(issuer.did, { validFrom: '2026-01-01T00:00:00Z' }), issuer);
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(future)) }, options), 'BADGE_NOT_YET_VALID');
  });

  it('refuses a badge for someone else', async () => {
    await expectCode(
      verifyBadgeFile(
        { bytes: Buffer.from(JSON.stringify(signed)) },
        { ...options, knownIdentities: { emails: ['james.chen@maplewood.example.org'], ids: [] } },
      ),
      'BADGE_RECIPIENT_MISMATCH',
    );
  });

  it('never fetches contexts: an unknown context fails offline', async () => {
    const custom = ob3Credential(issuer.did, { '@context': [VC_V2, OB_V3, 'https://evil.example.com/context.json'] });
    const unsigned = {
      ...custom,
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: issuer.keyPair.id,
        proofValue: 'z1111',
      },
    };
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(unsigned)) }, options), 'BADGE_UNVERIFIABLE');
  });

  it('reports unsupported proof types clearly', async () => {
    const legacy = { ...ob3Credential(issuer.did), proof: { type: 'Ed25519Signature2020', proofValue: 'z111' } };
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(legacy)) }, options), 'BADGE_UNVERIFIABLE');
  });
});

describe('OB 3.0 VC-JWT', () => {
  let issuer: JwtIssuer;
  beforeAll(async () => {
    issuer = await jwtIssuer();
  });

  it('verifies a VC-JWT signed in the test (iss, jti, sub, nbf)', async () => {
    const credential = ob3Credential(issuer.did);
    (credential['credentialSubject'] as Record<string, unknown>)['id'] = 'did:example:maria';
    const jwt = await signVcJwt(credential, issuer);
    const result = await verifyBadgeFile(
      { bytes: Buffer.from(jwt) },
      { ...options, knownIdentities: { emails: [], ids: ['did:example:maria'] } },
    );
    expect(result.kind).toBe('OB3_VC_JWT');
    expect(result.badges[0]).toMatchObject({
      credentialId: credential['id'],
      issuedOn: '2025-02-01',
      recipient: { matchedBy: 'id', value: 'did:example:maria' },
    });
  });

  it('verifies a VC-JWT baked in an SVG verify attribute', async () => {
    const jwt = await signVcJwt(ob3Credential(issuer.did), issuer);
    const svg = bakeSvg(`<openbadges:credential verify="${jwt}"></openbadges:credential>`, 'https://purl.imsglobal.org/ob/v3p0');
    expect((await verifyBadgeFile({ bytes: svg }, options)).kind).toBe('OB3_VC_JWT');
  });

  it('rejects a tampered payload', async () => {
    const jwt = await signVcJwt(ob3Credential(issuer.did), issuer);
    const [h, p, s] = jwt.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    setPath(payload, ['vc', 'credentialSubject', 'achievement', 'name'], 'Doctorate');
    const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(tampered) }, options), 'BADGE_SIGNATURE_INVALID');
  });

  it('rejects claims that disagree with the credential and keys not owned by the issuer', async () => {
    const mismatched = await signVcJwt(ob3Credential(issuer.did), issuer, { jti: 'urn:uuid:someone-else' });
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(mismatched) }, options), 'BADGE_TAMPERED');
    const other = await jwtIssuer();
    const foreign = await signVcJwt(ob3Credential(issuer.did), { ...other, did: issuer.did });
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(foreign) }, options), 'BADGE_KEY_NOT_TRUSTED');
  });

  it('rejects an expired VC-JWT', async () => {
    const jwt = await signVcJwt(ob3Credential(issuer.did, { validUntil: '2025-04-01T00:00:00Z' }), issuer);
    await expectCode(verifyBadgeFile({ bytes: Buffer.from(jwt) }, options), 'BADGE_EXPIRED');
  });
});

describe('CLR 2.0', () => {
  let issuer: Ed25519Issuer;
  let jwtSigner: JwtIssuer;
  beforeAll(async () => {
    issuer = await ed25519Issuer();
    jwtSigner = await jwtIssuer();
  });

  async function clr(nested: unknown[]): Promise<Record<string, unknown>> {
    const base = ob3Credential(issuer.did);
    return signDataIntegrity(
      {
        '@context': [VC_V2, CLR_V2, OB_V3],
        id: 'urn:uuid:7d1c2e3f-0000-4000-8000-00000000c1a2',
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer: base['issuer'],
        validFrom: '2025-05-01T00:00:00Z',
        name: 'Keystone PD transcript',
        credentialSubject: {
          type: ['ClrSubject'],
          identifier: (base['credentialSubject'] as Record<string, unknown>)['identifier'],
          verifiableCredential: nested,
        },
      },
      issuer,
    );
  }

  it('verifies every nested credential (Data Integrity and VC-JWT)', async () => {
    const first = await signDataIntegrity(ob3Credential(issuer.did), issuer);
    const secondCredential = ob3Credential(jwtSigner.did, { id: 'urn:uuid:5f0b7a4e-2d1c-4b8e-9a51-0c7e2b1d3f11' });
    const second = await signVcJwt(secondCredential, jwtSigner);
    const signedClr = await clr([first, second]);
    const result = await verifyBadgeFile({ bytes: bakePng('clrcredential', JSON.stringify(signedClr)) }, options);
    expect(result.kind).toBe('CLR2_DATA_INTEGRITY');
    expect(result.credentialId).toBe('urn:uuid:7d1c2e3f-0000-4000-8000-00000000c1a2');
    expect(result.badges.map((b) => [b.kind, b.credentialId])).toEqual([
      ['OB3_DATA_INTEGRITY', 'urn:uuid:5f0b7a4e-2d1c-4b8e-9a51-0c7e2b1d3f10'],
      ['OB3_VC_JWT', 'urn:uuid:5f0b7a4e-2d1c-4b8e-9a51-0c7e2b1d3f11'],
    ]);
  });

  it("checks each entry's status list with the caller's statusCheck: unknown stays unchecked, revoked refuses the CLR", async () => {
    const status = {
      id: 'https://status.example.org/list#7',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: 'https://status.example.org/list',
    };
    const first = await signDataIntegrity(ob3Credential(issuer.did, { credentialStatus: status }), issuer);
    const bytes = Buffer.from(JSON.stringify(await clr([first])));
    expect((await verifyBadgeFile({ bytes }, options)).statusChecked).toBe(false);
    expect((await verifyBadgeFile({ bytes }, { ...options, statusCheck: async () => false })).statusChecked).toBe(true);
    const revoked = verifyBadgeFile({ bytes }, { ...options, statusCheck: async () => true });
    await expectCode(revoked, 'BADGE_REVOKED');
    await expect(revoked).rejects.toThrow(/^CLR credential 1 of 1/);
  });

  it('rejects a CLR whose nested credential was tampered with (even though the CLR proof is valid)', async () => {
    const first = await signDataIntegrity(ob3Credential(issuer.did), issuer);
    setPath(first, ['credentialSubject', 'achievement', 'name'], 'Something grander');
    const signedClr = await clr([first]);
    const error = await verifyBadgeFile({ bytes: Buffer.from(JSON.stringify(signedClr)) }, options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BADGE_SIGNATURE_INVALID' });
    expect((error as Error).message).toMatch(/^CLR credential 1 of 1/);
  });
});
