import { BadgeError } from './badge-error';
import { isJsonObject, type JsonObject } from './safe-json';
import { assertAllowedUrl, fetchJson, type NetworkPolicy } from './safe-fetch';
import type { DataIntegrityDeps, JsonLdDocumentLoader } from './esm-deps';
import clrContext201 from './contexts/clr-v2p0-context-2.0.1.json';
import obContext301 from './contexts/ob-v3p0-context-3.0.1.json';
import obContext302 from './contexts/ob-v3p0-context-3.0.2.json';
import obContext303 from './contexts/ob-v3p0-context-3.0.3.json';
import obExtensions from './contexts/ob-v3p0-extensions.json';

export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', obContext301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', obContext302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', obContext303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obExtensions],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clrContext201],
]);

/**
 * Hosts of the JSON-LD contexts the badge standards use. They publish vocabularies, not issuers or
 * keys: HR is never asked to allow or trust them (a missing context is reported as not bundled).
 */
export const CONTEXT_HOSTS: ReadonlySet<string> = new Set([
  'purl.imsglobal.org',
  'www.imsglobal.org',
  'www.w3.org',
  'w3.org',
  'w3id.org',
  'schema.org',
]);

const DID_V1 = 'https://www.w3.org/ns/did/v1';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';

/** did:key for Ed25519 (z6Mk...): the DID document is derived from the key itself, no network. */
async function resolveDidKey(url: string, deps: DataIntegrityDeps): Promise<JsonObject> {
  const [did, fragment] = url.split('#');
  const fingerprint = did.slice('did:key:'.length);
  if (!fingerprint.startsWith('z6Mk')) {
    throw new BadgeError(
      'BADGE_KEY_NOT_TRUSTED',
      'Only Ed25519 did:key identifiers (z6Mk...) are supported for Data Integrity proofs.',
    );
  }
  const vmId = `${did}#${fingerprint}`;
  try {
    await deps.Ed25519Multikey.from({ publicKeyMultibase: fingerprint }); // validates the key bytes
  } catch {
    throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The did:key in the proof is not a valid Ed25519 key.');
  }
  const verificationMethod = { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: fingerprint };
  if (fragment !== undefined) {
    if (`${did}#${fragment}` !== vmId)
      throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The did:key verification method id is malformed.');
    return { '@context': MULTIKEY_V1, ...verificationMethod };
  }
  return {
    '@context': [DID_V1, MULTIKEY_V1],
    id: did,
    verificationMethod: [verificationMethod],
    assertionMethod: [vmId],
    authentication: [vmId],
  };
}

/** did:web -> https URL of its DID document (allow-listed like any other fetch). */
export function didWebToUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  const host = parts.shift() ?? '';
  return parts.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${parts.join('/')}/did.json`;
}

async function resolveRemote(url: string, policy: NetworkPolicy): Promise<JsonObject> {
  const [base, fragment] = url.split('#');
  const isDidWeb = base.startsWith('did:web:');
  const local = isDidWeb && policy.localDocument ? await policy.localDocument(base) : null;
  let json: unknown = local;
  if (local === null) {
    const fetchUrl = isDidWeb ? didWebToUrl(base) : base;
    assertAllowedUrl(fetchUrl, policy, 'key or DID document');
    json = (await fetchJson(fetchUrl, policy, 'key or DID document', { goneMeansRevoked: true })).json;
  }
  if (!isJsonObject(json)) throw new BadgeError('BADGE_KEY_NOT_TRUSTED', 'The key document is not a JSON object.');
  if (fragment === undefined || json['id'] === url) return json;
  // A fragment names a verification method inside a controller (DID) document.
  for (const vm of [json['verificationMethod'], json['assertionMethod']].flat()) {
    if (isJsonObject(vm) && vm['id'] === url) {
      return { '@context': json['@context'], ...vm };
    }
  }
  throw new BadgeError(
    'BADGE_KEY_NOT_TRUSTED',
    `The verification method ${url.slice(0, 200)} is not in its controller document.`,
  );
}

/**
 * JSON-LD document loader for verification. Contexts come only from what is bundled in the repo
 * (never the network); did:key is resolved locally; keys and DID documents are fetched only from
 * allow-listed issuer origins (did:web included). Anything else is refused.
 */
export function createDocumentLoader(
  policy: NetworkPolicy,
  deps: DataIntegrityDeps,
  contextUrls: ReadonlySet<string> = new Set(),
): JsonLdDocumentLoader {
  return async (url: string) => {
    const bundled = BUNDLED_CONTEXTS.get(url) ?? deps.packagedContexts.get(url);
    if (bundled !== undefined) return { contextUrl: null, documentUrl: url, document: structuredClone(bundled) };
    // A context the credential names is never a key or DID document: say that it is not bundled,
    // rather than asking HR to allow its host (a context host is not an issuer).
    if (contextUrls.has(url)) {
      throw new BadgeError(
        'BADGE_UNVERIFIABLE',
        `The credential uses the JSON-LD context ${url.slice(0, 200)}, which is not bundled with PD Ledger.`,
      );
    }
    if (url.startsWith('did:key:')) return { contextUrl: null, documentUrl: url, document: await resolveDidKey(url, deps) };
    if (url.startsWith('did:web:') || /^https?:\/\//i.test(url)) {
      if (/^https?:\/\//i.test(url) && isContextLike(url)) {
        throw new BadgeError(
          'BADGE_UNVERIFIABLE',
          `The credential uses the JSON-LD context ${url.slice(0, 200)}, which is not bundled with PD Ledger.`,
        );
      }
      return { contextUrl: null, documentUrl: url, document: await resolveRemote(url, policy) };
    }
    throw new BadgeError(
      'BADGE_UNVERIFIABLE',
      `The credential refers to ${url.slice(0, 200)}, which cannot be resolved offline.`,
    );
  };
}

/** Every context URL a JSON-LD document names, at any depth (scoped contexts included). */
export function contextUrlsOf(document: unknown): Set<string> {
  const urls = new Set<string>();
  const visit = (value: unknown, depth: number, inContext: boolean): void => {
    if (depth > 64) return;
    if (typeof value === 'string') {
      if (inContext) urls.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1, inContext);
    } else if (isJsonObject(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, depth + 1, key === '@context');
    }
  };
  visit(document, 0, false);
  return urls;
}

/** Context documents are never fetched, even from allow-listed origins: they change signatures' meaning. */
function isContextLike(url: string): boolean {
  return /context|\/ns\/|\.jsonld(?:$|\?)/i.test(url);
}
