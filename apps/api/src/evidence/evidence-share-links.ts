import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfig, configValue } from '../config/app-config';
import { SecretKeyring } from '../secrets/secret-keyring';

/** The SecretKeyring purpose of evidence links handed outside the product (the state hour upload). */
export const EVIDENCE_LINK_PURPOSE = 'evidence-share-link';

/** How long a shared evidence link opens the file: long enough for a state's review of an upload. */
export const EVIDENCE_LINK_DAYS = 30;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function message(districtId: string, fileId: string, expires: number): string {
  return `${districtId}.${fileId}.${expires}`;
}

/**
 * Absolute, time-limited links to one evidence file that open without signing in (a state
 * reviewer has no account): `PUBLIC_URL/api/evidence/shared/<district>/<file>?expires=<unix s>&signature=<HMAC>`,
 * signed with the kernel SecretKeyring for this purpose only. Anyone holding the link can open
 * that one file until it expires; nothing else.
 */
@Injectable()
export class EvidenceLinkSigner {
  private readonly publicUrl: string;

  constructor(
    private readonly keyring: SecretKeyring,
    @Inject(ConfigService) config: AppConfig,
  ) {
    this.publicUrl = configValue(config, 'PUBLIC_URL');
  }

  /** A link valid until `now + EVIDENCE_LINK_DAYS` (whole seconds). */
  link(districtId: string, fileId: string, now: Date = new Date()): { url: string; expiresAt: Date } {
    const expires = Math.floor(now.getTime() / 1000) + EVIDENCE_LINK_DAYS * 86_400;
    const signature = this.keyring.sign(EVIDENCE_LINK_PURPOSE, message(districtId, fileId, expires));
    return {
      url: `${this.publicUrl}/api/evidence/shared/${districtId}/${fileId}?expires=${expires}&signature=${signature}`,
      expiresAt: new Date(expires * 1000),
    };
  }

  /** 'valid', 'expired' (a true signature past its time) or 'invalid' (anything else). */
  check(
    districtId: string,
    fileId: string,
    expiresValue: unknown,
    signature: unknown,
    now: Date = new Date(),
  ): 'valid' | 'expired' | 'invalid' {
    if (!UUID.test(districtId) || !UUID.test(fileId)) return 'invalid';
    if (typeof expiresValue !== 'string' || !/^\d{1,12}$/.test(expiresValue) || typeof signature !== 'string') return 'invalid';
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(signature)) return 'invalid';
    const expires = Number(expiresValue);
    if (!this.keyring.verify(EVIDENCE_LINK_PURPOSE, message(districtId, fileId, expires), signature)) return 'invalid';
    return now.getTime() >= expires * 1000 ? 'expired' : 'valid';
  }
}
