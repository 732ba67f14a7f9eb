import { BadgeError } from './badge-error';
import { resolveLimits, type BadgeLimits } from './badge-limits';
import { asArray, idOf, requireObject, requireString, stringValues, wrongType } from './badge-shape';
import { isPng, readPngBadge } from './png-reader';
import { decodeUtf8, isJsonObject, parseJsonSafely, type JsonObject } from './safe-json';
import { looksLikeSvg, readSvgBadge } from './svg-reader';

export type BadgeContainer = 'json' | 'png' | 'svg';

export type BadgeKind = 'OB2_HOSTED' | 'OB2_SIGNED' | 'OB3_DATA_INTEGRITY' | 'OB3_VC_JWT' | 'CLR2_DATA_INTEGRITY' | 'CLR2_VC_JWT';

export type DetectedBadge =
  | { kind: 'OB2_HOSTED'; container: BadgeContainer; assertionUrl: string; assertion: JsonObject | null }
  | { kind: 'OB2_SIGNED'; container: BadgeContainer; jws: string; assertion: JsonObject }
  | { kind: 'OB3_DATA_INTEGRITY' | 'CLR2_DATA_INTEGRITY'; container: BadgeContainer; credential: JsonObject }
  | { kind: 'OB3_VC_JWT' | 'CLR2_VC_JWT'; container: BadgeContainer; jwt: string; credential: JsonObject };

export interface BadgeFileInput {
  bytes: Buffer;
  filename?: string;
  contentType?: string;
}

export const OB2_CONTEXTS = ['https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v2/context.json'];
export const OB1_CONTEXTS = ['https://w3id.org/openbadges/v1', 'https://openbadgespec.org/v1/context.json'];
export const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Works out what an uploaded badge file is, without any network access or signature checks:
 * the container (JSON, baked PNG, baked SVG) and the badge kind. Open Badges 1.x is recognised
 * only to be refused with BADGE_UNSUPPORTED_VERSION.
 */
export function detectBadge(input: BadgeFileInput, options: { limits?: Partial<BadgeLimits> } = {}): DetectedBadge {
  const limits = resolveLimits(options.limits);
  if (!input || !Buffer.isBuffer(input.bytes)) throw wrongType('file', 'a byte buffer', input?.bytes);
  const { bytes } = input;
  if (bytes.length === 0) throw new BadgeError('BADGE_EMPTY', 'The badge file is empty.');
  if (bytes.length > limits.maxFileBytes) {
    throw new BadgeError(
      'BADGE_TOO_LARGE',
      `The badge file is ${bytes.length} bytes; the limit is ${limits.maxFileBytes} bytes.`,
    );
  }
  const declared = declaredFormat(input);

  if (isPng(bytes)) {
    if (declared && declared !== 'png') throw declaredMismatch(declared, 'a PNG image');
    const payload = readPngBadge(bytes, limits);
    return classifyText(payload.text, 'png', limits);
  }
  if (declared === 'png') throw declaredMismatch('png', 'not a PNG image');

  const text = decodeUtf8(bytes, 'badge file').replace(/^\uFEFF/, '');
  if (looksLikeSvg(text)) {
    if (declared && declared !== 'svg') throw declaredMismatch(declared, 'an SVG image');
    const payload = readSvgBadge(text);
    const embedded = payload.verify ?? payload.text;
    if (!embedded) throw new BadgeError('BADGE_NOT_BAKED', `The SVG's <openbadges:${payload.element}> element is empty.`);
    // With both present (3.0 VC-JWT baking) the JWS in `verify` is the signed, authoritative copy.
    return classifyText(embedded, 'svg', limits);
  }
  if (declared === 'svg') throw declaredMismatch('svg', 'not an SVG image');
  return classifyText(text, 'json', limits);
}

function declaredFormat(input: BadgeFileInput): BadgeContainer | null {
  const type = (input.contentType ?? '').toLowerCase().split(';')[0].trim();
  const name = (input.filename ?? '').toLowerCase();
  if (type === 'image/png' || name.endsWith('.png')) return 'png';
  if (type === 'image/svg+xml' || name.endsWith('.svg')) return 'svg';
  if (type.includes('json') || name.endsWith('.json') || name.endsWith('.jsonld')) return 'json';
  return null;
}

function declaredMismatch(declared: BadgeContainer, actual: string): BadgeError {
  return new BadgeError(
    'BADGE_WRONG_TYPE',
    `The file is declared as ${declared.toUpperCase()} (by its name or type) but its content is ${actual}.`,
  );
}

export function classifyText(raw: string, container: BadgeContainer, limits: BadgeLimits): DetectedBadge {
  const text = raw.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    return classifyJson(parseJsonSafely(text, limits), container, limits);
  }
  if (COMPACT_JWS.test(text)) return classifyJws(text, container, limits);
  if (/^https?:\/\/\S+$/i.test(text)) {
    // Pre-2.0 baking (tEXt chunk or SVG verify attribute) carries only the hosted assertion URL.
    return { kind: 'OB2_HOSTED', container, assertionUrl: text, assertion: null };
  }
  if (text.length === 0) throw new BadgeError('BADGE_NOT_BAKED', 'The baked badge payload is empty.');
  throw new BadgeError(
    'BADGE_UNKNOWN_FORMAT',
    'The file is not a badge: expected Open Badges JSON, a compact JWS, or a baked PNG/SVG.',
  );
}

export function decodeJwsPart(part: string, what: string, limits: BadgeLimits): JsonObject {
  const json = Buffer.from(part, 'base64url').toString('utf8');
  const value = parseJsonSafely(json, limits, what);
  if (!isJsonObject(value)) throw wrongType(what, 'a JSON object', value);
  return value;
}

function classifyJws(jws: string, container: BadgeContainer, limits: BadgeLimits): DetectedBadge {
  const [headerPart, payloadPart] = jws.split('.');
  const header = decodeJwsPart(headerPart, 'JWS header', limits);
  if (typeof header['alg'] !== 'string') throw wrongType('JWS header.alg', 'a string', header['alg']);
  const payload = decodeJwsPart(payloadPart, 'JWS payload', limits);

  // OB 3.0 VC-JWT (VC 1.1 style) wraps the credential in a `vc` claim; VC 2.0 JOSE uses it directly.
  const credential = isJsonObject(payload['vc']) ? payload['vc'] : isVerifiableCredential(payload) ? payload : null;
  if (credential) {
    const family = credentialFamily(credential);
    return { kind: family === 'CLR2' ? 'CLR2_VC_JWT' : 'OB3_VC_JWT', container, jwt: jws, credential };
  }
  rejectOb1(payload);
  if (!hasContext(payload, OB2_CONTEXTS) && !stringValues(payload['type']).includes('Assertion')) {
    throw new BadgeError(
      'BADGE_UNKNOWN_FORMAT',
      'The JWS payload is neither an Open Badges 2.0 assertion nor a verifiable credential.',
    );
  }
  checkOb2AssertionShape(payload);
  return { kind: 'OB2_SIGNED', container, jws, assertion: payload };
}

function classifyJson(value: unknown, container: BadgeContainer, _limits: BadgeLimits): DetectedBadge {
  if (!isJsonObject(value)) throw wrongType('(document)', 'a JSON object', value);

  if (isVerifiableCredential(value)) {
    const family = credentialFamily(value);
    if (value['proof'] === undefined) {
      throw new BadgeError(
        'BADGE_UNVERIFIABLE',
        'The credential has no proof (neither a Data Integrity proof nor a VC-JWT), so it cannot be verified.',
      );
    }
    if (!isJsonObject(value['proof']) && !Array.isArray(value['proof']))
      throw wrongType('proof', 'an object or array', value['proof']);
    return { kind: family === 'CLR2' ? 'CLR2_DATA_INTEGRITY' : 'OB3_DATA_INTEGRITY', container, credential: value };
  }
  rejectOb1(value);
  if (hasContext(value, OB2_CONTEXTS) || stringValues(value['type']).includes('Assertion')) {
    const types = stringValues(value['type']);
    if (!types.includes('Assertion')) {
      const what = types.length ? types.join(', ') : 'an untyped document';
      throw new BadgeError('BADGE_WRONG_TYPE', `The file is an Open Badges 2.0 ${what}, not an Assertion awarded to someone.`);
    }
    checkOb2AssertionShape(value);
    const verification = requireObject(value, 'verification', '');
    const vType = String(verification['type'] ?? '');
    if (vType === 'signed' || vType === 'SignedBadge') {
      throw new BadgeError(
        'BADGE_UNVERIFIABLE',
        'The assertion says it is signed, but the file holds plain JSON rather than the signed JWS.',
      );
    }
    if (vType !== 'hosted' && vType !== 'HostedBadge')
      throw wrongType('verification.type', '"hosted" or "signed"', verification['type']);
    return { kind: 'OB2_HOSTED', container, assertionUrl: requireString(value, 'id', ''), assertion: value };
  }
  throw new BadgeError(
    'BADGE_UNKNOWN_FORMAT',
    'The JSON is not an Open Badges 2.0 assertion, an Open Badges 3.0 credential or a CLR 2.0 credential.',
  );
}

export function hasContext(doc: JsonObject, contexts: string[]): boolean {
  return stringValues(doc['@context']).some((c) => contexts.includes(c));
}

export function isVerifiableCredential(doc: JsonObject): boolean {
  return hasContext(doc, VC_CONTEXTS) || stringValues(doc['type']).includes('VerifiableCredential');
}

export function credentialFamily(credential: JsonObject): 'OB3' | 'CLR2' {
  const types = stringValues(credential['type']);
  if (!types.includes('VerifiableCredential'))
    throw wrongType('type', 'a list including "VerifiableCredential"', credential['type']);
  if (types.includes('ClrCredential')) return 'CLR2';
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) return 'OB3';
  throw new BadgeError(
    'BADGE_UNSUPPORTED_VERSION',
    `The credential is a Verifiable Credential of type ${types.join(', ')}, not an Open Badges 3.0 or CLR 2.0 credential.`,
  );
}

/** 0.5 / 1.0 / 1.1 assertions: `uid`, `verify`, `issued_on`, a plain recipient string or a v1 context. */
export function rejectOb1(doc: JsonObject): void {
  const recipient = doc['recipient'];
  const legacy =
    hasContext(doc, OB1_CONTEXTS) ||
    (doc['@context'] === undefined &&
      (doc['uid'] !== undefined ||
        doc['verify'] !== undefined ||
        doc['issued_on'] !== undefined ||
        typeof recipient === 'string'));
  if (legacy) {
    throw new BadgeError(
      'BADGE_UNSUPPORTED_VERSION',
      'This is an Open Badges 1.x badge, which PD Ledger does not accept. Ask the issuer for an Open Badges 2.0 or 3.0 version of it.',
    );
  }
}

export function checkOb2AssertionShape(doc: JsonObject): void {
  requireString(doc, 'id', '');
  requireObject(doc, 'recipient', '');
  requireString(doc, 'issuedOn', '');
  if (idOf(doc['badge']) === null) throw wrongType('badge', 'an IRI string or a BadgeClass object with an id', doc['badge']);
  requireObject(doc, 'verification', '');
  const recipient = doc['recipient'] as JsonObject;
  requireString(recipient, 'identity', 'recipient.');
  if (recipient['hashed'] !== undefined && typeof recipient['hashed'] !== 'boolean') {
    throw wrongType('recipient.hashed', 'a boolean', recipient['hashed']);
  }
  for (const item of asArray(doc['evidence'])) {
    if (typeof item !== 'string' && !isJsonObject(item)) throw wrongType('evidence', 'an IRI or an Evidence object', item);
  }
}
