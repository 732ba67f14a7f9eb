import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { answerSessionQuery, sessionQueryOf, withSessionAnswer } from './session-answer';

const page = (query: unknown) =>
  `<html><head><script type="application/json" id="pdl-session-query">${JSON.stringify(query)}</script></head></html>`;

describe('sessionQueryOf', () => {
  it('takes a query of me, with its fragments', () => {
    const query = 'query Me { me { ...F } } fragment F on Viewer { role }';
    expect(sessionQueryOf(page(query))).toBe(query);
  });

  it.each([
    ['a mutation', 'mutation Me { signOut }'],
    ['another root field', 'query Me { me { role } staff { totalCount } }'],
    ['another root field only', '{ districtDashboard { asOf } }'],
    ['two operations', 'query Me { me { role } } query Other { me { email } }'],
    ['a subscription', 'subscription Me { me { role } }'],
    ['text that is not GraphQL', 'me {'],
    ['a value that is not a string', { query: '{ me { role } }' }],
  ])('refuses %s', (_name, query) => {
    expect(sessionQueryOf(page(query))).toBeNull();
  });

  it('finds nothing in a page without the block, or with a block that is not JSON', () => {
    expect(sessionQueryOf('<html><head></head></html>')).toBeNull();
    expect(
      sessionQueryOf('<html><head><script type="application/json" id="pdl-session-query">query</script></head></html>'),
    ).toBeNull();
  });
});

describe('answerSessionQuery', () => {
  const request = {} as Request;
  const response = {} as Response;
  const serverAnswering = (executeOperation: () => Promise<unknown>) => ({ executeOperation }) as unknown as ApolloServer;

  it('gives up after the wait, so a slow database does not hold the page', async () => {
    const server = serverAnswering(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(answerSessionQuery(server, '{ me { role } }', request, response, 50)).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives nothing for an answer with errors, or a failed run', async () => {
    const withErrors = serverAnswering(async () => ({
      body: { kind: 'single', singleResult: { data: { me: null }, errors: [{ message: 'Service unavailable' }] } },
    }));
    await expect(answerSessionQuery(withErrors, '{ me { role } }', request, response)).resolves.toBeNull();
    const failing = serverAnswering(() => Promise.reject(new Error('boom')));
    await expect(answerSessionQuery(failing, '{ me { role } }', request, response)).resolves.toBeNull();
  });

  it('gives the data of a clean answer', async () => {
    const server = serverAnswering(async () => ({ body: { kind: 'single', singleResult: { data: { me: null } } } }));
    await expect(answerSessionQuery(server, '{ me { role } }', request, response)).resolves.toEqual({ me: null });
  });
});

describe('withSessionAnswer', () => {
  it('puts the answer at the end of the head, with nothing in it that could end the element', () => {
    const html = withSessionAnswer('<html><head><title>t</title></head><body></body></html>', {
      me: { displayName: '</script><!-- & \u2028' },
    });
    expect(html).toBe(
      '<html><head><title>t</title><script type="application/json" id="pdl-session-answer">' +
        '{"me":{"displayName":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}}</script></head><body></body></html>',
    );
  });
});
