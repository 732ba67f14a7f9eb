import { Actor, Expectation, HR_ONLY, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/** The district's badge issuer allow-list and trusted issuers (HR). The upload itself, POST /api/badges, is tested in badges.integration-spec.ts. */

const hrSessions = new WeakMap<World, Promise<GraphQLClient>>();

async function d1Origin(c: GraphQLClient, w: World): Promise<string> {
  const hr = await d1Hr(c, w);
  const response = await hr.request<{ addBadgeOrigin: { id: string } }>(
    `mutation { addBadgeOrigin(origin: "https://remove-me.example.org") { id } }`,
  );
  return must(response.data).addBadgeOrigin.id;
}

/** The value, or a test failure naming what was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const D1_HR: Record<Actor, Expectation> = { ...HR_ONLY, hrOtherDistrict: 'NOT_FOUND' };

async function d1Hr(c: GraphQLClient, w: World): Promise<GraphQLClient> {
  let session = hrSessions.get(w);
  if (!session) {
    session = (async () => {
      const client = new GraphQLClient(c.baseUrl);
      await client.signIn(w.d1.accounts.hr.email, TEST_PASSWORD);
      return client;
    })();
    hrSessions.set(w, session);
  }
  return session;
}

let trustedCounter = 0;

/** A fresh trusted issuer of district 1 (each call its own, since removal deletes it). */
async function d1TrustedIssuer(c: GraphQLClient, w: World): Promise<string> {
  const hr = await d1Hr(c, w);
  trustedCounter += 1;
  const response = await hr.request<{ addTrustedIssuer: { id: string } }>(
    `mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id } }`,
    { input: { issuerId: `https://matrix-${trustedCounter}-${Date.now()}.example.org/issuer`, name: 'Matrix issuer' } },
  );
  return must(response.data).addTrustedIssuer.id;
}

const PINNED_KEY = 'urn:ietf:params:oauth:jwk-thumbprint:sha-256:0123456789012345678901234567890123456789012';

export const badgeOperations: MatrixOperation[] = [
  {
    name: 'badgeOrigins',
    run: (c) => c.request(`{ badgeOrigins { id origin } }`),
    expect: HR_ONLY,
  },
  {
    name: 'addBadgeOrigin',
    run: (c) => c.request(`mutation { addBadgeOrigin(origin: "https://badges.example.org") { id origin } }`),
    expect: HR_ONLY,
    check: (response) =>
      expect((response.data as { addBadgeOrigin: { origin: string } }).addBadgeOrigin.origin).toBe('https://badges.example.org'),
  },
  {
    name: 'removeBadgeOrigin',
    run: async (c, w) => c.request(`mutation($id: ID!) { removeBadgeOrigin(id: $id) }`, { id: await d1Origin(c, w) }),
    expect: D1_HR,
  },
  {
    name: 'trustedIssuers',
    run: (c) => c.request(`{ trustedIssuers { id issuerId name pinnedKeys } }`),
    expect: HR_ONLY,
  },
  {
    name: 'waitingIssuers',
    run: (c) => c.request(`{ waitingIssuers { issuerId badgeCount badges { id } } }`),
    expect: HR_ONLY,
  },
  {
    name: 'addTrustedIssuer',
    run: (c) =>
      c.request(`mutation($input: TrustedIssuerInput!) { addTrustedIssuer(input: $input) { id issuerId } }`, {
        input: {
          issuerId: `did:web:matrix-${Date.now()}-${Math.random().toString(36).slice(2)}.example.org`,
          name: 'Matrix DID issuer',
          note: 'matrix',
        },
      }),
    expect: HR_ONLY,
    check: (response) =>
      expect((response.data as { addTrustedIssuer: { issuerId: string } }).addTrustedIssuer.issuerId).toMatch(/^did:web:matrix-/),
  },
  {
    name: 'pinTrustedIssuerKey',
    run: async (c, w) =>
      c.request(`mutation($id: ID!, $key: String!) { pinTrustedIssuerKey(id: $id, key: $key) { pinnedKeys } }`, {
        id: await d1TrustedIssuer(c, w),
        key: PINNED_KEY,
      }),
    expect: D1_HR,
    check: (response) =>
      expect((response.data as { pinTrustedIssuerKey: { pinnedKeys: string[] } }).pinTrustedIssuerKey.pinnedKeys).toEqual([
        PINNED_KEY,
      ]),
  },
  {
    name: 'unpinTrustedIssuerKey',
    run: async (c, w) => {
      const id = await d1TrustedIssuer(c, w);
      await (
        await d1Hr(c, w)
      ).request(`mutation($id: ID!, $key: String!) { pinTrustedIssuerKey(id: $id, key: $key) { id } }`, { id, key: PINNED_KEY });
      return c.request(`mutation($id: ID!, $key: String!) { unpinTrustedIssuerKey(id: $id, key: $key) { pinnedKeys } }`, {
        id,
        key: PINNED_KEY,
      });
    },
    expect: D1_HR,
  },
  {
    name: 'removeTrustedIssuer',
    run: async (c, w) => c.request(`mutation($id: ID!) { removeTrustedIssuer(id: $id) }`, { id: await d1TrustedIssuer(c, w) }),
    expect: D1_HR,
  },
];
