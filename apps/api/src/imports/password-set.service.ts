import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badRequest, badUserInput, forbidden, NotFoundError } from '../common/errors';
import { returningRows } from '../common/returning-rows';
import { setScopeDistrict } from '../database/database-scope';
import { NotificationService } from '../notifications/notifications.service';
import { AccountWithoutPasswordModel, PasswordResetNoticeModel, PasswordSetLinkModel } from './import-run.model';

/** How long a link works. Long enough for HR to pass it on; short enough that old ones die. */
export const PASSWORD_LINK_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// A few passwords every breach list starts with; the length rule already rules out most others.
const COMMON_PASSWORDS = new Set([
  'password1234',
  '123456789012',
  'qwertyuiopas',
  'passwordpassword',
  'iloveyou1234',
  'welcome12345',
  'changeme1234',
  'letmein12345',
]);

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The password rules, with the reason a password fails (null when it passes): at least 12
 * characters (NIST SP 800-63B favours length over composition rules), at most 256, not mostly one
 * repeated character, not a well-known password, and not containing the sign-in e-mail's name.
 */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim().length === 0) return 'must not be only spaces';
  if (new Set(password).size < 4) return 'must use more than a few different characters';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is a well-known password; choose another';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lower.includes(name)) return 'must not contain your e-mail name';
  return null;
}

/**
 * One-time links for imported accounts (no e-mail server is assumed: HR copies the link to the
 * person). Only the token's SHA-256 is stored; a new link replaces the account's older ones;
 * using a link sets the password, ends the account's sessions and burns the link.
 */
@Injectable()
export class PasswordSetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** A link for an account that has no password yet (imported people). */
  async createLink(viewer: Viewer, accountId: string, request: ApiRequest): Promise<PasswordSetLinkModel> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, viewer, 'id', accountId, 'accountId');
      // A link for an account with a password would let HR choose that password and sign in as
      // its owner: such an account is reset explicitly (resetAccountPassword), which tells the owner.
      if (account.has_password)
        throw badRequest(
          `${account.email} already has a password: a set-password link is only for accounts without one; reset the password instead`,
          'accountId',
        );
      const link = await this.issueLink(manager, viewer, accountId);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PASSWORD_SET_LINK_CREATED',
        entityType: 'user_account',
        entityId: accountId,
        details: { expiresAt: link.expiresAt },
      });
      return link;
    });
  }

  /**
   * HR resets the password of an account that has one: the password is cleared (nobody can sign
   * in with it any more), every session of the account ends, a set-password link is issued, and
   * the account records who reset it and when, which its owner sees after signing in again.
   */
  async resetPassword(viewer: Viewer, email: string, request: ApiRequest): Promise<PasswordSetLinkModel> {
    const normalized = email.trim().toLowerCase();
    if (normalized.length === 0 || normalized.length > 254) throw badUserInput('email', email, 'must be 1 to 254 characters');
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, viewer, 'email', normalized, 'email');
      if (!account.has_password)
        throw badRequest(`${account.email} has no password to reset: give the person a set-password link instead`, 'email');
      await manager.query(
        `UPDATE user_account SET password_hash = NULL, password_reset_at = now(), password_reset_by_account_id = $3,
                password_reset_notice_pending = true, updated_at = now()
          WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, account.id, viewer.accountId],
      );
      const ended = returningRows(
        await manager.query(`DELETE FROM session WHERE district_id = $1 AND user_account_id = $2 RETURNING id`, [
          viewer.districtId,
          account.id,
        ]),
      );
      const link = await this.issueLink(manager, viewer, account.id);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PASSWORD_RESET',
        entityType: 'user_account',
        entityId: account.id,
        details: { email: account.email, sessionsEnded: ended.length, linkExpiresAt: link.expiresAt },
      });
      // The owner hears of it in the app and by email (security notices cannot be unsubscribed).
      await this.notifications.notifyPasswordResetByAdmin(account.id, viewer.accountId, manager);
      return link;
    });
  }

  /** The "your password was reset" notice for the signed-in person, until they dismiss it. */
  async resetNotice(viewer: Viewer): Promise<PasswordResetNoticeModel | null> {
    const rows: Array<{ password_reset_at: Date; reset_by: string | null }> = await this.dataSource.query(
      `SELECT a.password_reset_at, hr.display_name AS reset_by
         FROM user_account a
         LEFT JOIN user_account hr ON hr.district_id = a.district_id AND hr.id = a.password_reset_by_account_id
        WHERE a.district_id = $1 AND a.id = $2 AND a.password_reset_notice_pending`,
      [viewer.districtId, viewer.accountId],
    );
    const row = rows[0];
    if (!row) return null;
    return { resetAt: new Date(row.password_reset_at).toISOString(), resetByName: row.reset_by ?? 'a former HR admin' };
  }

  async dismissResetNotice(viewer: Viewer, request: ApiRequest): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const dismissed = returningRows(
        await manager.query(
          `UPDATE user_account SET password_reset_notice_pending = false
            WHERE district_id = $1 AND id = $2 AND password_reset_notice_pending RETURNING id`,
          [viewer.districtId, viewer.accountId],
        ),
      );
      if (dismissed.length === 0) return false;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PASSWORD_RESET_NOTICE_DISMISSED',
        entityType: 'user_account',
        entityId: viewer.accountId,
      });
      return true;
    });
  }

  private async lockAccount(
    manager: EntityManager,
    viewer: Viewer,
    by: 'id' | 'email',
    value: string,
    field: string,
  ): Promise<{ id: string; email: string; role: string; has_password: boolean }> {
    const rows: Array<{ id: string; email: string; role: string; has_password: boolean }> = await manager.query(
      `SELECT id, email, role, password_hash IS NOT NULL AS has_password FROM user_account
        WHERE district_id = $1 AND ${by === 'id' ? 'id = $2' : 'email = $2'} FOR UPDATE`,
      [viewer.districtId, value],
    );
    const account = rows[0];
    if (!account)
      throw new NotFoundError(
        `No account with ${field === 'email' ? 'the email' : 'the id'} ${JSON.stringify(value)} in your district`,
        field,
      );
    // An HR admin must not be able to take over another HR admin's account through a link.
    if (account.role === 'HR_ADMIN' && account.id !== viewer.accountId)
      throw forbidden('Links cannot be made for other HR admins, nor their passwords reset');
    return account;
  }

  /** Replaces the account's links with a new one; only the token's SHA-256 is stored. */
  private async issueLink(manager: EntityManager, viewer: Viewer, accountId: string): Promise<PasswordSetLinkModel> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + PASSWORD_LINK_DAYS * 24 * 3600_000);
    await manager.query(`DELETE FROM password_set_token WHERE district_id = $1 AND user_account_id = $2`, [
      viewer.districtId,
      accountId,
    ]);
    await manager.query(
      `INSERT INTO password_set_token (district_id, user_account_id, token_hash, created_by_account_id, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [viewer.districtId, accountId, hashToken(token), viewer.accountId, expiresAt],
    );
    return { accountId, path: `/set-password#token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  async setPassword(token: string, password: string, request: ApiRequest): Promise<void> {
    const invalid = () =>
      badUserInput('token', '(hidden)', 'is not a valid link, or it was used or has expired; ask HR for a new one');
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw invalid();
    // A public call: the link's district comes from a narrow database function, then the link is
    // read and used under that district's scope.
    const [{ district_id: linkDistrict }] = (await this.dataSource.query(
      `SELECT pdledger_password_token_district($1) AS district_id`,
      [hashToken(token)],
    )) as Array<{
      district_id: string | null;
    }>;
    if (!linkDistrict) throw invalid();
    setScopeDistrict(linkDistrict);
    const rows: Array<{
      id: string;
      district_id: string;
      user_account_id: string;
      created_by_account_id: string | null;
      email: string;
    }> = await this.dataSource.query(
      `SELECT t.id, t.district_id, t.user_account_id, t.created_by_account_id, a.email FROM password_set_token t
         JOIN user_account a ON a.district_id = t.district_id AND a.id = t.user_account_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()`,
      [hashToken(token)],
    );
    const link = rows[0];
    if (!link) throw invalid();
    const weakness = passwordWeakness(password, link.email);
    if (weakness) throw badUserInput('password', '(hidden)', weakness);
    const hash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      // Burn the link first; a second use racing this one finds it used and changes nothing.
      const burned = returningRows(
        await manager.query(`UPDATE password_set_token SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [
          link.id,
        ]),
      );
      if (burned.length === 0) throw invalid();
      await manager.query(`UPDATE user_account SET password_hash = $3, updated_at = now() WHERE district_id = $1 AND id = $2`, [
        link.district_id,
        link.user_account_id,
        hash,
      ]);
      await manager.query(`DELETE FROM session WHERE district_id = $1 AND user_account_id = $2`, [
        link.district_id,
        link.user_account_id,
      ]);
      await this.audit.record(manager, request, {
        districtId: link.district_id,
        // Whoever holds the link sets the password; nobody is signed in, so the actor on record is
        // the HR admin who issued the link and the account is the subject.
        actorAccountId: link.created_by_account_id,
        action: 'PASSWORD_SET',
        entityType: 'user_account',
        entityId: link.user_account_id,
        details: { via: 'one-time link', linkIssuedBy: link.created_by_account_id },
      });
    });
  }

  async accountsWithoutPassword(viewer: Viewer, offset: number, limit: number): Promise<AccountWithoutPasswordModel[]> {
    const rows: Array<{
      id: string;
      email: string;
      display_name: string;
      educator_id: string | null;
      disabled: boolean;
      link_expires_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT a.id, a.email, a.display_name, a.educator_id, a.disabled,
                (SELECT max(t.expires_at) FROM password_set_token t
                  WHERE t.user_account_id = a.id AND t.used_at IS NULL AND t.expires_at > now()) AS link_expires_at
           FROM user_account a
          WHERE a.district_id = $1 AND a.password_hash IS NULL
          ORDER BY lower(a.display_name), a.id OFFSET $2 LIMIT $3`,
      [viewer.districtId, offset, limit],
    );
    return rows.map((row) => ({
      accountId: row.id,
      email: row.email,
      displayName: row.display_name,
      educatorId: row.educator_id,
      disabled: row.disabled,
      linkExpiresAt: row.link_expires_at ? new Date(row.link_expires_at).toISOString() : null,
    }));
  }
}
