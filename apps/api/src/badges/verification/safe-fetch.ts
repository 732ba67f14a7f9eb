import { BadgeError } from './badge-error';
import { publicInternetFetch } from './network-guard';
import type { BadgeLimits } from './badge-limits';
import { parseJsonSafely } from './safe-json';

/** The subset of WHATWG fetch used here; injected so tests (and the API) control all network access. */
export type FetchLike = (
  url: string,
  init: { method: 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface NetworkPolicy {
  /** Origins (scheme://host[:port]) the district trusts to host badges, keys and issuer documents. */
  allowedOrigins: readonly string[];
  /** Used instead of the public-internet fetch (tests); no address checks then. */
  fetch?: FetchLike;
  /** Let the default fetch reach loopback and private addresses (BADGE_FETCH_ALLOW_PRIVATE). */
  allowPrivateAddresses?: boolean;
  limits: BadgeLimits;
  /**
   * DID documents this PD Ledger serves itself (its districts' did:web), read without the network;
   * null for any other DID.
   */
  localDocument?: (did: string) => Promise<Record<string, unknown> | null>;
}

export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function isAllowedUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = normaliseOrigin(url);
  if (origin === null) return false;
  return allowedOrigins.some((allowed) => normaliseOrigin(allowed) === origin);
}

export function assertAllowedUrl(url: string, policy: Pick<NetworkPolicy, 'allowedOrigins'>, what: string): void {
  if (!isAllowedUrl(url, policy.allowedOrigins)) {
    const origin = normaliseOrigin(url) ?? url.slice(0, 200);
    throw new BadgeError(
      'BADGE_ORIGIN_NOT_ALLOWED',
      `The ${what} is hosted at ${origin}, which is not on the district's list of allowed badge issuers.`,
      { url: url.slice(0, 500) },
    );
  }
}

export interface FetchedJson {
  url: string;
  status: number;
  json: unknown;
}

/**
 * GETs JSON from an allow-listed origin. Redirects are followed by hand so that every hop is
 * checked against the allow-list; the whole exchange has one timeout and the body a byte cap.
 * HTTP 410 Gone becomes BADGE_REVOKED when `goneMeansRevoked` (hosted assertions and keys).
 */
export async function fetchJson(
  startUrl: string,
  policy: NetworkPolicy,
  what: string,
  options: { goneMeansRevoked?: boolean } = {},
): Promise<FetchedJson> {
  const fetchFn: FetchLike = policy.fetch ?? publicInternetFetch({ allowPrivate: policy.allowPrivateAddresses ?? false });
  const { limits } = policy;
  const signal = AbortSignal.timeout(limits.fetchTimeoutMs);
  let url = startUrl;
  try {
    for (let hop = 0; ; hop++) {
      assertAllowedUrl(url, policy, hop === 0 ? what : `${what} (after a redirect)`);
      const response = await fetchFn(url, {
        method: 'GET',
        redirect: 'manual',
        signal,
        headers: { accept: 'application/ld+json, application/json;q=0.9' },
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new BadgeError('BADGE_FETCH_FAILED', `The ${what} at ${url} redirected without a Location header.`);
        if (hop >= limits.maxRedirects) {
          throw new BadgeError('BADGE_TOO_MANY_REDIRECTS', `The ${what} redirected more than ${limits.maxRedirects} times.`);
        }
        url = new URL(location, url).toString();
        continue;
      }
      if (response.status === 410 && options.goneMeansRevoked) {
        await response.body?.cancel().catch(() => undefined);
        throw new BadgeError('BADGE_REVOKED', `The issuer reports the ${what} as gone (HTTP 410): the badge has been revoked.`, {
          url,
        });
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        // The remote status stays on the server: telling it to the uploader would turn the
        // fetcher into a probe of what answers where.
        throw couldNotFetch(what, url);
      }
      const text = await readBodyLimited(response, limits.maxFetchBytes, what);
      return { url, status: response.status, json: parseJsonSafely(text, limits, what) };
    }
  } catch (error) {
    if (error instanceof BadgeError) throw error;
    if (signal.aborted || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
      throw new BadgeError(
        'BADGE_FETCH_TIMEOUT',
        `Fetching the ${what} from ${url} took longer than ${limits.fetchTimeoutMs} ms.`,
        { url },
      );
    }
    throw couldNotFetch(what, url);
  }
}

function couldNotFetch(what: string, url: string): BadgeError {
  return new BadgeError('BADGE_FETCH_FAILED', `Could not fetch the issuer's document (the ${what}) at ${url.slice(0, 500)}.`, {
    url: url.slice(0, 500),
  });
}

async function readBodyLimited(response: Response, maxBytes: number, what: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BadgeError(
      'BADGE_TOO_LARGE',
      `The ${what} is ${declared} bytes; the limit for fetched documents is ${maxBytes} bytes.`,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BadgeError('BADGE_TOO_LARGE', `The ${what} is larger than the ${maxBytes}-byte limit for fetched documents.`);
    }
    parts.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    throw new BadgeError('BADGE_FETCH_FAILED', `The ${what} is not valid UTF-8.`);
  }
}
