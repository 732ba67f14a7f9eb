import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The claims the test provider answers for an account (its login name is the subject). */
export interface TestIdentity {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name (`sub`); change them between sign-ins. */
  identities: Map<string, TestIdentity>;
  /**
   * When set, every ID token the token endpoint answers is re-signed with the provider's own key
   * after this rewrites its payload: for making the client library see a wrong audience, an
   * expired token or another nonce.
   */
  tamperIdToken: ((payload: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
}

interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * (The API's integration tests have the same provider in apps/api/src/testing/oidc-test-provider.ts;
 * projects may not import one another's files.)
 *
 * A real OpenID Connect provider (`oidc-provider`, ESM only: loaded with import(), transformed by
 * jest through `esmOnlyPackages`) on a free loopback port, with one confidential client and dev
 * interactions (a login form taking any login name; the name is the subject).
 */
export async function startOidcTestProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  clientSecret?: string;
}): Promise<OidcTestProvider> {
  const [{ default: Provider }, jose] = await Promise.all([
    import('oidc-provider') as Promise<{
      default: new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
    }>,
    import('jose'),
  ]);
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  const privateJwk = { ...(await jose.exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clientId = 'pd-ledger-test';
  const clientSecret = options.clientSecret ?? `client-secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const identities = new Map<string, TestIdentity>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [privateJwk] },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx: unknown, sub: string) => {
      const identity = identities.get(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...identity }) };
    },
  });
  const callback = provider.callback();

  const result: OidcTestProvider = {
    issuer,
    clientId,
    clientSecret,
    identities,
    tamperIdToken: null,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };

  handler = (req, res) => {
    const tamper = result.tamperIdToken;
    if (tamper && req.method === 'POST' && req.url?.startsWith('/token')) {
      // Hold the token endpoint's answer, rewrite the ID token, re-sign it with the same key.
      const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name: string, value: number | string | readonly string[]) =>
        name.toLowerCase() === 'content-length' ? res : setHeader(name, value);
      res.end = ((chunk?: unknown) => {
        const body = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk ?? '{}')) as Record<
          string,
          unknown
        >;
        if (typeof body['id_token'] !== 'string') return end(chunk);
        const payload = tamper(jose.decodeJwt(body['id_token']) as Record<string, unknown>);
        void new jose.SignJWT(payload)
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
          .sign(privateKey)
          .then((token) => end(JSON.stringify({ ...body, id_token: token })));
        return res;
      }) as typeof res.end;
    }
    callback(req, res);
  };
  return result;
}
