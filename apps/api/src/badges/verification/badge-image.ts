import { isJsonObject } from './safe-json';

/** A badge's own picture, when the verified credential carries it inside itself (a data: URI). */
export interface BadgeImage {
  contentType: 'image/png' | 'image/svg+xml';
  bytes: Buffer;
}

/** Larger embedded images are left out: a badge picture is a few KB, and it is only shown. */
export const MAX_BADGE_IMAGE_BYTES = 512 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DATA_URI = /^data:(image\/png|image\/svg\+xml)((?:;[a-z0-9-]+=[^;,]*)*)(;base64)?,/i;

/**
 * The picture of an Open Badges image property (OB 2.0 `image`, OB 3.0 `image: { id, type }`),
 * when it is a data: URI holding a PNG or an SVG. It was covered by the credential's signature or
 * hosted verification, so it is the issuer's. A URL elsewhere is not fetched (its host is not
 * verified and the district's server should not be sent to arbitrary addresses), and an image that
 * is not what it says, or too large, is left out: the badge itself is still imported.
 */
export function embeddedBadgeImage(value: unknown): BadgeImage | null {
  const uri = typeof value === 'string' ? value : isJsonObject(value) && typeof value['id'] === 'string' ? value['id'] : null;
  if (!uri) return null;
  const match = DATA_URI.exec(uri);
  if (!match) return null;
  const contentType = match[1]!.toLowerCase() as BadgeImage['contentType'];
  const payload = uri.slice(match[0].length);
  // Refuse before decoding anything too large (percent-encoding takes up to 3 characters a byte).
  if (payload.length > MAX_BADGE_IMAGE_BYTES * 3) return null;
  let bytes: Buffer;
  if (match[3]) {
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(payload)) return null;
    bytes = Buffer.from(payload, 'base64');
  } else {
    try {
      bytes = Buffer.from(decodeURIComponent(payload), 'utf8');
    } catch {
      return null;
    }
  }
  if (bytes.length === 0 || bytes.length > MAX_BADGE_IMAGE_BYTES) return null;
  if (contentType === 'image/png' && !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return null;
  if (contentType === 'image/svg+xml' && !/<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'))) return null;
  return { contentType, bytes };
}

/** The first of several image properties that holds an embedded picture. */
export function firstEmbeddedBadgeImage(...values: unknown[]): BadgeImage | null {
  for (const value of values) {
    const image = embeddedBadgeImage(value);
    if (image) return image;
  }
  return null;
}
