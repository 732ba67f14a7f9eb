import { calculateJwkThumbprint, type JWK } from 'jose';
import { loadDataIntegrityDeps } from './esm-deps';
import { normaliseOrigin } from './safe-fetch';

/**
 * Who vouched for a badge, as far as cryptography and the network can tell: the key that verified
 * its signature and where that key (or the hosted assertion) came from. A valid signature proves
 * only that the holder of this key signed the file; whether the district trusts that key's issuer
 * is decided later (`issuer-trust.ts`), never here.
 */
export interface BadgeSigner {
  method: 'OB2_HOSTED' | 'OB2_SIGNED' | 'DATA_INTEGRITY' | 'VC_JWT';
  /** The verification method / key id used (did:key#..., did:web#..., https key URL); null for hosted OB 2.0. */
  keyId: string | null;
  /**
   * A stable name for the key material, the form HR pins: `did:key:z6Mk...` for Ed25519 keys
   * (whether given as a did:key or as a JWK), otherwise a JWK thumbprint URN (RFC 9278). Null
   * when the key was only fetched by URL (then `fetchedFrom` says from where).
   */
  keyFingerprint: string | null;
  /** Origin the key, DID document or hosted assertion was fetched from (safe fetch); null when local. */
  fetchedFrom: string | null;
}

/** The pinnable name of a public JWK: its did:key for Ed25519, else its RFC 9278 thumbprint URN. */
export async function jwkFingerprint(jwk: JWK): Promise<string> {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    const deps = await loadDataIntegrityDeps();
    const multikey = deps.Ed25519Multikey as unknown as {
      fromJwk(options: { jwk: JWK }): Promise<{ publicKeyMultibase: string }>;
    };
    const { publicKeyMultibase } = await multikey.fromJwk({ jwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x } });
    return `did:key:${publicKeyMultibase}`;
  }
  return `urn:ietf:params:oauth:jwk-thumbprint:sha-256:${await calculateJwkThumbprint(jwk, 'sha256')}`;
}

/** The signer of a credential whose key is a did:key, a did:web or an https URL. */
export function signerFromKeyUrl(method: BadgeSigner['method'], keyId: string, fetchedFrom: string | null): BadgeSigner {
  const did = keyId.split('#')[0];
  return { method, keyId, keyFingerprint: did.startsWith('did:key:') ? did : null, fetchedFrom };
}

/** Where a did:web or https key id is fetched from (null for did:key and other local keys). */
export function fetchOriginOfKey(keyId: string): string | null {
  if (keyId.startsWith('did:web:')) {
    const host = decodeURIComponent(keyId.slice('did:web:'.length).split(/[:#]/)[0] ?? '');
    return normaliseOrigin(`https://${host}`);
  }
  return /^https?:\/\//i.test(keyId) ? normaliseOrigin(keyId) : null;
}
