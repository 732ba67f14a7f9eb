import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig, configValue } from '../config/app-config';
import { SecretKeyring } from '../secrets/secret-keyring';
import { NotificationKind } from './notification-kinds';

/** The purpose the unsubscribe links are signed for (SecretKeyring). */
export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';

/** One email as stored in the outbox. */
export interface OutgoingEmail {
  districtId: string;
  accountId: string;
  to: string;
  subject: string;
  text: string;
  /** The kind a one-click unsubscribe stops; null for emails nobody may opt out of. */
  unsubscribeKind: NotificationKind | null;
}

/** What an unsubscribe link names; signed, so a link only ever stops its own person's email. */
export interface UnsubscribeTarget {
  districtId: string;
  accountId: string;
  kind: NotificationKind;
}

function unsubscribeMessage(target: UnsubscribeTarget): string {
  return `${target.districtId}.${target.accountId}.${target.kind}`;
}

/**
 * Email through SMTP (nodemailer, `SMTP_URL`), and the signed one-click unsubscribe links every
 * optional email carries (RFC 8058: `List-Unsubscribe` with an https link and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`). Without `SMTP_URL` nothing is sent:
 * emails stay in the outbox (HELD) for HR to read.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;
  readonly publicUrl: string;

  constructor(
    @Inject(ConfigService) config: AppConfig,
    private readonly keyring: SecretKeyring,
  ) {
    const url = configValue(config, 'SMTP_URL');
    this.transport = url ? createTransport(url) : null;
    this.from = configValue(config, 'MAIL_FROM');
    this.publicUrl = configValue(config, 'PUBLIC_URL');
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  unsubscribeUrl(target: UnsubscribeTarget): string {
    const query = new URLSearchParams({
      d: target.districtId,
      a: target.accountId,
      k: target.kind,
      s: this.keyring.sign(UNSUBSCRIBE_PURPOSE, unsubscribeMessage(target)),
    });
    return `${this.publicUrl}/api/notifications/unsubscribe?${query.toString()}`;
  }

  /** The target of a link whose signature is valid, or null. */
  verifyUnsubscribe(query: Record<string, unknown>): UnsubscribeTarget | null {
    const { d, a, k, s } = query;
    if (typeof d !== 'string' || typeof a !== 'string' || typeof k !== 'string' || typeof s !== 'string') return null;
    if (!(Object.values(NotificationKind) as string[]).includes(k)) return null;
    const target: UnsubscribeTarget = { districtId: d, accountId: a, kind: k as NotificationKind };
    return this.keyring.verify(UNSUBSCRIBE_PURPOSE, unsubscribeMessage(target), s) ? target : null;
  }

  /** Sends one email; throws what the SMTP server answered when it is refused. */
  async send(email: OutgoingEmail & { id: string }): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured (SMTP_URL)');
    const headers: Record<string, string> = {};
    if (email.unsubscribeKind) {
      const url = this.unsubscribeUrl({ districtId: email.districtId, accountId: email.accountId, kind: email.unsubscribeKind });
      headers['List-Unsubscribe'] = `<${url}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: `<${email.id}@pd-ledger>`,
      headers,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
