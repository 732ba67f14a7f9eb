import { compactVerify, decodeProtectedHeader, importSPKI } from 'jose';
import { checkOb2AssertionShape, rejectOb1 } from './badge-detect';
import type { BadgeSigner } from './badge-signer';
import { BadgeError } from './badge-error';
import {
  asArray,
  idOf,
  optionalString,
  parseInstant,
  requireObject,
  requireString,
  stringValues,
  wrongType,
} from './badge-shape';
import { fetchJson, isAllowedUrl, normaliseOrigin, type NetworkPolicy } from './safe-fetch';
import { isJsonObject, type JsonObject } from './safe-json';

export interface VerifiedOb2 {
  assertion: JsonObject;
  badgeClass: JsonObject;
  issuer: JsonObject;
  signer: BadgeSigner;
}

async function fetchObject(url: string, policy: NetworkPolicy, what: string, goneMeansRevoked = false): Promise<JsonObject> {
  const { json } = await fetchJson(url, policy, what, { goneMeansRevoked });
  if (!isJsonObject(json)) throw wrongType(what, 'a JSON object', json);
  return json;
}

/** A property that is either an embedded document or an IRI to fetch (BadgeClass, Issuer). */
async function resolveNode(value: unknown, policy: NetworkPolicy, what: string, alwaysFetch: boolean): Promise<JsonObject> {
  const id = idOf(value);
  if (id === null) throw wrongType(what, 'an IRI or an embedded document with an id', value);
  if (isJsonObject(value) && !alwaysFetch) return value;
  if (!/^https?:\/\//i.test(id)) {
    if (isJsonObject(value)) return value;
    throw new BadgeError('BADGE_UNVERIFIABLE', `The ${what} ${id.slice(0, 100)} is neither embedded nor fetchable.`);
  }
  const doc = await fetchObject(id, policy, what);
  if (doc['id'] !== id) throw new BadgeError('BADGE_TAMPERED', `The ${what} fetched from ${id} declares a different id.`);
  return doc;
}

function checkExpiry(assertion: JsonObject, now: Date): void {
  const expires = optionalString(assertion, 'expires', '');
  if (expires && parseInstant(expires, 'expires').getTime() <= now.getTime()) {
    throw new BadgeError('BADGE_EXPIRED', `The badge expired on ${expires.slice(0, 10)}.`, { expires });
  }
}

function checkIssuerSchema(issuer: JsonObject): void {
  requireString(issuer, 'id', 'issuer.');
  if (typeof issuer['name'] !== 'string') throw wrongType('issuer.name', 'a string', issuer['name']);
}

/** The Open Badges 2.0 hosted-verification origin rule: the issuer's policy, or the issuer's own origin. */
function checkHostedOrigin(assertionId: string, issuer: JsonObject): void {
  const policy = isJsonObject(issuer['verification']) ? issuer['verification'] : null;
  const startsWith = policy ? stringValues(policy['startsWith']) : [];
  const allowedOrigins = policy ? stringValues(policy['allowedOrigins']) : [];
  const assertionOrigin = normaliseOrigin(assertionId);
  let ok: boolean;
  if (startsWith.length > 0) ok = startsWith.some((prefix) => assertionId.startsWith(prefix));
  else if (allowedOrigins.length > 0) {
    const host = assertionOrigin ? new URL(assertionOrigin).host : '';
    ok = allowedOrigins.some((origin) => origin === host || normaliseOrigin(origin) === assertionOrigin);
  } else ok = assertionOrigin !== null && assertionOrigin === normaliseOrigin(String(issuer['id']));
  if (!ok) {
    throw new BadgeError(
      'BADGE_UNVERIFIABLE',
      `The assertion ${assertionId.slice(0, 200)} is not hosted where its issuer's verification policy allows.`,
    );
  }
}

const COMPARED_FIELDS = ['recipient', 'badge', 'issuedOn', 'expires', 'evidence'];

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * OB 2.0 hosted verification: the issuer's hosted copy (fetched from the assertion id, allow-listed
 * origins only) is the truth. A baked copy that disagrees with it on what was awarded to whom is
 * treated as tampered; HTTP 410 or `revoked: true` means revoked.
 */
export async function verifyOb2Hosted(
  assertionUrl: string,
  baked: JsonObject | null,
  policy: NetworkPolicy,
  now: Date,
): Promise<VerifiedOb2> {
  const hosted = await fetchObject(assertionUrl, policy, 'hosted assertion', true);
  if (hosted['revoked'] === true) {
    const reason = typeof hosted['revocationReason'] === 'string' ? `: ${hosted['revocationReason'].slice(0, 200)}` : '';
    throw new BadgeError('BADGE_REVOKED', `The issuer has revoked this badge${reason}.`);
  }
  rejectOb1(hosted);
  checkOb2AssertionShape(hosted);
  if (hosted['id'] !== assertionUrl) {
    throw new BadgeError('BADGE_TAMPERED', 'The hosted assertion declares a different id from the URL it was fetched from.');
  }
  const verification = requireObject(hosted, 'verification', '');
  if (!['hosted', 'HostedBadge'].includes(String(verification['type']))) {
    throw new BadgeError('BADGE_UNVERIFIABLE', 'The hosted assertion does not declare hosted verification.');
  }
  if (baked) {
    const changed = COMPARED_FIELDS.filter((field) => stable(baked[field]) !== stable(hosted[field]));
    if (changed.length > 0) {
      throw new BadgeError(
        'BADGE_TAMPERED',
        `The badge file does not match the issuer's hosted copy (${changed.join(', ')} differ).`,
        { fields: changed },
      );
    }
  }
  const badgeClass = await resolveNode(hosted['badge'], policy, 'badge class', false);
  requireString(badgeClass, 'name', 'badge.');
  const issuer = await resolveNode(badgeClass['issuer'], policy, 'issuer profile', false);
  checkIssuerSchema(issuer);
  checkHostedOrigin(assertionUrl, issuer);
  checkExpiry(hosted, now);
  return {
    assertion: hosted,
    badgeClass,
    issuer,
    signer: { method: 'OB2_HOSTED', keyId: null, keyFingerprint: null, fetchedFrom: normaliseOrigin(assertionUrl) },
  };
}

/**
 * OB 2.0 signed verification: RS256 compact JWS whose signing key (verification.creator) is a
 * CryptographicKey owned by the issuer and listed in the issuer profile's publicKey; the issuer's
 * revocationList is then consulted. Issuer profile and key are always fetched (allow-listed).
 */
export async function verifyOb2Signed(
  jws: string,
  unverified: JsonObject,
  policy: NetworkPolicy,
  now: Date,
): Promise<VerifiedOb2> {
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(jws).alg;
  } catch {
    throw new BadgeError('BADGE_SIGNATURE_INVALID', 'The signed badge has an unreadable JWS header.');
  }
  if (alg !== 'RS256')
    throw new BadgeError('BADGE_SIGNATURE_INVALID', `Open Badges 2.0 signed badges use RS256; this one uses ${String(alg)}.`);

  const verification = requireObject(unverified, 'verification', '');
  if (!['signed', 'SignedBadge'].includes(String(verification['type']))) {
    throw new BadgeError('BADGE_UNVERIFIABLE', 'The JWS payload does not declare signed verification.');
  }
  const badgeClass = await resolveNode(unverified['badge'], policy, 'badge class', false);
  requireString(badgeClass, 'name', 'badge.');
  const issuerId = idOf(badgeClass['issuer']);
  if (!issuerId || !/^https?:\/\//i.test(issuerId)) {
    throw new BadgeError(
      'BADGE_KEY_NOT_TRUSTED',
      "The signed badge's issuer has no fetchable profile, so its signing key cannot be confirmed.",
    );
  }
  // The profile must come from the issuer itself, not from the (self-describing) signed payload.
  const issuer = await resolveNode(issuerId, policy, 'issuer profile', true);
  checkIssuerSchema(issuer);

  const issuerKeys = asArray(issuer['publicKey'])
    .map(idOf)
    .filter((k): k is string => k !== null);
  const creator = typeof verification['creator'] === 'string' ? verification['creator'] : null;
  const candidateKeys = creator ? [creator] : issuerKeys;
  if (candidateKeys.length === 0)
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'Neither the badge nor its issuer names a public key.');

  let verified: string | null = null;
  for (const keyId of candidateKeys) {
    if (!issuerKeys.includes(keyId)) {
      throw new BadgeError(
        'BADGE_KEY_NOT_TRUSTED',
        `The signing key ${keyId.slice(0, 200)} is not listed in the issuer's publicKey.`,
      );
    }
    if (!isAllowedUrl(keyId, policy.allowedOrigins)) {
      throw new BadgeError(
        'BADGE_ORIGIN_NOT_ALLOWED',
        `The signing key is hosted at ${normaliseOrigin(keyId) ?? keyId.slice(0, 100)}, which is not on the allow-list.`,
      );
    }
    const key = await fetchObject(keyId, policy, 'signing key', true);
    if (key['id'] !== keyId || idOf(key['owner']) !== issuer['id']) {
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The signing key is not owned by the badge's issuer.");
    }
    const pem = requireString(key, 'publicKeyPem', 'key.');
    let publicKey: Awaited<ReturnType<typeof importSPKI>>;
    try {
      publicKey = await importSPKI(pem, 'RS256');
    } catch {
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', "The issuer's public key is not a usable RSA key.");
    }
    try {
      const result = await compactVerify(jws, publicKey, { algorithms: ['RS256'] });
      const payload = JSON.parse(new TextDecoder().decode(result.payload)) as unknown;
      if (stable(payload) !== stable(unverified)) throw new Error('payload mismatch');
      verified = keyId;
      break;
    } catch {
      // try the next key; reported below if none verifies
    }
  }
  if (!verified)
    throw new BadgeError(
      'BADGE_SIGNATURE_INVALID',
      "The badge's signature does not verify with the issuer's key: it was altered or signed by someone else.",
    );

  const revocationListId = idOf(issuer['revocationList']);
  if (revocationListId) {
    const list = await fetchObject(revocationListId, policy, 'revocation list');
    const assertionId = String(unverified['id']);
    for (const entry of asArray(list['revokedAssertions'])) {
      const revokedId =
        typeof entry === 'string'
          ? entry
          : isJsonObject(entry)
            ? (idOf(entry) ?? (typeof entry['uid'] === 'string' ? entry['uid'] : null))
            : null;
      if (
        revokedId === assertionId ||
        (isJsonObject(entry) && entry['uid'] === unverified['uid'] && entry['uid'] !== undefined)
      ) {
        const reason =
          isJsonObject(entry) && typeof entry['revocationReason'] === 'string'
            ? `: ${entry['revocationReason'].slice(0, 200)}`
            : '';
        throw new BadgeError('BADGE_REVOKED', `The issuer has revoked this badge${reason}.`);
      }
    }
  }
  if (unverified['revoked'] === true) throw new BadgeError('BADGE_REVOKED', 'The badge is marked as revoked.');
  checkExpiry(unverified, now);
  return {
    assertion: unverified,
    badgeClass,
    issuer,
    signer: { method: 'OB2_SIGNED', keyId: verified, keyFingerprint: null, fetchedFrom: normaliseOrigin(verified) },
  };
}
