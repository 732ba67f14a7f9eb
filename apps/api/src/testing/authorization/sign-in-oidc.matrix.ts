import { randomUUID } from 'node:crypto';
import { EVERYONE_SIGNED_IN, HR_ONLY, MatrixOperation } from './authorization-matrix';
import { GraphQLClient } from '../graphql-client';

/**
 * The district's OpenID Connect provider (HR, each district its own) and the sign-in page's
 * question (anyone). The flow itself, GET /api/auth/oidc/start and /callback, is tested in
 * sign-in-oidc.integration-spec.ts.
 */

const SET_PROVIDER = `mutation($input: IdentityProviderInput!) {
  setIdentityProvider(input: $input) { displayName clientId clientSecretSet emailDomains passwordSignInDisabled }
}`;

/** Sets a provider for the caller's district (a fresh domain each time: a domain belongs to one district). */
function setProvider(c: GraphQLClient) {
  return c.request(SET_PROVIDER, {
    input: {
      displayName: 'Matrix Workspace',
      // .invalid never resolves, so a sign-out look-up fails fast instead of reaching the network.
      issuerUrl: 'https://matrix-idp.invalid',
      clientId: 'matrix-client',
      clientSecret: 'matrix-client-secret-never-returned',
      emailDomains: [`m-${randomUUID().slice(0, 8)}.example.org`],
    },
  });
}

export const signInOidcOperations: MatrixOperation[] = [
  {
    name: 'identityProvider',
    run: async (c) => {
      await setProvider(c);
      return c.request(`{ identityProvider { redirectUri provider { displayName clientId clientSecretSet } } }`);
    },
    expect: HR_ONLY,
    check: (response) => {
      expect(response.data).toEqual({
        identityProvider: {
          redirectUri: 'http://localhost:3000/api/auth/oidc/callback',
          provider: { displayName: 'Matrix Workspace', clientId: 'matrix-client', clientSecretSet: true },
        },
      });
      expect(JSON.stringify(response)).not.toContain('matrix-client-secret-never-returned');
    },
  },
  {
    name: 'setIdentityProvider',
    run: (c) => setProvider(c),
    expect: HR_ONLY,
    check: (response) => {
      expect(JSON.stringify(response)).not.toContain('matrix-client-secret-never-returned');
    },
  },
  {
    name: 'setPasswordSignInDisabled(false)',
    run: async (c) => {
      await setProvider(c);
      return c.request(`mutation { setPasswordSignInDisabled(disabled: false) { passwordSignInDisabled } }`);
    },
    expect: HR_ONLY,
    check: (response) => {
      expect(response.data).toEqual({ setPasswordSignInDisabled: { passwordSignInDisabled: false } });
    },
  },
  {
    name: 'removeIdentityProvider',
    run: async (c) => {
      await setProvider(c);
      return c.request(`mutation { removeIdentityProvider }`);
    },
    expect: HR_ONLY,
  },
  {
    name: 'identityProviderSignOut',
    run: (c) => c.request(`{ identityProviderSignOut { url } }`),
    expect: EVERYONE_SIGNED_IN,
    check: (response) => {
      // No district of the matrix keeps a reachable provider: nothing to offer.
      expect(response.data).toEqual({ identityProviderSignOut: { url: null } });
    },
  },
  {
    name: 'signInMethod',
    run: (c, w) =>
      c.request(`query($email: String!) { signInMethod(email: $email) { providerName passwordSignIn } }`, {
        email: w.d1.accounts.teacherA.email,
      }),
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
    check: (response) => {
      // The matrix's providers claim their own fresh domains, never the factory's shared one.
      expect(response.data).toEqual({ signInMethod: { providerName: null, passwordSignIn: true } });
    },
  },
];
