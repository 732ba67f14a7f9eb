import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { setScopeDistrict } from '../database/database-scope';
import { AccountWithoutPasswordModel, PasswordSetLinkModel } from './import-run.model';

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
  ) {}

  async createLink(viewer: Viewer, accountId: string, request: ApiRequest): Promise<PasswordSetLinkModel> {
    const rows: Array<{ id: string; role: string }> = await this.dataSource.query(
      `SELECT id, role FROM user_account WHERE district_id = $1 AND id = $2`,
      [viewer.districtId, accountId],
    );
    const account = rows[0];
    if (!account) throw notFound('Account');
    // An HR admin must not be able to take over another HR admin's account through a link.
    if (account.role === 'HR_ADMIN' && account.id !== viewer.accountId)
      throw forbidden('Links cannot be made for other HR admins');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + PASSWORD_LINK_DAYS * 24 * 3600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM password_set_token WHERE district_id = $1 AND user_account_id = $2`, [
        viewer.districtId,
        accountId,
      ]);
      await manager.query(
        `INSERT INTO password_set_token (district_id, user_account_id, token_hash, created_by_account_id, expires_at) VALUES ($1, $2, $3, $4, $5)`,
        [viewer.districtId, accountId, hashToken(token), viewer.accountId, expiresAt],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PASSWORD_SET_LINK_CREATED',
        entityType: 'user_account',
        entityId: accountId,
        details: { expiresAt: expiresAt.toISOString() },
      });
    });
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
    const rows: Array<{ id: string; district_id: string; user_account_id: string; email: string }> = await this.dataSource.query(
      `SELECT t.id, t.district_id, t.user_account_id, a.email FROM password_set_token t
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
      const burned: unknown[] = await manager.query(
        `UPDATE password_set_token SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`,
        [link.id],
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
        actorAccountId: link.user_account_id,
        action: 'PASSWORD_SET',
        entityType: 'user_account',
        entityId: link.user_account_id,
        details: { via: 'one-time link' },
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
