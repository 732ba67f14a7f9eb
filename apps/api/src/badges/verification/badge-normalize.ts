import Decimal from 'decimal.js';
import type { BadgeKind } from './badge-detect';
import { firstEmbeddedBadgeImage, type BadgeImage } from './badge-image';
import type { BadgeSigner } from './badge-signer';
import { asArray, idOf, optionalString, stringValues, toLocalDate } from './badge-shape';
import type { RecipientMatch } from './recipient-match';
import { isJsonObject, type JsonObject } from './safe-json';

export interface BadgeAlignment {
  targetName: string;
  targetUrl: string | null;
  targetCode: string | null;
  targetFramework: string | null;
  targetDescription: string | null;
}

export interface BadgeEvidence {
  url: string | null;
  name: string | null;
  narrative: string | null;
}

/**
 * A verified badge reduced to what the API needs to create a PD record and match or create a
 * catalog entry. `credentialId` (assertion id / credential id) is the district-wide dedupe key.
 */
export interface NormalizedBadge {
  kind: BadgeKind;
  credentialId: string;
  issuer: { id: string; name: string; url: string | null };
  achievement: {
    id: string | null;
    name: string;
    description: string | null;
    achievementType: string | null;
    /** Decimal string, e.g. "1.5"; null when the issuer states none. */
    creditsAvailable: string | null;
    criteriaUrl: string | null;
    fieldOfStudy: string | null;
    alignments: BadgeAlignment[];
    tags: string[];
  };
  /** YYYY-MM-DD as written by the issuer (OB 2.0 issuedOn, OB 3.0 validFrom / issuanceDate). */
  issuedOn: string;
  /** YYYY-MM-DD (OB 2.0 expires, OB 3.0 validUntil / expirationDate) or null. */
  expires: string | null;
  /** OB 3.0 credentialSubject.creditsEarned, when given. */
  creditsEarned: string | null;
  recipient: RecipientMatch | null;
  evidence: BadgeEvidence[];
  /** The badge's picture, when the credential embeds it (see `embeddedBadgeImage`). */
  image: BadgeImage | null;
  /** The key / hosting that verified it; null when its signature or hosting could not be checked. */
  signer: BadgeSigner | null;
}

export function toDecimalString(value: unknown): string | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  try {
    // String(number) first: a JSON number becomes its shortest decimal text, never a binary float sum.
    const decimal = new Decimal(typeof value === 'number' ? String(value) : value.trim());
    if (!decimal.isFinite() || decimal.isNegative()) return null;
    return decimal.toFixed();
  } catch {
    return null;
  }
}

function alignmentsOf(value: unknown): BadgeAlignment[] {
  return asArray(value)
    .filter(isJsonObject)
    .map((a) => ({
      targetName: typeof a['targetName'] === 'string' ? a['targetName'] : '',
      targetUrl: typeof a['targetUrl'] === 'string' ? a['targetUrl'] : null,
      targetCode: typeof a['targetCode'] === 'string' ? a['targetCode'] : null,
      targetFramework: typeof a['targetFramework'] === 'string' ? a['targetFramework'] : null,
      targetDescription: typeof a['targetDescription'] === 'string' ? a['targetDescription'] : null,
    }))
    .filter((a) => a.targetName !== '' || a.targetUrl !== null);
}

function evidenceOf(value: unknown): BadgeEvidence[] {
  return asArray(value)
    .map((e): BadgeEvidence | null => {
      if (typeof e === 'string') return { url: e, name: null, narrative: null };
      if (!isJsonObject(e)) return null;
      return {
        url: typeof e['id'] === 'string' ? e['id'] : null,
        name: typeof e['name'] === 'string' ? e['name'] : null,
        narrative: typeof e['narrative'] === 'string' ? e['narrative'] : null,
      };
    })
    .filter((e): e is BadgeEvidence => e !== null && (e.url !== null || e.name !== null || e.narrative !== null));
}

function localizedString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  // JSON-LD language maps / value objects: take the first string offered.
  if (isJsonObject(value)) {
    if (typeof value['@value'] === 'string') return value['@value'];
    const first = Object.values(value).find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : null;
  }
  return null;
}

export function normalizeOb2(
  kind: BadgeKind,
  assertion: JsonObject,
  badgeClass: JsonObject,
  issuer: JsonObject,
  recipient: RecipientMatch | null,
  signer: BadgeSigner | null,
): NormalizedBadge {
  const expires = optionalString(assertion, 'expires', '');
  return {
    kind,
    credentialId: String(assertion['id']),
    issuer: {
      id: String(issuer['id']),
      name: localizedString(issuer['name']) ?? String(issuer['id']),
      url: optionalString(issuer, 'url', 'issuer.'),
    },
    achievement: {
      id: idOf(badgeClass),
      name: localizedString(badgeClass['name']) ?? 'Untitled badge',
      description: localizedString(badgeClass['description']),
      achievementType: null,
      creditsAvailable: null,
      criteriaUrl: idOf(badgeClass['criteria']),
      fieldOfStudy: null,
      alignments: alignmentsOf(badgeClass['alignment']),
      tags: stringValues(badgeClass['tags']),
    },
    issuedOn: toLocalDate(String(assertion['issuedOn']), 'issuedOn'),
    expires: expires ? toLocalDate(expires, 'expires') : null,
    creditsEarned: null,
    recipient,
    evidence: evidenceOf(assertion['evidence']),
    image: firstEmbeddedBadgeImage(badgeClass['image'], assertion['image']),
    signer,
  };
}

export function normalizeOb3(
  kind: BadgeKind,
  credential: JsonObject,
  recipient: RecipientMatch | null,
  signer: BadgeSigner | null,
): NormalizedBadge {
  const issuerValue = credential['issuer'];
  const issuer = isJsonObject(issuerValue) ? issuerValue : { id: issuerValue };
  const subject = isJsonObject(credential['credentialSubject']) ? credential['credentialSubject'] : {};
  const achievement = isJsonObject(subject['achievement']) ? subject['achievement'] : {};
  const validFrom = (credential['validFrom'] ?? credential['issuanceDate']) as string;
  const validUntil = (credential['validUntil'] ?? credential['expirationDate']) as string | undefined;
  const achievementType = achievement['achievementType'];
  return {
    kind,
    credentialId: String(credential['id']),
    issuer: {
      id: String(issuer['id']),
      name: localizedString(issuer['name']) ?? String(issuer['id']),
      url: typeof issuer['url'] === 'string' ? issuer['url'] : null,
    },
    achievement: {
      id: typeof achievement['id'] === 'string' ? achievement['id'] : null,
      name: localizedString(achievement['name']) ?? localizedString(credential['name']) ?? 'Untitled achievement',
      description: localizedString(achievement['description']),
      achievementType: typeof achievementType === 'string' ? achievementType : null,
      creditsAvailable: toDecimalString(achievement['creditsAvailable']),
      criteriaUrl: idOf(achievement['criteria']),
      fieldOfStudy: typeof achievement['fieldOfStudy'] === 'string' ? achievement['fieldOfStudy'] : null,
      alignments: alignmentsOf(achievement['alignment']),
      tags: stringValues(achievement['tag']),
    },
    issuedOn: toLocalDate(validFrom, 'validFrom'),
    expires: typeof validUntil === 'string' ? toLocalDate(validUntil, 'validUntil') : null,
    creditsEarned: toDecimalString(subject['creditsEarned']),
    recipient,
    evidence: evidenceOf(credential['evidence']),
    image: firstEmbeddedBadgeImage(achievement['image'], credential['image']),
    signer,
  };
}
