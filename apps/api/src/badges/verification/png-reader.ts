import { BadgeError } from './badge-error';
import type { BadgeLimits } from './badge-limits';
import { decodeUtf8 } from './safe-json';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Keywords baked badges use: OB 2.0 (`openbadges`), OB 3.0 and CLR 2.0. */
export const PNG_BADGE_KEYWORDS = ['openbadges', 'openbadgecredential', 'clrcredential'] as const;
export type PngBadgeKeyword = (typeof PNG_BADGE_KEYWORDS)[number];

export interface PngBadgePayload {
  keyword: PngBadgeKeyword;
  /** iTXt (assertion JSON, credential JSON or compact JWS) or legacy tEXt (hosted assertion URL). */
  chunkType: 'iTXt' | 'tEXt';
  text: string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
}

/**
 * Walks every chunk of a PNG (checking lengths against what is left and each CRC) and returns the
 * baked badge payload. The whole stream is walked, not just up to the first badge chunk, so that a
 * second, conflicting payload (which the baking spec forbids) or a damaged tail is reported rather
 * than silently ignored.
 */
export function readPngBadge(bytes: Buffer, limits: Pick<BadgeLimits, 'maxPngChunks'>): PngBadgePayload {
  if (!isPng(bytes)) throw new BadgeError('BADGE_PNG_INVALID', 'The file does not start with the PNG signature.');
  let offset = 8;
  let chunkCount = 0;
  let sawIend = false;
  const found: PngBadgePayload[] = [];

  while (offset < bytes.length) {
    if (++chunkCount > limits.maxPngChunks) {
      throw new BadgeError('BADGE_PNG_INVALID', `The PNG has more than ${limits.maxPngChunks} chunks.`);
    }
    if (bytes.length - offset < 12) {
      throw new BadgeError(
        'BADGE_TRUNCATED_PNG',
        `The PNG is truncated: chunk ${chunkCount} header is cut off at byte ${offset}.`,
      );
    }
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) {
      throw new BadgeError('BADGE_PNG_INVALID', `The PNG has an invalid chunk type at byte ${offset + 4}.`);
    }
    if (length > 0x7fffffff) {
      throw new BadgeError('BADGE_PNG_INVALID', `The PNG chunk ${type} declares an impossible length (${length}).`);
    }
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) {
      throw new BadgeError(
        'BADGE_TRUNCATED_PNG',
        `The PNG is truncated: chunk ${type} declares ${length} bytes but only ${Math.max(0, bytes.length - dataStart - 4)} remain.`,
      );
    }
    if (chunkCount === 1 && type !== 'IHDR') {
      throw new BadgeError('BADGE_PNG_INVALID', `The PNG's first chunk is ${type}, not IHDR.`);
    }
    const expectedCrc = bytes.readUInt32BE(dataEnd);
    if (crc32(bytes, offset + 4, dataEnd) !== expectedCrc) {
      throw new BadgeError(
        'BADGE_PNG_CRC_MISMATCH',
        `The PNG chunk ${type} at byte ${offset} fails its CRC check (the file is damaged or was altered).`,
      );
    }
    if (type === 'iTXt' || type === 'tEXt') {
      const payload = readTextChunk(type, bytes.subarray(dataStart, dataEnd));
      if (payload) found.push(payload);
    }
    offset = dataEnd + 4;
    if (type === 'IEND') {
      sawIend = true;
      break;
    }
  }
  if (!sawIend) throw new BadgeError('BADGE_TRUNCATED_PNG', 'The PNG is truncated: it ends before its IEND chunk.');

  const baked = found.filter((p) => p.chunkType === 'iTXt');
  if (baked.length > 1) {
    throw new BadgeError(
      'BADGE_DUPLICATE_PAYLOAD',
      `The PNG contains ${baked.length} baked badge chunks; the baking spec allows one.`,
    );
  }
  if (baked.length === 1) return baked[0];
  const legacy = found.filter((p) => p.chunkType === 'tEXt');
  if (legacy.length > 1) {
    throw new BadgeError('BADGE_DUPLICATE_PAYLOAD', `The PNG contains ${legacy.length} tEXt openbadges chunks; expected one.`);
  }
  if (legacy.length === 1) return legacy[0];
  throw new BadgeError(
    'BADGE_NOT_BAKED',
    'The PNG is an image without a baked badge (no openbadges, openbadgecredential or clrcredential chunk).',
  );
}

function readTextChunk(type: 'iTXt' | 'tEXt', data: Buffer): PngBadgePayload | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79) return null; // not a well-formed text chunk; not ours either
  const keyword = data.toString('latin1', 0, keywordEnd);
  if (!(PNG_BADGE_KEYWORDS as readonly string[]).includes(keyword)) return null;
  const badgeKeyword = keyword as PngBadgeKeyword;

  if (type === 'tEXt') {
    // Pre-2.0 baking stored only the hosted assertion URL, Latin-1 encoded.
    return { keyword: badgeKeyword, chunkType: 'tEXt', text: data.toString('latin1', keywordEnd + 1).trim() };
  }
  let p = keywordEnd + 1;
  if (data.length < p + 2) throw new BadgeError('BADGE_TRUNCATED_PNG', `The ${keyword} iTXt chunk is cut off.`);
  const compressionFlag = data[p];
  p += 2; // compression flag + method
  if (compressionFlag !== 0) {
    throw new BadgeError(
      'BADGE_PNG_COMPRESSED',
      `The ${keyword} iTXt chunk is compressed; the baking spec requires uncompressed text.`,
    );
  }
  const languageEnd = data.indexOf(0, p);
  if (languageEnd < 0) throw new BadgeError('BADGE_PNG_INVALID', `The ${keyword} iTXt chunk has no language tag terminator.`);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0)
    throw new BadgeError('BADGE_PNG_INVALID', `The ${keyword} iTXt chunk has no translated keyword terminator.`);
  const text = decodeUtf8(data.subarray(translatedEnd + 1), `${keyword} iTXt text`).trim();
  return { keyword: badgeKeyword, chunkType: 'iTXt', text };
}

/** Builds a PNG chunk (length, type, data, CRC). Used by tests and by anything that re-bakes. */
export function encodePngChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  const body = Buffer.concat([header.subarray(4), data]);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([header, data, crc]);
}

/** Builds an uncompressed iTXt chunk carrying a badge, as the baking specs describe. */
export function encodeBadgeITxt(keyword: PngBadgeKeyword, text: string): Buffer {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  return encodePngChunk('iTXt', data);
}
