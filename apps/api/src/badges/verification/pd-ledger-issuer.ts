import { gzipSync, gunzipSync } from 'node:zlib';

/** Bits in each district's revocation list: the Bitstring Status List minimum (16 KB), one per credential. */
export const STATUS_LIST_BITS = 131072;

/**
 * The district's did:web, path-based on PUBLIC_URL's host (and port, percent-encoded) so PD Ledger
 * serves it: did:web:host%3Aport:api:districts:<id> resolves to <PUBLIC_URL>/api/districts/<id>/did.json
 * (W3C CCG did:web method, "Read (Resolve)").
 */
export function districtDid(publicUrl: string, districtId: string): string {
  const url = new URL(publicUrl);
  return `did:web:${encodeURIComponent(url.host)}:api:districts:${districtId}`;
}

export function districtBaseUrl(publicUrl: string, districtId: string): string {
  return `${new URL(publicUrl).origin}/api/districts/${districtId}`;
}

export function statusListUrl(publicUrl: string, districtId: string): string {
  return `${districtBaseUrl(publicUrl, districtId)}/status/revocation`;
}

/**
 * encodedList of a Bitstring Status List: the bitstring (index 0 is the left-most, most
 * significant bit of the first byte), GZIP-compressed, as multibase base64url ('u' prefix)
 * (W3C Bitstring Status List v1.0, section 3.1 and "Bitstring Encoding").
 */
export function encodeStatusList(revokedIndexes: readonly number[], bits = STATUS_LIST_BITS): string {
  const bytes = Buffer.alloc(bits / 8);
  for (const index of revokedIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= bits) throw new RangeError(`status index ${index} is out of range`);
    bytes[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Whether a bit is set in an encodedList (the inverse of encodeStatusList). */
export function statusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (u...)');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index < 0 || index >= bytes.length * 8) throw new RangeError(`status index ${index} is out of range`);
  return (bytes[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The district whose did:web this is, when this PD Ledger (at publicUrl) serves it; else null. */
export function districtOfDid(publicUrl: string, did: string): string | null {
  const prefix = `did:web:${encodeURIComponent(new URL(publicUrl).host)}:api:districts:`;
  if (!did.toLowerCase().startsWith(prefix.toLowerCase())) return null;
  const rest = did.slice(prefix.length);
  return new RegExp(`^${UUID}$`, 'i').test(rest) ? rest.toLowerCase() : null;
}

/** The district whose revocation list this URL is, when this PD Ledger serves it; else null. */
export function districtOfStatusList(publicUrl: string, url: string): string | null {
  const origin = new URL(publicUrl).origin;
  const match = new RegExp(
    `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/districts/(${UUID})/status/revocation$`,
    'i',
  ).exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

export interface PublishedKey {
  keyId: string;
  publicKeyMultibase: string;
}

/** A district's DID document: every key it has had (older credentials name retired keys). */
export function districtDidDocument(did: string, keys: readonly PublishedKey[]): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: keys.map((key) => ({
      id: `${did}#${key.keyId}`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: key.publicKeyMultibase,
    })),
    assertionMethod: keys.map((key) => `${did}#${key.keyId}`),
  };
}
