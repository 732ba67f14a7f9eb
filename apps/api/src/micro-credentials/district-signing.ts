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
