import { randomBytes } from 'node:crypto';
import type { ConfigService } from '@nestjs/config';
import { SecretKeyring } from '../secrets/secret-keyring';
import { EVIDENCE_LINK_DAYS, EvidenceLinkSigner } from './evidence-share-links';

const DISTRICT = '0f9e7a52-1c1d-4d3e-9a4b-2f6c8d0e1a2b';
const FILE = '7d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

function signer(key = randomBytes(32)): EvidenceLinkSigner {
  const config = { get: () => 'https://pd.example.org' } as unknown as ConfigService;
  return new EvidenceLinkSigner(new SecretKeyring(key), config as never);
}

function parts(url: string) {
  const link = new URL(url);
  return { expires: link.searchParams.get('expires')!, signature: link.searchParams.get('signature')! };
}

describe('EvidenceLinkSigner', () => {
  const now = new Date('2026-12-06T10:00:00Z');

  it('signs an absolute link under PUBLIC_URL that is valid until it expires, then expired', () => {
    const links = signer();
    const { url, expiresAt } = links.link(DISTRICT, FILE, now);
    expect(url.startsWith(`https://pd.example.org/api/evidence/shared/${DISTRICT}/${FILE}?expires=`)).toBe(true);
    expect(expiresAt.getTime() - now.getTime()).toBe(EVIDENCE_LINK_DAYS * 86_400_000);
    const { expires, signature } = parts(url);
    expect(links.check(DISTRICT, FILE, expires, signature, now)).toBe('valid');
    expect(links.check(DISTRICT, FILE, expires, signature, new Date(expiresAt.getTime() - 1000))).toBe('valid');
    expect(links.check(DISTRICT, FILE, expires, signature, expiresAt)).toBe('expired');
  });

  it('refuses another file, district, expiry or key, and malformed values', () => {
    const key = randomBytes(32);
    const links = signer(key);
    const { expires, signature } = parts(links.link(DISTRICT, FILE, now).url);
    expect(links.check(DISTRICT, DISTRICT, expires, signature, now)).toBe('invalid');
    expect(links.check(FILE, FILE, expires, signature, now)).toBe('invalid');
    expect(links.check(DISTRICT, FILE, String(Number(expires) + 1), signature, now)).toBe('invalid');
    expect(signer().check(DISTRICT, FILE, expires, signature, now)).toBe('invalid');
    expect(links.check(DISTRICT, FILE, undefined, signature, now)).toBe('invalid');
    expect(links.check(DISTRICT, FILE, expires, ['x'], now)).toBe('invalid');
    expect(links.check('not-a-uuid', FILE, expires, signature, now)).toBe('invalid');
  });
});
