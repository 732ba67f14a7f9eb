/** Limits applied to untrusted badge files and to every network fetch made while verifying them. */
export interface BadgeLimits {
  /** Largest uploaded file accepted (PNG, SVG or JSON). */
  maxFileBytes: number;
  /** Largest JSON text (embedded or fetched) handed to JSON.parse. */
  maxJsonBytes: number;
  /** Deepest nesting of arrays/objects; deep nesting is how JSON "bombs" blow the stack. */
  maxJsonDepth: number;
  /** Most PNG chunks walked before giving up (a PNG of millions of empty chunks is an attack). */
  maxPngChunks: number;
  /** Largest body read from any fetch (assertion, badge class, issuer, key, DID document). */
  maxFetchBytes: number;
  /** Time allowed for each fetch, headers and body included. */
  fetchTimeoutMs: number;
  /** Redirect hops followed per fetch; every hop must stay on the allow-list. */
  maxRedirects: number;
  /** Most nested credentials verified inside one CLR. */
  maxClrCredentials: number;
}

export const DEFAULT_BADGE_LIMITS: Readonly<BadgeLimits> = Object.freeze({
  maxFileBytes: 5 * 1024 * 1024,
  maxJsonBytes: 1024 * 1024,
  maxJsonDepth: 32,
  maxPngChunks: 10_000,
  maxFetchBytes: 1024 * 1024,
  fetchTimeoutMs: 5_000,
  maxRedirects: 3,
  maxClrCredentials: 200,
});

export function resolveLimits(overrides?: Partial<BadgeLimits>): BadgeLimits {
  return { ...DEFAULT_BADGE_LIMITS, ...(overrides ?? {}) };
}
