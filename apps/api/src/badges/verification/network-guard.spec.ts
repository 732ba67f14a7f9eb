import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadgeError } from './badge-error';
import { nonPublicAddressReason, publicInternetFetch } from './network-guard';

describe('nonPublicAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private (RFC 1918)'],
    ['172.16.0.1', 'private (RFC 1918)'],
    ['172.31.255.255', 'private (RFC 1918)'],
    ['192.168.1.1', 'private (RFC 1918)'],
    ['fc00::1', 'unique local (private)'],
    ['fd12:3456::1', 'unique local (private)'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'shared carrier-grade NAT (RFC 6598)'],
    ['100.127.255.254', 'shared carrier-grade NAT (RFC 6598)'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved (and broadcast)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private (RFC 1918)'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local'],
    ['64:ff9b::169.254.169.254', 'NAT64 link-local'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(nonPublicAddressReason(address)).toBe(reason);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '100.128.0.1',
    '172.32.0.1',
    '2606:4700::6810:84e5',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('allows the public address %s', (address) => {
    expect(nonPublicAddressReason(address)).toBeNull();
  });
});

describe('publicInternetFetch', () => {
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const init = () => ({ method: 'GET' as const, redirect: 'manual' as const, signal: AbortSignal.timeout(5000), headers: {} });

  it.each(['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]', '[::1]', '0.0.0.0'])(
    'refuses http://%s before connecting, also when the name resolves there',
    async (host) => {
      hits = 0;
      const attempt = publicInternetFetch({ allowPrivate: false })(`http://${host}:${port}/doc`, init());
      await expect(attempt).rejects.toBeInstanceOf(BadgeError);
      await expect(attempt).rejects.toMatchObject({ code: 'BADGE_ADDRESS_NOT_ALLOWED' });
      expect(hits).toBe(0);
    },
  );

  it('fetches from a local server when private addresses are allowed, by name and by address', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const response = await publicInternetFetch({ allowPrivate: true })(`http://${host}:${port}/doc`, init());
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
  });
});
