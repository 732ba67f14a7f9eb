import { decodeProtectedHeader, errors as joseErrors, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { credentialFamily, decodeJwsPart } from './badge-detect';
import { BadgeError } from './badge-error';
import type { BadgeLimits } from './badge-limits';
import { asArray, idOf, parseInstant, requireObject, requireString, wrongType } from './badge-shape';
import { fetchOriginOfKey, jwkFingerprint, signerFromKeyUrl, type BadgeSigner } from './badge-signer';
import { contextUrlsOf, createDocumentLoader, didWebToUrl } from './document-loader';
import { loadDataIntegrityDeps, type DataIntegrityDeps } from './esm-deps';
import { assertAllowedUrl, fetchJson, type NetworkPolicy } from './safe-fetch';
import { isJsonObject, type JsonObject } from './safe-json';

const JWT_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256'];

/** Required OB 3.0 / CLR 2.0 credential fields, checked before any cryptography. */
export function checkCredentialShape(credential: JsonObject): void {
  requireString(credential, 'id', '');
  if (idOf(credential['issuer']) === null)
    throw wrongType('issuer', 'an IRI or a Profile object with an id', credential['issuer']);
  if (credential['validFrom'] === undefined && credential['issuanceDate'] === undefined) {
    throw wrongType('validFrom', 'an ISO 8601 date-time', undefined);
  }
  const subject = requireObject(credential, 'credentialSubject', '');
  if (subject['id'] === undefined && subject['identifier'] === undefined) {
    throw new BadgeError(
      'BADGE_WRONG_TYPE',
      'The credentialSubject has neither an id nor an identifier, so it names no recipient.',
    );
  }
  if (subject['identifier'] !== undefined) {
    for (const identifier of asArray(subject['identifier'])) {
      if (!isJsonObject(identifier)) throw wrongType('credentialSubject.identifier', 'a list of IdentityObjects', identifier);
      requireString(identifier, 'identityHash', 'credentialSubject.identifier.');
    }
  }
  if (credentialFamily(credential) === 'OB3') {
    const achievement = requireObject(subject, 'achievement', 'credentialSubject.');
    if (achievement['name'] === undefined) throw wrongType('credentialSubject.achievement.name', 'a string', undefined);
  }
}

/** validFrom / validUntil (and the VC 1.1 names issuanceDate / expirationDate). */
export function checkValidityWindow(credential: JsonObject, now: Date): void {
  const validFrom = credential['validFrom'] ?? credential['issuanceDate'];
  const validUntil = credential['validUntil'] ?? credential['expirationDate'];
  if (typeof validFrom !== 'string') throw wrongType('validFrom', 'an ISO 8601 date-time', validFrom);
  if (parseInstant(validFrom, 'validFrom').getTime() > now.getTime()) {
    throw new BadgeError('BADGE_NOT_YET_VALID', `The credential is not valid until ${validFrom.slice(0, 10)}.`);
  }
  if (validUntil !== undefined) {
    if (typeof validUntil !== 'string') throw wrongType('validUntil', 'an ISO 8601 date-time', validUntil);
    if (parseInstant(validUntil, 'validUntil').getTime() <= now.getTime()) {
      throw new BadgeError('BADGE_EXPIRED', `The credential expired on ${validUntil.slice(0, 10)}.`, { validUntil });
    }
  }
}

function findBadgeError(error: unknown, depth = 0): BadgeError | null {
  if (depth > 6 || error === null || typeof error !== 'object') return null;
  if (error instanceof BadgeError) return error;
  const e = error as { cause?: unknown; errors?: unknown; details?: unknown; error?: unknown };
  for (const next of [
    e.cause,
    e.error,
    ...(Array.isArray(e.errors) ? e.errors : []),
    isJsonObject(e.details) ? e.details['cause'] : undefined,
  ]) {
    const found = findBadgeError(next, depth + 1);
    if (found) return found;
  }
  return null;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 160);
  if (Array.isArray(error)) return error.map(describeError).join('; ').slice(0, 160);
  return String(error).slice(0, 160);
}

/**
 * Verifies an embedded `eddsa-rdfc-2022` Data Integrity proof with @digitalbazaar/vc. The default
 * CredentialIssuancePurpose also checks that the verification method's controller is the issuer.
 */
export async function verifyDataIntegrity(credential: JsonObject, policy: NetworkPolicy, now: Date): Promise<BadgeSigner> {
  const proofs = asArray(credential['proof']);
  if (proofs.length === 0) throw new BadgeError('BADGE_UNVERIFIABLE', 'The credential has no proof.');
  const supported = proofs.some(
    (p) => isJsonObject(p) && p['type'] === 'DataIntegrityProof' && p['cryptosuite'] === 'eddsa-rdfc-2022',
  );
  if (!supported) {
    const kinds = proofs
      .map((p) => (isJsonObject(p) ? `${String(p['type'])}${p['cryptosuite'] ? `/${String(p['cryptosuite'])}` : ''}` : typeof p))
      .join(', ');
    throw new BadgeError(
      'BADGE_UNVERIFIABLE',
      `The credential's proof (${kinds.slice(0, 120)}) is not a supported type; PD Ledger verifies DataIntegrityProof eddsa-rdfc-2022 and VC-JWT.`,
    );
  }
  const deps: DataIntegrityDeps = await loadDataIntegrityDeps();
  const suite = new deps.DataIntegrityProof({ cryptosuite: deps.cryptosuite });
  const documentLoader = createDocumentLoader(policy, deps, contextUrlsOf(credential));
  let result: { verified: boolean; error?: unknown };
  try {
    result = await deps.vc.verifyCredential({
      credential,
      suite,
      documentLoader,
      now,
      // Status lists (1EdTech revocation list, Bitstring status list) are not fetched yet; the
      // credential is still verified, and the caller is told via `statusChecked: false`.
      checkStatus: async () => ({ verified: true }),
    });
  } catch (error) {
    throw (
      findBadgeError(error) ??
      new BadgeError('BADGE_SIGNATURE_INVALID', `The credential's proof could not be verified (${describeError(error)}).`)
    );
  }
  if (!result.verified) {
    const inner = findBadgeError(result.error) ?? findBadgeError(result);
    if (inner) throw inner;
    throw new BadgeError(
      'BADGE_SIGNATURE_INVALID',
      `The credential's Data Integrity proof does not verify: it was altered or not signed by its issuer (${describeError(result.error)}).`,
    );
  }
  // Every supported proof verified (vc.verifyCredential checks them all); the first names the key.
  const proof = proofs.find(
    (p) => isJsonObject(p) && p['type'] === 'DataIntegrityProof' && p['cryptosuite'] === 'eddsa-rdfc-2022',
  ) as JsonObject;
  const keyId = String(proof['verificationMethod']);
  return signerFromKeyUrl('DATA_INTEGRITY', keyId, fetchOriginOfKey(keyId));
}

interface JwtHeader {
  kid?: string;
  alg?: string;
  jwk?: JWK;
}

interface ResolvedJwtKey {
  jwk: Record<string, unknown>;
  signer: BadgeSigner;
}

async function didKeyJwk(did: string): Promise<Record<string, unknown>> {
  const deps = await loadDataIntegrityDeps();
  try {
    const keyPair = await deps.Ed25519Multikey.from({ publicKeyMultibase: did.slice('did:key:'.length) });
    return await deps.Ed25519Multikey.toJwk({ keyPair });
  } catch {
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT kid is not a valid Ed25519 did:key.');
  }
}

/** A did:web verification method: the DID document is fetched (safe fetch) and must say the issuer controls the key. */
async function didWebJwk(kid: string, issuerId: string, policy: NetworkPolicy): Promise<Record<string, unknown>> {
  const did = kid.split('#')[0];
  if (did !== issuerId)
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The VC-JWT was signed with a did:web key that is not the issuer's.");
  const { json } = await fetchJson(didWebToUrl(did), policy, 'DID document');
  if (!isJsonObject(json) || json['id'] !== did)
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', `The DID document of ${did.slice(0, 200)} does not describe that DID.`);
  const method = asArray(json['verificationMethod']).find(
    (vm) => isJsonObject(vm) && (vm['id'] === kid || `${did}${String(vm['id'])}` === kid),
  );
  if (!isJsonObject(method))
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', `The verification method ${kid.slice(0, 200)} is not in its DID document.`);
  if (idOf(method['controller']) !== did)
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The VC-JWT signing key is not controlled by the credential's issuer.");
  if (isJsonObject(method['publicKeyJwk'])) return method['publicKeyJwk'];
  if (typeof method['publicKeyMultibase'] === 'string') return didKeyJwk(`did:key:${method['publicKeyMultibase']}`);
  throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The DID document holds no public key for the VC-JWT.');
}

/**
 * The key a VC-JWT names: its `kid` (did:key = the issuer itself, did:web or an https key document
 * controlled by the issuer, fetched from allowed origins only), or else the `jwk` in its header.
 * A header key proves only that its holder signed; the trust decision needs it pinned by HR.
 */
async function resolveJwtKey(header: JwtHeader, issuerId: string, policy: NetworkPolicy): Promise<ResolvedJwtKey> {
  const { kid } = header;
  if (!kid && header.jwk) {
    if (!isJsonObject(header.jwk)) throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT header jwk is not a JSON Web Key.');
    const jwk = header.jwk as Record<string, unknown>;
    if ('d' in jwk) throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT header carries a private key; refusing it.');
    const fingerprint = await jwkFingerprint(jwk as JWK).catch(() => {
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT header jwk is not a usable public key.');
    });
    return { jwk, signer: { method: 'VC_JWT', keyId: fingerprint, keyFingerprint: fingerprint, fetchedFrom: null } };
  }
  if (!kid)
    throw new BadgeError(
      'BADGE_KEY_NOT_TRUSTED',
      'The VC-JWT header names no key (neither kid nor jwk), so its signature cannot be checked.',
    );
  let jwk: Record<string, unknown>;
  if (kid.startsWith('did:key:')) {
    if (kid.split('#')[0] !== issuerId)
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The VC-JWT was signed with a did:key that is not the issuer's.");
    jwk = await didKeyJwk(kid.split('#')[0]);
  } else if (kid.startsWith('did:web:')) {
    jwk = await didWebJwk(kid, issuerId, policy);
  } else if (/^https?:\/\//i.test(kid)) {
    assertAllowedUrl(kid, policy, 'VC-JWT signing key');
    const { json } = await fetchJson(kid.split('#')[0], policy, 'VC-JWT signing key', { goneMeansRevoked: true });
    if (!isJsonObject(json))
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT signing key document is not a JSON object.');
    const controller = idOf(json['controller']);
    const owned = controller === issuerId || kid.startsWith(`${issuerId}#`) || kid.startsWith(`${issuerId}/`);
    if (!owned)
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The VC-JWT signing key is not controlled by the credential's issuer.");
    const candidate = isJsonObject(json['publicKeyJwk']) ? json['publicKeyJwk'] : typeof json['kty'] === 'string' ? json : null;
    if (!candidate) throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The VC-JWT signing key document holds no public JWK.');
    jwk = candidate;
  } else {
    throw new BadgeError(
      'BADGE_KEY_NOT_TRUSTED',
      `The VC-JWT key ${kid.slice(0, 100)} cannot be resolved (supported: did:key, did:web, an allowed https URL, or a header jwk).`,
    );
  }
  return { jwk, signer: signerFromKeyUrl('VC_JWT', kid, fetchOriginOfKey(kid)) };
}

async function importJwtKey(
  jwk: Record<string, unknown>,
  alg: string | undefined,
): Promise<Awaited<ReturnType<typeof importJWK>>> {
  if ('d' in jwk) throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The issuer published a private key; refusing it.');
  try {
    return await importJWK(jwk as Parameters<typeof importJWK>[0], alg);
  } catch {
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The issuer's VC-JWT key is not usable with the JWT's algorithm.");
  }
}

/**
 * Verifies an OB 3.0 / CLR 2.0 VC-JWT: signature by the issuer's key, then the registered claims
 * must agree with the credential (iss = issuer.id, jti = id, sub = credentialSubject.id,
 * nbf = validFrom, exp = validUntil) so nothing in the credential can be swapped under the signature.
 */
export async function verifyVcJwt(
  jwt: string,
  limits: BadgeLimits,
  policy: NetworkPolicy,
  now: Date,
): Promise<{ credential: JsonObject; signer: BadgeSigner }> {
  let header: JwtHeader;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    throw new BadgeError('BADGE_SIGNATURE_INVALID', 'The VC-JWT header is unreadable.');
  }
  if (!header.alg || !JWT_ALGORITHMS.includes(header.alg)) {
    throw new BadgeError('BADGE_SIGNATURE_INVALID', `The VC-JWT uses an unsupported algorithm (${String(header.alg)}).`);
  }
  const unverified = decodeJwsPart(jwt.split('.')[1], 'JWT payload', limits);
  const credential = isJsonObject(unverified['vc']) ? unverified['vc'] : unverified;
  checkCredentialShape(credential);
  const issuerId = idOf(credential['issuer']) as string;
  checkValidityWindow(credential, now);

  const resolved = await resolveJwtKey(header, issuerId, policy);
  const key = await importJwtKey(resolved.jwk, header.alg);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, key, { algorithms: JWT_ALGORITHMS, currentDate: now, issuer: issuerId }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new BadgeError('BADGE_EXPIRED', 'The VC-JWT has expired.');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      if (error.claim === 'nbf') throw new BadgeError('BADGE_NOT_YET_VALID', 'The VC-JWT is not valid yet.');
      throw new BadgeError('BADGE_TAMPERED', `The VC-JWT claim "${error.claim}" does not match the credential.`);
    }
    throw new BadgeError(
      'BADGE_SIGNATURE_INVALID',
      'The VC-JWT signature does not verify: it was altered or not signed by its issuer.',
    );
  }
  const verifiedCredential = isJsonObject(payload['vc']) ? payload['vc'] : (payload as JsonObject);
  const subject = isJsonObject(verifiedCredential['credentialSubject']) ? verifiedCredential['credentialSubject'] : {};
  const mismatch = (claim: string) =>
    new BadgeError('BADGE_TAMPERED', `The VC-JWT claim "${claim}" does not match the credential it carries.`);
  if (payload.jti !== undefined && payload.jti !== verifiedCredential['id']) throw mismatch('jti');
  if (payload.sub !== undefined && subject['id'] !== undefined && payload.sub !== subject['id']) throw mismatch('sub');
  const validFrom = verifiedCredential['validFrom'] ?? verifiedCredential['issuanceDate'];
  if (payload.nbf !== undefined && typeof validFrom === 'string' && Math.floor(Date.parse(validFrom) / 1000) !== payload.nbf)
    throw mismatch('nbf');
  const validUntil = verifiedCredential['validUntil'] ?? verifiedCredential['expirationDate'];
  if (payload.exp !== undefined && typeof validUntil === 'string' && Math.floor(Date.parse(validUntil) / 1000) !== payload.exp)
    throw mismatch('exp');
  return { credential: verifiedCredential, signer: resolved.signer };
}
