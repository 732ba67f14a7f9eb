import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { runDistrictAgnostic, setScopeDistrict } from '../database/database-scope';
import { Role } from '../access/role';
import { SessionEntity } from './session.entity';
import { ApiRequest, SESSION_COOKIE, Viewer } from '../access/viewer';

// Writing last_seen_at on every request would turn each read into a write; a minute of slack in
// idle expiry is harmless.
const TOUCH_INTERVAL_SECONDS = 60;

interface SessionRow {
  session_id: string;
  account_id: string;
  email: string;
  role: Role;
  display_name: string;
  district_id: string;
  educator_id: string | null;
  disabled: boolean;
  school_ids: string[];
  /** Neither past its absolute expiry nor idle too long. */
  live: boolean;
  needs_touch: boolean;
  district_name: string;
  district_state_code: string;
  /** The account's schools (user_account_school), ordered by name and id. */
  schools: Array<{ id: string; name: string }>;
  /** The district's responses counter (`district_figures_version.responses_version`), read with the session. */
  responses_version: string;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionService {
  private readonly pendingLookups = new WeakMap<object, Promise<Viewer | null>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
  ) {}

  /** Creates a session inside the caller's transaction; returns its id and the cookie token. */
  async create(
    manager: EntityManager,
    account: { id: string; districtId: string },
    request: ApiRequest,
  ): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const absoluteHours = configValue(this.config, 'SESSION_ABSOLUTE_HOURS');
    const now = new Date();
    const inserted = await manager.insert(SessionEntity, {
      districtId: account.districtId,
      userAccountId: account.id,
      tokenHash: hashSessionToken(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteHours * 3600_000),
      ip: request.ip ?? null,
      userAgent: request.get('user-agent')?.slice(0, 500) ?? null,
    });
    return { id: (inserted.identifiers[0] as { id: string }).id, token };
  }

  async delete(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }

  /**
   * Resolves the caller from the session cookie, once per request. Expired sessions (idle or
   * absolute) and sessions of disabled accounts are deleted and resolve to nobody.
   */
  resolveViewer(request: ApiRequest): Promise<Viewer | null> {
    // Root fields of one operation are guarded concurrently; they must share one lookup.
    let pending = this.pendingLookups.get(request);
    if (!pending) {
      pending = request.viewer !== undefined ? Promise.resolve(request.viewer) : this.lookUpViewer(request);
      this.pendingLookups.set(request, pending);
    }
    return pending.then(() => request.viewer ?? null);
  }

  private async lookUpViewer(request: ApiRequest): Promise<Viewer | null> {
    request.viewer = null;
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;

    const tokenHash = hashSessionToken(token);
    // The district is unknown until the session is found: a narrow database function
    // (`pdledger_session_viewer`, migration 1797830000000) reads the session, its account and
    // district as its owner, for this token hash only, so the connection's district setting does
    // not matter here; everything after runs under the session's district scope.
    const idleMinutes = configValue(this.config, 'SESSION_IDLE_MINUTES');
    const rows: SessionRow[] = await runDistrictAgnostic(() =>
      this.dataSource.query(`SELECT * FROM pdledger_session_viewer($1, $2, $3)`, [
        tokenHash,
        idleMinutes,
        TOUCH_INTERVAL_SECONDS,
      ]),
    );
    const row = rows[0];
    if (!row) return null;
    setScopeDistrict(row.district_id);
    if (!row.live) {
      await this.dataSource.query(`DELETE FROM session WHERE token_hash = $1`, [tokenHash]);
      return null;
    }
    if (row.disabled) {
      await this.dataSource.query(`DELETE FROM session WHERE user_account_id = $1`, [row.account_id]);
      return null;
    }
    if (row.needs_touch) {
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    request.viewer = {
      sessionId: row.session_id,
      accountId: row.account_id,
      email: row.email,
      role: row.role,
      displayName: row.display_name,
      districtId: row.district_id,
      educatorId: row.educator_id,
      schoolIds: row.role === Role.PRINCIPAL ? row.school_ids : [],
      district: { id: row.district_id, name: row.district_name, stateCode: row.district_state_code },
      schools:
        row.role === Role.PRINCIPAL
          ? row.schools.map((school) => ({ id: school.id, districtId: row.district_id, name: school.name }))
          : undefined,
      responsesVersion: row.responses_version,
    };
    return request.viewer;
  }

  setCookie(request: ApiRequest, response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies(request),
      path: '/',
      maxAge: configValue(this.config, 'SESSION_ABSOLUTE_HOURS') * 3600_000,
    });
  }

  clearCookie(request: ApiRequest, response: Response): void {
    response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secureCookies(request), path: '/' });
  }

  private secureCookies(request: ApiRequest): boolean {
    const setting = configValue(this.config, 'COOKIE_SECURE');
    if (setting === 'auto') return request.secure;
    return setting === 'true';
  }
}
