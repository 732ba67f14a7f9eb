import { deflateSync } from 'node:zlib';
import { encodeBadgeITxt, encodePngChunk, PNG_SIGNATURE } from '../badges/verification/png-reader';

/** Side of the square badge picture, in pixels. */
export const BADGE_IMAGE_SIZE = 256;

const BACKGROUND = [0xff, 0xff, 0xff] as const;
const RING = [0x1f, 0x4e, 0x79] as const;
const DISC = [0xf2, 0xa9, 0x00] as const;

/**
 * The badge picture: a gold disc in a blue ring on white, drawn pixel by pixel as 8-bit RGB
 * scanlines (filter type 0) and deflated with node's zlib, as PNG (ISO/IEC 15948) stores them.
 */
function badgeScanlines(size: number): Buffer {
  const rowBytes = 1 + size * 3;
  const raw = Buffer.alloc(rowBytes * size);
  const centre = (size - 1) / 2;
  const outer = size * 0.48;
  const inner = size * 0.38;
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0;
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - centre, y - centre);
      const colour = distance <= inner ? DISC : distance <= outer ? RING : BACKGROUND;
      raw.set(colour, y * rowBytes + 1 + x * 3);
    }
  }
  return raw;
}

/**
 * A PNG of the badge with the signed credential baked in, as the Open Badges 3.0 baking section
 * says: one uncompressed `iTXt` chunk with keyword `openbadgecredential` holding the credential's
 * JSON, placed before the image data.
 */
export function bakeCredentialPng(credential: Record<string, unknown>, size = BADGE_IMAGE_SIZE): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    encodePngChunk('IHDR', header),
    encodeBadgeITxt('openbadgecredential', JSON.stringify(credential)),
    encodePngChunk('IDAT', deflateSync(badgeScanlines(size))),
    encodePngChunk('IEND', Buffer.alloc(0)),
  ]);
}
