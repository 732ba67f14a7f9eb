import { act, screen } from '@testing-library/react';
import { createApolloClient } from '../../app/apollo-client';
import { serviceUnavailableVar } from '../../app/service-status';
import { MeDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { describeError, SERVICE_UNAVAILABLE_MESSAGE } from '../../utils/graphql-errors';
import { ServiceStatusBanner } from './service-status-banner';

// jsdom has no fetch Response: the parts of one that Apollo's HttpLink reads.
function answer(status: number, body: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'retry-after': '5' };
  return {
    ok: status < 300,
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: async () => JSON.stringify(body),
  };
}

const unavailable = {
  errors: [
    {
      message: 'PD Ledger cannot reach its database right now. Nothing was changed; please try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
  data: { me: null },
};

describe('the API saying SERVICE_UNAVAILABLE (HTTP 503)', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    serviceUnavailableVar(false);
  });

  it('is shown as "temporarily unavailable, try again", not as an internal error, until an answer comes back', async () => {
    const fetchMock = jest.fn().mockResolvedValueOnce(answer(503, unavailable));
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const client = createApolloClient();
    renderWithProviders(<ServiceStatusBanner />);
    expect(screen.queryByRole('status')).toBeNull();

    let failure: unknown;
    await act(async () => {
      failure = await client.query({ query: MeDocument, fetchPolicy: 'network-only' }).catch((error: unknown) => error);
    });
    expect(describeError(failure)).toBe(SERVICE_UNAVAILABLE_MESSAGE);
    expect(describeError(failure)).not.toMatch(/Internal server error|answered with an error/);
    expect(screen.getByRole('status').textContent).toMatch(/temporarily unavailable/);
    expect(screen.getByRole('status').textContent).toContain(SERVICE_UNAVAILABLE_MESSAGE);

    fetchMock.mockResolvedValueOnce(answer(200, { data: { me: null } }));
    await act(async () => {
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
