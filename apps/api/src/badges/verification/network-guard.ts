import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, isIPv4, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { BadgeError } from './badge-error';
import type { FetchLike } from './safe-fetch';

/** IPv4 ranges PD Ledger never contacts for badges: [first address, prefix length, what it is]. */
const BLOCKED_V4: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'shared carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

function v4ToInt(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function v4Reason(address: string): string | null {
  const value = v4ToInt(address);
  for (const [first, prefix, what] of BLOCKED_V4) {
    const size = 2 ** (32 - prefix);
    const start = v4ToInt(first);
    if (value >= start && value < start + size) return what;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted quad, or a zone, allowed). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted && isIPv4(dotted[1])) {
    const value = v4ToInt(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const headGroups = parse(head);
  const tailGroups = parse(tail);
  if (tail === undefined) return headGroups;
  return [...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups];
}

function v6Reason(address: string): string | null {
  const g = v6Groups(address);
  const embeddedV4 = () => `${g[6] >> 8}.${g[6] & 0xff}.${g[7] >> 8}.${g[7] & 0xff}`;
  if (g.slice(0, 5).every((group) => group === 0) && g[5] === 0xffff) {
    const reason = v4Reason(embeddedV4());
    return reason ? `IPv4-mapped ${reason}` : null;
  }
  if (g.slice(0, 6).every((group) => group === 0)) {
    if (g[6] === 0 && g[7] === 0) return 'unspecified';
    if (g[6] === 0 && g[7] === 1) return 'loopback';
    return 'IPv4-compatible (deprecated)';
  }
  // NAT64 (RFC 6052) reaches the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((group) => group === 0)) {
    const reason = v4Reason(embeddedV4());
    return reason ? `NAT64 ${reason}` : null;
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local (private)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local (deprecated)';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/**
 * Why an address is not on the public internet (loopback, private, link-local, unspecified,
 * carrier-grade NAT, multicast, reserved, and IPv4-mapped or NAT64 forms of these), or null when
 * it is public.
 */
export function nonPublicAddressReason(address: string): string | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 4) return v4Reason(address);
  if (family === 6) return v6Reason(address);
  return 'not an IP address';
}

function refused(url: string): BadgeError {
  return new BadgeError(
    'BADGE_ADDRESS_NOT_ALLOWED',
    `Could not fetch the issuer's document at ${url.slice(0, 500)}: it is not on a public internet address.`,
    { url: url.slice(0, 500) },
  );
}

/**
 * A DNS lookup for the connection itself: every address the name resolves to is checked, and the
 * socket connects to the checked addresses only, so a second answer (DNS rebinding) cannot swap
 * them between the check and the connection.
 */
function checkedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, verbatim: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      if (!allowPrivate && addresses.some((entry) => nonPublicAddressReason(entry.address) !== null)) {
        return callback(refused(url) as unknown as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * The fetch badge verification uses outside tests: plain node:http(s) with the checked lookup
 * above, refusing hosts that are (or resolve to) non-public addresses unless `allowPrivate` (the
 * BADGE_FETCH_ALLOW_PRIVATE setting, for development and tests with local issuer servers).
 */
export function publicInternetFetch(options: { allowPrivate: boolean }): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const literal = target.hostname.replace(/^\[|\]$/g, '');
      if (!options.allowPrivate && isIP(literal) !== 0 && nonPublicAddressReason(literal) !== null) {
        reject(refused(url));
        return;
      }
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: init.method,
          headers: init.headers,
          signal: init.signal,
          agent: false,
          lookup: checkedLookup(url, options.allowPrivate),
        },
        (incoming) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value === undefined) continue;
            for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
          }
          const status = incoming.statusCode ?? 502;
          const noBody = status === 204 || status === 205 || status === 304 || status < 200 || status > 599;
          if (noBody) incoming.resume();
          const body = noBody ? null : (Readable.toWeb(incoming) as unknown as WebReadableStream<Uint8Array>);
          resolve(
            new Response(body as ReadableStream<Uint8Array> | null, { status: Math.min(Math.max(status, 200), 599), headers }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    });
}
