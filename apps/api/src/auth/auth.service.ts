import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { runInDistrict, setScopeDistrict } from '../database/database-scope';
import { AuditService } from '../audit/audit.service';
import { badUserInput, TooManyRequestsError, unauthenticated } from '../common/errors';
import { PasswordService } from './password.service';
import { assertPasswordSignInAllowed } from './password-sign-in-policy';
import { Role } from '../access/role';
import { SessionService } from './session.service';
import { SignInRateLimiter } from './sign-in-rate-limiter';
import type { ApiRequest, Viewer } from '../access/viewer';

// One message for unknown email, wrong password and disabled account: the answer must not tell
// which emails have accounts.
const SIGN_IN_FAILED = 'Email or password is incorrect';

interface AccountRow {
  id: string;
  district_id: string;
  email: string;
  password_hash: string | null;
  role: Role;
  display_name: string;
  educator_id: string | null;
  disabled: boolean;
  school_ids: string[];
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly rateLimiter: SignInRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async signIn(emailInput: string, password: string, request: ApiRequest, response: Response): Promise<Viewer> {
    const email = emailInput.trim().toLowerCase();
    if (email.length === 0 || email.length > 254) throw badUserInput('email', emailInput, 'must be 1 to 254 characters');
    if (password.length === 0 || password.length > 1024) {
      throw badUserInput('password', '(hidden)', 'must be 1 to 1024 characters');
    }
    const ip = request.ip ?? 'unknown';
    try {
      await this.rateLimiter.assertAllowed(email, ip);
    } catch (error) {
      if (error instanceof TooManyRequestsError && error.retryAfterSeconds !== undefined) {
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }

    // Before sign-in the district is unknown: a narrow database function names the account's
    // district (and nothing else), and the account is then read under that district's scope.
    const previous = request.viewer;
    const [{ district_id: accountDistrict }] = (await this.dataSource.query(
      `SELECT pdledger_account_district($1) AS district_id`,
      [email],
    )) as Array<{
      district_id: string | null;
    }>;
    setScopeDistrict(accountDistrict);
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT a.id, a.district_id, a.email, a.password_hash, a.role, a.display_name, a.educator_id, a.disabled,
              ARRAY(SELECT uas.school_id::text FROM user_account_school uas
                    WHERE uas.user_account_id = a.id AND uas.district_id = a.district_id ORDER BY uas.school_id) AS school_ids
         FROM user_account a WHERE a.email = $1`,
      [email],
    );
    const account = rows[0];
    // Imported accounts have no password until the person sets one: treat them like unknown emails.
    const verified = account?.password_hash
      ? await this.passwords.verify(account.password_hash, password)
      : await this.passwords.verifyAgainstDummy(password);
    if (!account || !verified || account.disabled) {
      await this.rateLimiter.recordFailure(email, ip);
      throw unauthenticated(SIGN_IN_FAILED);
    }
    await assertPasswordSignInAllowed(this.dataSource, account.district_id);

    if (previous && previous.districtId !== account.district_id) {
      // The caller's old session belongs to another district: end it under that district's scope.
      await runInDistrict(previous.districtId, () =>
        this.dataSource.query(`DELETE FROM session WHERE id = $1`, [previous.sessionId]),
      );
    }
    const { token, sessionId } = await this.dataSource.transaction(async (manager) => {
      // A new session on every sign-in (never reusing the caller's) prevents session fixation.
      if (previous) await this.sessions.delete(manager, previous.sessionId);
      const session = await this.sessions.create(manager, { id: account.id, districtId: account.district_id }, request);
      await this.rateLimiter.recordSuccess(manager, email, ip);
      await this.audit.record(manager, request, {
        districtId: account.district_id,
        actorAccountId: account.id,
        action: 'SIGNED_IN',
        entityType: 'user_account',
        entityId: account.id,
      });
      return { token: session.token, sessionId: session.id };
    });

    this.sessions.setCookie(request, response, token);
    const viewer: Viewer = {
      sessionId,
      accountId: account.id,
      email: account.email,
      role: account.role,
      displayName: account.display_name,
      districtId: account.district_id,
      educatorId: account.educator_id,
      schoolIds: account.role === Role.PRINCIPAL ? account.school_ids : [],
    };
    request.viewer = viewer;
    return viewer;
  }

  async signOut(viewer: Viewer, request: ApiRequest, response: Response): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.delete(manager, viewer.sessionId);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'SIGNED_OUT',
        entityType: 'user_account',
        entityId: viewer.accountId,
      });
    });
    this.sessions.clearCookie(request, response);
    request.viewer = null;
  }
}
