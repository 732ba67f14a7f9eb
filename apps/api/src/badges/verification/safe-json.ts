import { unsafeTextReason } from '../../common/text-input';
import { BadgeError } from './badge-error';
import type { BadgeLimits } from './badge-limits';

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON.parse with the size and depth checked first. JSON has no entity expansion, so a JSON "bomb"
 * is either sheer size or pathological nesting (which overflows recursive consumers, including
 * JSON-LD processing); both are refused before any parsing happens.
 */
export function parseJsonSafely(
  text: string,
  limits: Pick<BadgeLimits, 'maxJsonBytes' | 'maxJsonDepth'>,
  what = 'badge JSON',
): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxJsonBytes) {
    throw new BadgeError('BADGE_TOO_LARGE', `The ${what} is ${bytes} bytes; the limit is ${limits.maxJsonBytes} bytes.`);
  }
  assertJsonDepth(text, limits.maxJsonDepth, what);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadgeError('BADGE_JSON_INVALID', `The ${what} is not valid JSON (${reason.slice(0, 120)}).`);
  }
  // The same rule as every other input (common/text-input.ts): \u0000 or an unpaired \ud800
  // escape parses, but is not text and cannot be stored.
  const unsafe = findUnsafeString(parsed, 0);
  if (unsafe) throw new BadgeError('BADGE_JSON_INVALID', `The ${what} has a value that ${unsafe}.`);
  return parsed;
}

function findUnsafeString(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return unsafeTextReason(value);
  if (depth > 1000 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const reason = (typeof key === 'string' ? unsafeTextReason(key) : null) ?? findUnsafeString(item, depth + 1);
    if (reason) return reason;
  }
  return null;
}

function assertJsonDepth(text: string, maxDepth: number, what: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > maxDepth) {
        throw new BadgeError('BADGE_JSON_TOO_DEEP', `The ${what} nests deeper than ${maxDepth} levels.`);
      }
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
}

/** Decodes UTF-8 strictly: a badge with invalid bytes is malformed, not something to guess at. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BadgeError('BADGE_UNKNOWN_FORMAT', `The ${what} is not valid UTF-8 text.`);
  }
}
