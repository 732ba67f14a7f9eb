import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { currentScopeDistrict } from '../database/database-scope';
import { NotificationKind } from './notification-kinds';
import { Mailer } from './mailer';
import { EmailStatus } from './notifications.model';

/**
 * Sends one email of the outbox. The row is locked while sending, so two workers never send the
 * same email; an email already sent (or held, or given up on) is left alone. A refused attempt is
 * recorded (attempts, last error) and thrown, so the job queue retries it with backoff; after the
 * last retry the email is FAILED, visible on HR's outbox page.
 */
@Injectable()
export class EmailDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async deliver(districtId: string, deliveryId: string, lastAttempt: boolean): Promise<'sent' | 'skipped'> {
    if (currentScopeDistrict() !== districtId)
      throw new Error(`Email ${deliveryId} must be sent scoped to district ${districtId}`);
    const failure = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{
        id: string;
        account_id: string;
        to_address: string;
        subject: string;
        body_text: string;
        unsubscribe_kind: NotificationKind | null;
        status: EmailStatus;
      }> = await manager.query(
        `SELECT id, account_id, to_address, subject, body_text, unsubscribe_kind, status FROM email_delivery
          WHERE district_id = $1 AND id = $2 FOR UPDATE`,
        [districtId, deliveryId],
      );
      const row = rows[0];
      if (!row || row.status !== EmailStatus.PENDING) return 'skipped' as const;
      try {
        await this.mailer.send({
          id: row.id,
          districtId,
          accountId: row.account_id,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          unsubscribeKind: row.unsubscribe_kind,
        });
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        await manager.query(
          `UPDATE email_delivery SET attempts = attempts + 1, last_error = left($3, 2000), last_attempt_at = now(), status = $4
            WHERE district_id = $1 AND id = $2`,
          [districtId, deliveryId, message, lastAttempt ? EmailStatus.FAILED : EmailStatus.PENDING],
        );
        return error as Error;
      }
      await manager.query(
        `UPDATE email_delivery SET attempts = attempts + 1, last_error = NULL, last_attempt_at = now(), sent_at = now(), status = 'SENT'
          WHERE district_id = $1 AND id = $2`,
        [districtId, deliveryId],
      );
      return 'sent' as const;
    });
    if (failure instanceof Error) throw failure;
    return failure;
  }

  /** Emails still PENDING that were written more than `minutes` ago (their job may have been lost). */
  async stalePending(districtId: string, minutes: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM email_delivery WHERE district_id = $1 AND status = 'PENDING' AND created_at < now() - make_interval(mins => $2)
        ORDER BY created_at LIMIT 1000`,
      [districtId, minutes],
    );
    return rows.map((row) => row.id);
  }
}
