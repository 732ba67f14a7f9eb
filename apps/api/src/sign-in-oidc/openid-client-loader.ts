/**
 * `openid-client` 6 is published as ESM only. In the built CommonJS app tsc turns this `import()`
 * into `require()`, which Node >= 20.19 satisfies natively (require(esm)); under jest the package
 * (and `oauth4webapi`, `jose`) is transformed to CommonJS (`esmOnlyPackages` in jest.preset.cjs),
 * as `badges/verification/esm-deps.ts` does for the Data Integrity stack.
 */
export type OpenIdClient = typeof import('openid-client');
export type OpenIdConfiguration = import('openid-client').Configuration;

let loading: Promise<OpenIdClient> | null = null;

export function loadOpenIdClient(): Promise<OpenIdClient> {
  loading ??= import('openid-client');
  loading.catch(() => {
    loading = null; // a failed load is retried on the next call
  });
  return loading;
}

/** Plain http: is accepted only for a provider on this machine (tests, a local demo provider). */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
