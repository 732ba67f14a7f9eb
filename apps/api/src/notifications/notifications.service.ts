import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { badUserInput, notFound } from '../common/errors';
import { SqlParams } from '../common/sql-params';
import { checkIntRange, parseUuid } from '../common/validation';
import { AppConfig, configValue } from '../config/app-config';
import { currentScopeDistrict } from '../database/database-scope';
import { emailKindsFor, KIND_LABELS, NotificationKind, OPTIONAL_EMAIL_KINDS } from './notification-kinds';
import { JobQueue, QUEUES } from './job-queue';
import { Mailer } from './mailer';
import {
  EmailDeliveryModel,
  EmailDeliveryPageModel,
  EmailStatus,
  JobRunModel,
  NotificationJobStatusModel,
  NotificationModel,
  NotificationPageModel,
  NotificationPreferenceModel,
} from './notifications.model';

/** One notification to make for one person. */
export interface NotifyInput {
  districtId: string;
  accountId: string;
  kind: NotificationKind;
  /** Names the event; the same key for the same person is made once (`notification` unique key). */
  eventKey: string;
  title: string;
  body: string;
  /** A path in the dashboard ("/renewal"). */
  link: string | null;
  payload?: Record<string, unknown>;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

function toModel(row: NotificationRow): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function checkPage(offset: number | null | undefined, limit: number | null | undefined): { offset: number; limit: number } {
  checkIntRange('offset', offset, 0, 100_000);
  checkIntRange('limit', limit, 1, 100);
  return { offset: offset ?? 0, limit: limit ?? 25 };
}

/**
 * In-app notifications and the email outbox. `notify` is the one way a notification is made: in
 * the caller's transaction, once per event and person (`ON CONFLICT DO NOTHING` on the unique
 * key), with its email written to the outbox in the same transaction when the person wants that
 * kind by email, and (with SMTP and the job queue running) its sending job enqueued in that
 * transaction too, so an email exists exactly when its notification does.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly queue: JobQueue,
  ) {}

  /** Makes the notifications not made before; returns how many were new. */
  async notify(manager: EntityManager, inputs: readonly NotifyInput[]): Promise<number> {
    let created = 0;
    for (const input of inputs) {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO notification (district_id, account_id, kind, event_key, title, body, link, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (district_id, account_id, event_key) DO NOTHING RETURNING id`,
        [input.districtId, input.accountId, input.kind, input.eventKey, input.title, input.body, input.link, input.payload ?? {}],
      );
      const notification = inserted[0];
      if (!notification) continue;
      created += 1;
      await this.queueEmail(manager, input, notification.id);
    }
    return created;
  }

  private async queueEmail(manager: EntityManager, input: NotifyInput, notificationId: string): Promise<void> {
    const optional = OPTIONAL_EMAIL_KINDS.includes(input.kind);
    const [account]: Array<{ email: string; wanted: boolean }> = await manager.query(
      `SELECT a.email, COALESCE(p.email, true) AS wanted
         FROM user_account a
         LEFT JOIN notification_preference p ON p.district_id = a.district_id AND p.account_id = a.id AND p.kind = $3
        WHERE a.district_id = $1 AND a.id = $2 AND NOT a.disabled`,
      [input.districtId, input.accountId, input.kind],
    );
    if (!account || (optional && !account.wanted)) return;
    const unsubscribeKind = optional ? input.kind : null;
    const text = this.emailText(input, unsubscribeKind);
    const status = this.mailer.configured ? EmailStatus.PENDING : EmailStatus.HELD;
    const [delivery]: Array<{ id: string }> = await manager.query(
      `INSERT INTO email_delivery (district_id, notification_id, account_id, to_address, subject, body_text, unsubscribe_kind, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        input.districtId,
        notificationId,
        input.accountId,
        account.email,
        `PD Ledger: ${input.title}`,
        text,
        unsubscribeKind,
        status,
      ],
    );
    if (status === EmailStatus.PENDING && this.queue.running) await this.enqueueEmail(manager, input.districtId, delivery!.id);
  }

  /** Enqueues sending one email (in `manager`'s transaction), retried with doubling delays. */
  enqueueEmail(manager: EntityManager | null, districtId: string, deliveryId: string): Promise<string | null> {
    const options = {
      singletonKey: deliveryId,
      retryLimit: configValue(this.config, 'EMAIL_RETRY_LIMIT'),
      retryDelay: configValue(this.config, 'EMAIL_RETRY_DELAY_SECONDS'),
      retryBackoff: true,
    };
    const data = { districtId, deliveryId };
    return manager
      ? this.queue.sendInTransaction(manager, QUEUES.email, data, options)
      : this.queue.send(QUEUES.email, data, options);
  }

  private emailText(input: NotifyInput, unsubscribeKind: NotificationKind | null): string {
    const base = this.mailer.publicUrl;
    const lines = [input.title, '', input.body];
    if (input.link) lines.push('', `Open PD Ledger: ${base}${input.link}`);
    lines.push('', '--');
    if (unsubscribeKind) {
      const url = this.mailer.unsubscribeUrl({ districtId: input.districtId, accountId: input.accountId, kind: unsubscribeKind });
      lines.push(
        `You get this email because "${KIND_LABELS[unsubscribeKind]}" is on in your PD Ledger email settings.`,
        `Choose which emails you get: ${base}/notifications/settings`,
        `Stop these emails: ${url}`,
      );
    } else {
      lines.push('This is a security notice; it is sent to every account it concerns.');
    }
    return lines.join('\n');
  }

  /**
   * Tells the educator a reviewer decided on their PD record (approved, rejected, changes
   * requested), in the decision's transaction. `decision` is the new status.
   */
  async notifyRecordDecision(
    manager: EntityManager,
    districtId: string,
    recordId: string,
    decision: string,
    feedback: string | null,
  ): Promise<void> {
    const [record]: Array<{ title: string; educator_id: string; decided: string }> = await manager.query(
      `SELECT title, educator_id, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS.US') AS decided FROM pd_record WHERE district_id = $1 AND id = $2`,
      [districtId, recordId],
    );
    if (!record) return;
    const words: Record<string, { title: string; body: string }> = {
      APPROVED: { title: 'approved', body: 'It now counts toward your renewal.' },
      REJECTED: { title: 'rejected', body: 'It does not count toward your renewal.' },
      CHANGES_REQUESTED: { title: 'returned for changes', body: 'Change it and submit it again to have it reviewed.' },
    };
    const word = words[decision] ?? { title: decision.toLowerCase(), body: '' };
    await this.notify(
      manager,
      (await this.educatorAccounts(manager, districtId, record.educator_id)).map((accountId) => ({
        districtId,
        accountId,
        kind: NotificationKind.RECORD_DECISION,
        eventKey: `pd-record:${recordId}:${decision}:${record.decided}`,
        title: `Your PD record "${record.title}" was ${word.title}`,
        body: [word.body, feedback ? `Reviewer's note: ${feedback}` : ''].filter(Boolean).join('\n'),
        link: '/',
        payload: { recordId, decision },
      })),
    );
  }

  /** Tells the educator their pre-approval request was approved or denied, in the decision's transaction. */
  async notifyPreApprovalDecision(
    manager: EntityManager,
    districtId: string,
    requestId: string,
    decision: string,
    feedback: string | null,
  ): Promise<void> {
    const [request]: Array<{ title: string; educator_id: string; decided: string }> = await manager.query(
      `SELECT title, educator_id, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS.US') AS decided FROM pre_approval_request WHERE district_id = $1 AND id = $2`,
      [districtId, requestId],
    );
    if (!request) return;
    const approved = decision === 'APPROVED';
    await this.notify(
      manager,
      (await this.educatorAccounts(manager, districtId, request.educator_id)).map((accountId) => ({
        districtId,
        accountId,
        kind: NotificationKind.PRE_APPROVAL_DECISION,
        eventKey: `pre-approval:${requestId}:${decision}:${request.decided}`,
        title: `Your pre-approval request "${request.title}" was ${approved ? 'approved' : 'denied'}`,
        body: [
          approved
            ? 'You may go ahead; link the PD record to this request when you submit it.'
            : 'The PD may still be submitted, but it was not pre-approved.',
          feedback ? `Reviewer's note: ${feedback}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        link: '/pre-approvals',
        payload: { requestId, decision },
      })),
    );
  }

  private async educatorAccounts(manager: EntityManager, districtId: string, educatorId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM user_account WHERE district_id = $1 AND educator_id = $2 AND NOT disabled ORDER BY id`,
      [districtId, educatorId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Tells an account's owner that an administrator reset (replaced) the password they had. Runs
   * in `manager`'s transaction when given (the reset's own), otherwise in its own; the district is
   * the caller's scope (the admin's request). Always emailed: a security notice has no opt-out.
   */
  async notifyPasswordResetByAdmin(accountId: string, byAccountId: string, manager?: EntityManager): Promise<void> {
    const work = async (m: EntityManager) => {
      const rows: Array<{ district_id: string; display_name: string; by_name: string | null }> = await m.query(
        `SELECT a.district_id, a.display_name, b.display_name AS by_name
           FROM user_account a LEFT JOIN user_account b ON b.district_id = a.district_id AND b.id = $2
          WHERE a.id = $1`,
        [accountId, byAccountId],
      );
      const account = rows[0];
      if (!account) throw notFound(`Account ${accountId}`);
      const [{ now }]: Array<{ now: string }> = await m.query(
        `SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS now`,
      );
      await this.notify(m, [
        {
          districtId: account.district_id,
          accountId,
          kind: NotificationKind.PASSWORD_RESET_BY_ADMIN,
          eventKey: `password-reset:${byAccountId}:${now}:${Date.now()}`,
          title: 'Your PD Ledger password was reset by an administrator',
          body:
            `${account.by_name ?? 'A district administrator'} reset the password of your PD Ledger account on ${now} UTC. ` +
            'Your previous password no longer works. If you did not ask for this, contact your district HR office.',
          link: '/settings',
          payload: { byAccountId },
        },
      ]);
    };
    if (manager) await work(manager);
    else await this.dataSource.transaction(work);
  }

  async list(
    viewer: Viewer,
    args: { unreadOnly?: boolean | null; offset?: number | null; limit?: number | null },
  ): Promise<NotificationPageModel> {
    const { offset, limit } = checkPage(args.offset, args.limit);
    const unread = args.unreadOnly ? 'AND read_at IS NULL' : '';
    const [counts]: Array<{ total: number; unread: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE true ${unread})::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE district_id = $1 AND account_id = $2`,
      [viewer.districtId, viewer.accountId],
    );
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, title, body, link, created_at, read_at FROM notification
        WHERE district_id = $1 AND account_id = $2 ${unread}
        ORDER BY created_at DESC, id OFFSET $3 LIMIT $4`,
      [viewer.districtId, viewer.accountId, offset, limit],
    );
    return { totalCount: counts!.total, unreadCount: counts!.unread, rows: rows.map(toModel) };
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE district_id = $1 AND account_id = $2 AND read_at IS NULL`,
      [viewer.districtId, viewer.accountId],
    );
    return n;
  }

  /** Marks the viewer's own notifications read (an id that is not theirs is not found); null ids: all of them. */
  async markRead(viewer: Viewer, idValues: string[] | null): Promise<number> {
    if (idValues === null) {
      await this.dataSource.query(
        `UPDATE notification SET read_at = now() WHERE district_id = $1 AND account_id = $2 AND read_at IS NULL`,
        [viewer.districtId, viewer.accountId],
      );
      return this.unreadCount(viewer);
    }
    if (idValues.length === 0 || idValues.length > 100)
      throw badUserInput('ids', `${idValues.length} ids`, 'must name 1 to 100 notifications');
    const ids = [...new Set(idValues.map((value) => parseUuid('ids', value)))];
    await this.dataSource.transaction(async (manager) => {
      const found: Array<{ id: string }> = await manager.query(
        `SELECT id FROM notification WHERE district_id = $1 AND account_id = $2 AND id = ANY($3::uuid[]) FOR UPDATE`,
        [viewer.districtId, viewer.accountId, ids],
      );
      const missing = ids.find((id) => !found.some((row) => row.id === id));
      if (missing) throw notFound(`Notification ${missing}`);
      await manager.query(
        `UPDATE notification SET read_at = now() WHERE district_id = $1 AND account_id = $2 AND id = ANY($3::uuid[]) AND read_at IS NULL`,
        [viewer.districtId, viewer.accountId, ids],
      );
    });
    return this.unreadCount(viewer);
  }

  async preferences(viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    const rows: Array<{ kind: NotificationKind; email: boolean }> = await this.dataSource.query(
      `SELECT kind, email FROM notification_preference WHERE district_id = $1 AND account_id = $2`,
      [viewer.districtId, viewer.accountId],
    );
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return emailKindsFor(viewer.role).map((kind) => ({ kind, label: KIND_LABELS[kind], email: chosen.get(kind) ?? true }));
  }

  /** Turns one kind of email on or off for the viewer. Audited. */
  async setPreference(
    viewer: Viewer,
    kind: NotificationKind,
    email: boolean,
    request: ApiRequest,
  ): Promise<NotificationPreferenceModel[]> {
    if (!emailKindsFor(viewer.role).includes(kind)) throw badUserInput('kind', kind, 'is not an email you can choose');
    await this.dataSource.transaction((manager) =>
      this.savePreference(
        manager,
        { districtId: viewer.districtId, accountId: viewer.accountId, kind },
        email,
        viewer.accountId,
        request,
        'settings',
      ),
    );
    return this.preferences(viewer);
  }

  /** The one-click unsubscribe (the link was verified by the caller); runs in the link's district. */
  async unsubscribe(
    target: { districtId: string; accountId: string; kind: NotificationKind },
    request: ApiRequest,
  ): Promise<boolean> {
    if (currentScopeDistrict() !== target.districtId) throw new Error('unsubscribe must run in the link district');
    return this.dataSource.transaction(async (manager) => {
      const [account]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM user_account WHERE district_id = $1 AND id = $2`,
        [target.districtId, target.accountId],
      );
      if (!account) return false;
      await this.savePreference(manager, target, false, null, request, 'unsubscribe-link');
      return true;
    });
  }

  private async savePreference(
    manager: EntityManager,
    target: { districtId: string; accountId: string; kind: NotificationKind },
    email: boolean,
    actorAccountId: string | null,
    request: ApiRequest | null,
    via: string,
  ): Promise<void> {
    const [before]: Array<{ email: boolean }> = await manager.query(
      `SELECT email FROM notification_preference WHERE district_id = $1 AND account_id = $2 AND kind = $3 FOR UPDATE`,
      [target.districtId, target.accountId, target.kind],
    );
    await manager.query(
      `INSERT INTO notification_preference (district_id, account_id, kind, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (district_id, account_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [target.districtId, target.accountId, target.kind, email],
    );
    await this.audit.record(manager, request, {
      districtId: target.districtId,
      actorAccountId,
      action: 'NOTIFICATION_PREFERENCE_CHANGED',
      entityType: 'user_account',
      entityId: target.accountId,
      details: { kind: target.kind, before: { email: before?.email ?? true }, after: { email }, via },
    });
  }

  /** HR: the district's emails, newest first (with SMTP: sent, pending, failed; without: held here). */
  async outbox(
    viewer: Viewer,
    args: { status?: EmailStatus | null; offset?: number | null; limit?: number | null },
  ): Promise<EmailDeliveryPageModel> {
    const { offset, limit } = checkPage(args.offset, args.limit);
    const params = new SqlParams();
    const where = [`district_id = ${params.add(viewer.districtId)}`];
    if (args.status) where.push(`status = ${params.add(args.status)}`);
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_delivery WHERE ${where.join(' AND ')}`,
      params.values,
    );
    const rows: Array<{
      id: string;
      to_address: string;
      subject: string;
      body_text: string;
      status: EmailStatus;
      attempts: number;
      last_error: string | null;
      created_at: Date;
      sent_at: Date | null;
      last_attempt_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT id, to_address, subject, body_text, status, attempts, last_error, created_at, sent_at, last_attempt_at
         FROM email_delivery WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return {
      totalCount: n,
      rows: rows.map((row): EmailDeliveryModel => ({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        body: row.body_text,
        status: row.status,
        attempts: row.attempts,
        lastError: row.last_error,
        createdAt: row.created_at,
        sentAt: row.sent_at,
        lastAttemptAt: row.last_attempt_at,
      })),
    };
  }

  /** HR: whether the scheduler and mail are set up, the district's last runs and failures. */
  async jobStatus(viewer: Viewer): Promise<NotificationJobStatusModel> {
    const runs: Array<{
      id: string;
      job: string;
      as_of: string;
      status: string;
      started_at: Date;
      finished_at: Date | null;
      notifications_created: number;
      error: string | null;
    }> = await this.dataSource.query(
      `SELECT id, job, as_of::text, status, started_at, finished_at, notifications_created, error
         FROM notification_job_run WHERE district_id = $1 ORDER BY started_at DESC, id LIMIT 20`,
      [viewer.districtId],
    );
    const [emails]: Array<{ pending: number; failed: number; held: number; sent: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE status = 'HELD')::int AS held, count(*) FILTER (WHERE status = 'SENT')::int AS sent
         FROM email_delivery WHERE district_id = $1`,
      [viewer.districtId],
    );
    const toRun = (row: (typeof runs)[number]): JobRunModel => ({
      id: row.id,
      job: row.job,
      asOf: row.as_of,
      status: row.status,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      notificationsCreated: row.notifications_created,
      error: row.error,
    });
    return {
      schedulerEnabled: configValue(this.config, 'JOBS_ENABLED'),
      schedulerRunning: this.queue.running,
      mailConfigured: this.mailer.configured,
      emailsPending: emails!.pending,
      emailsFailed: emails!.failed,
      emailsHeld: emails!.held,
      emailsSent: emails!.sent,
      recentRuns: runs.map(toRun),
      lastFailure: runs.filter((row) => row.status === 'FAILED').map(toRun)[0] ?? null,
    };
  }
}
