import { createHash, timingSafeEqual } from 'node:crypto';
import { isJsonObject } from './safe-json';

/**
 * An OB 2.0 IdentityObject ({type, identity, hashed, salt}) or an OB 3.0 / CLR 2.0 one
 * ({identityType, identityHash, hashed, salt}). Both shapes are accepted as they arrive.
 */
export interface IdentityObjectLike {
  type?: unknown;
  identity?: unknown;
  identityType?: unknown;
  identityHash?: unknown;
  hashed?: unknown;
  salt?: unknown;
}

export interface KnownIdentities {
  /** The educator's email addresses (any case, any surrounding spaces). */
  emails: string[];
  /** Other identifiers: state educator id, SIS / OneRoster sourcedId, a DID or URL the educator owns. */
  ids: string[];
}

export interface RecipientMatch {
  /** Which kind of known value matched. */
  matchedBy: 'email' | 'id';
  /** The known value that matched (as the district stores it). */
  value: string;
  /** The identity type the issuer declared (email, emailAddress, url, sisSourcedId, ...). */
  identityType: string;
  hashed: boolean;
}

const EMAIL_TYPES = new Set(['email', 'emailaddress']);
const HASHED = /^(sha256|md5)\$([0-9a-fA-F]+)$/;

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashMatches(algorithm: 'sha256' | 'md5', hexDigest: string, candidate: string, salt: string): boolean {
  const expected = Buffer.from(hexDigest.toLowerCase(), 'hex');
  const actual = createHash(algorithm)
    .update(candidate + salt, 'utf8')
    .digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Finds the first identity object that names one of the educator's known emails or ids, hashed
 * (sha256$ / md5$, hex in either case, optional salt) or in plain text. Emails are compared trimmed
 * and lower-cased; for hashed emails both the normalised address and the address exactly as stored
 * are tried, since issuers do not all normalise before hashing. Returns null when nothing matches.
 */
export function matchRecipient(
  identityObjects: readonly IdentityObjectLike[],
  knownIdentities: KnownIdentities,
): RecipientMatch | null {
  const emails = knownIdentities.emails.filter((e) => typeof e === 'string' && e.trim() !== '');
  const ids = knownIdentities.ids.filter((i) => typeof i === 'string' && i.trim() !== '');

  for (const identity of identityObjects) {
    if (!isJsonObject(identity)) continue;
    const declaredType =
      typeof identity.identityType === 'string' ? identity.identityType : typeof identity.type === 'string' ? identity.type : '';
    const rawValue =
      typeof identity.identityHash === 'string'
        ? identity.identityHash
        : typeof identity.identity === 'string'
          ? identity.identity
          : null;
    if (rawValue === null) continue;
    const value = rawValue.trim();
    const salt = typeof identity.salt === 'string' ? identity.salt : '';
    const isEmailType = EMAIL_TYPES.has(declaredType.toLowerCase());
    const hashedMatch = HASHED.exec(value);
    // `hashed` is required by both specs, but a value in algorithm$hex form is treated as a hash
    // even when the flag is missing; a plain value is never compared as a hash.
    const isHashed = identity.hashed === true || (identity.hashed === undefined && hashedMatch !== null);

    const candidates: { matchedBy: 'email' | 'id'; value: string; forms: string[] }[] = [];
    if (isEmailType || declaredType === '') {
      for (const email of emails)
        candidates.push({ matchedBy: 'email', value: email, forms: unique([normaliseEmail(email), email, email.trim()]) });
    }
    if (!isEmailType) {
      for (const id of ids) candidates.push({ matchedBy: 'id', value: id, forms: unique([id.trim(), id]) });
    }

    for (const candidate of candidates) {
      const hit = isHashed
        ? hashedMatch !== null &&
          candidate.forms.some((form) => hashMatches(hashedMatch[1] as 'sha256' | 'md5', hashedMatch[2], form, salt))
        : candidate.matchedBy === 'email'
          ? normaliseEmail(value) === normaliseEmail(candidate.value)
          : value === candidate.value.trim();
      if (hit)
        return {
          matchedBy: candidate.matchedBy,
          value: candidate.value,
          identityType: declaredType || 'email',
          hashed: isHashed,
        };
    }
  }
  return null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
