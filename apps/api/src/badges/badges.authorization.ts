import { Actor, Expectation, HR_ONLY, MatrixOperation, World } from '../testing/authorization-matrix';
import { TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';

/** The district's badge issuer allow-list (HR). The upload itself, POST /api/badges, is tested in badges.integration-spec.ts. */

const hrSessions = new WeakMap<World, Promise<GraphQLClient>>();

async function d1Origin(c: GraphQLClient, w: World): Promise<string> {
  let session = hrSessions.get(w);
  if (!session) {
    session = (async () => {
      const client = new GraphQLClient(c.baseUrl);
      await client.signIn(w.d1.accounts.hr.email, TEST_PASSWORD);
      return client;
    })();
    hrSessions.set(w, session);
  }
  const hr = await session;
  const response = await hr.request<{ addBadgeOrigin: { id: string } }>(`mutation { addBadgeOrigin(origin: "https://remove-me.example.org") { id } }`);
  return response.data!.addBadgeOrigin.id;
}

const D1_HR: Record<Actor, Expectation> = { ...HR_ONLY, hrOtherDistrict: 'NOT_FOUND' };

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
    check: (response) => expect((response.data as { addBadgeOrigin: { origin: string } }).addBadgeOrigin.origin).toBe('https://badges.example.org'),
  },
  {
    name: 'removeBadgeOrigin',
    run: async (c, w) => c.request(`mutation($id: ID!) { removeBadgeOrigin(id: $id) }`, { id: await d1Origin(c, w) }),
    expect: D1_HR,
  },
];
