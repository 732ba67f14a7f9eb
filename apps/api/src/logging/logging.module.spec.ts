import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { loggableUrl, requestLoggingOptions } from './logging.module';

/** A server whose every request is logged by pino-http with the API's settings, into `lines`. */
async function loggedServer(lines: Array<Record<string, unknown>>): Promise<{ server: Server; url: string }> {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = pinoHttp(requestLoggingOptions('info'), stream);
  const server = createServer((request, response) => {
    log(request, response);
    request.log.warn('inside the request');
    response.setHeader('set-cookie', 'pdl_session=secret-token; HttpOnly');
    response.end('ok');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('request logging', () => {
  const lines: Array<Record<string, unknown>> = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await loggedServer(lines));
  });

  afterAll(() => {
    server.close();
  });

  beforeEach(() => {
    lines.length = 0;
  });

  it("names each line's request (id, method, URL, address, user agent) and never its cookie or authorization", async () => {
    const response = await fetch(`${url}/graphql?x=1`, {
      method: 'POST',
      headers: {
        cookie: 'pdl_session=the-cookie-value',
        authorization: 'Bearer the-token',
        'user-agent': 'Tester/1.0',
        'x-request-id': 'req-42',
      },
      body: '{}',
    });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines.map((line) => line.msg)).toEqual(['inside the request', 'request completed']);
    for (const line of lines) {
      expect(line.req).toEqual({
        id: 'req-42',
        method: 'POST',
        url: '/graphql?x=1',
        remoteAddress: '127.0.0.1',
        userAgent: 'Tester/1.0',
      });
      const text = JSON.stringify(line);
      expect(text).not.toContain('the-cookie-value');
      expect(text).not.toContain('the-token');
      expect(text).not.toContain('secret-token');
    }
    const completed = lines[1] as { res: { statusCode: number; headers: Record<string, unknown> } };
    expect(completed.res.statusCode).toBe(200);
    expect(completed.res.headers['set-cookie']).toBe('[redacted]');
  });

  it('gives a fresh id to a request whose X-Request-Id is not a sane one', async () => {
    const response = await fetch(url, { headers: { 'x-request-id': 'bad id\u00e9' } });
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((lines[0]!.req as { id: string }).id).toBe(response.headers.get('x-request-id'));
  });

  it("logs a signed link's or token's parameters without their values", async () => {
    const response = await fetch(`${url}/api/evidence/e1?expires=99&signature=sig-value`);
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));
    expect((lines[0]!.req as { url: string }).url).toBe('/api/evidence/e1?expires=99&signature=redacted');
    expect(JSON.stringify(lines)).not.toContain('sig-value');
  });
});

describe('loggableUrl', () => {
  it.each([
    ['/api/notifications/unsubscribe?d=1&a=2&k=REMINDER&s=abc', '/api/notifications/unsubscribe?d=1&a=2&k=REMINDER&s=redacted'],
    [
      '/api/reports/relicensure.csv?schoolYear=2026&exportToken=t0k',
      '/api/reports/relicensure.csv?schoolYear=2026&exportToken=redacted',
    ],
    ['/api/auth/oidc/callback?code=c0de&state=st4te&iss=x', '/api/auth/oidc/callback?code=redacted&state=redacted&iss=x'],
    // Written another way, or twice: still found.
    ['/x?export%54oken=a&exportToken=b', '/x?export%54oken=redacted&exportToken=redacted'],
    ['/x?%E0%A4%A=1&s=2', '/x?%E0%A4%A=1&s=redacted'],
    ['/graphql', '/graphql'],
    ['/x?schoolYear=2026', '/x?schoolYear=2026'],
  ])('%s', (input, expected) => {
    expect(loggableUrl(input)).toBe(expected);
  });
});
