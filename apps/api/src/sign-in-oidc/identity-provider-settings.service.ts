import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { badRequest, badUserInput, notFound } from '../common/errors';
import { AppConfig, configValue } from '../config/app-config';
import { SecretKeyring } from '../secrets/secret-keyring';
import {
  IdentityProviderInput,
  IdentityProviderSettingsModel,
  IdentityProviderSetupModel,
  SignInMethodModel,
} from './identity-provider.model';
import { isLoopbackHttp } from './openid-client-loader';

/** The SecretKeyring purpose sealing each district's client secret. */
export const CLIENT_SECRET_PURPOSE = 'oidc-client-secret';
export const CALLBACK_PATH = '/api/auth/oidc/callback';
export const START_PATH = '/api/auth/oidc/start';
export const SIGN_OUT_RETURN_PATH = '/sign-in';
const MAX_DOMAINS = 20;
const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

interface ProviderRow {
  district_id: string;
  display_name: string;
  issuer_url: string;
  client_id: string;
  client_secret_sealed: string | null;
  email_domains: string[];
  config_version: number;
  verified_version: number | null;
  verified_at: Date | null;
  verified_by: string | null;
  password_sign_in_disabled: boolean;
}

/** What the sign-in flow needs: the provider with its secret opened. */
export interface ProviderForSignIn {
  districtId: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
  configVersion: number;
  verified: boolean;
}

const SELECT_PROVIDER = `SELECT p.district_id, p.display_name, p.issuer_url, p.client_id, p.client_secret_sealed, p.email_domains,
        p.config_version, p.verified_version, p.verified_at, a.display_name AS verified_by, p.password_sign_in_disabled
   FROM district_identity_provider p
   LEFT JOIN user_account a ON a.id = p.verified_by_account_id AND a.district_id = p.district_id
  WHERE p.district_id = $1`;

export function parseIssuerUrl(value: string): string {
  const text = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('issuerUrl', value, 'must be the https:// issuer URL of an OpenID Connect provider');
  }
  if (text.length > 2048) throw badUserInput('issuerUrl', value, 'must be at most 2048 characters');
  if (url.protocol !== 'https:' && !isLoopbackHttp(url)) {
    throw badUserInput('issuerUrl', value, 'must use https: (plain http: only for a provider on this machine)');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw badUserInput('issuerUrl', value, 'must not contain a user name, password, query or fragment');
  }
  return text;
}

export function parseEmailDomains(values: string[]): string[] {
  const domains = [...new Set(values.map((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/^@/, '') : '')))];
  if (domains.length === 0 || domains.length > MAX_DOMAINS) {
    throw badUserInput('emailDomains', values, `must list 1 to ${MAX_DOMAINS} e-mail domains`);
  }
  for (const domain of domains) {
    if (!DOMAIN_PATTERN.test(domain))
      throw badUserInput('emailDomains', domain, 'is not an e-mail domain (like district.k12.us)');
  }
  return domains.sort();
}

function checkText(field: string, value: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > max)
    throw badUserInput(field, field === 'clientSecret' ? '(hidden)' : value, `must be 1 to ${max} characters`);
  return text;
}

/**
 * HR's settings for the district's OpenID Connect provider, and the look-ups the sign-in flow
 * makes. The client secret is sealed with SecretKeyring and never leaves this service except to
 * the token request; audit events name whether it changed, never its value.
 */
@Injectable()
export class IdentityProviderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly keyring: SecretKeyring,
    private readonly audit: AuditService,
  ) {}

  get redirectUri(): string {
    return `${configValue(this.config, 'PUBLIC_URL')}${CALLBACK_PATH}`;
  }

  get signOutRedirectUri(): string {
    return `${configValue(this.config, 'PUBLIC_URL')}${SIGN_OUT_RETURN_PATH}`;
  }

  async get(viewer: Viewer): Promise<IdentityProviderSetupModel> {
    const row = await this.read(this.dataSource.manager, viewer.districtId);
    return {
      provider: row ? this.toModel(row) : null,
      redirectUri: this.redirectUri,
      signOutRedirectUri: this.signOutRedirectUri,
    };
  }

  async set(viewer: Viewer, input: IdentityProviderInput, request: ApiRequest): Promise<IdentityProviderSettingsModel> {
    const displayName = checkText('displayName', input.displayName, 80);
    const issuerUrl = parseIssuerUrl(input.issuerUrl);
    const clientId = checkText('clientId', input.clientId, 500);
    const clientSecret =
      input.clientSecret === null || input.clientSecret === undefined
        ? null
        : checkText('clientSecret', input.clientSecret, 2000);
    const emailDomains = parseEmailDomains(input.emailDomains);

    return this.dataSource.transaction(async (manager) => {
      const taken = (await manager.query(`SELECT pdledger_identity_provider_domains_elsewhere($1) AS domain`, [
        emailDomains,
      ])) as Array<{
        domain: string;
      }>;
      if (taken.length > 0) {
        throw badUserInput(
          'emailDomains',
          taken[0].domain,
          'is already claimed by another district: each domain signs in to one district',
        );
      }
      const before = await this.read(manager, viewer.districtId, true);
      const sealed =
        clientSecret !== null ? this.keyring.seal(CLIENT_SECRET_PURPOSE, clientSecret) : (before?.client_secret_sealed ?? null);
      const connectionChanged =
        !before || before.issuer_url !== issuerUrl || before.client_id !== clientId || clientSecret !== null;
      if (before?.password_sign_in_disabled && connectionChanged) {
        throw badRequest(
          'Password sign-in is off, so the provider is the only way in: turn password sign-in back on before changing the issuer, client id or secret, then sign in through the provider again to verify the new settings.',
          'issuerUrl',
        );
      }
      if (before) {
        await manager.query(
          `UPDATE district_identity_provider
              SET display_name = $2, issuer_url = $3, client_id = $4, client_secret_sealed = $5, email_domains = $6,
                  config_version = config_version + CASE WHEN $7 THEN 1 ELSE 0 END, updated_at = now()
            WHERE district_id = $1`,
          [viewer.districtId, displayName, issuerUrl, clientId, sealed, emailDomains, connectionChanged],
        );
      } else {
        await manager.query(
          `INSERT INTO district_identity_provider (district_id, display_name, issuer_url, client_id, client_secret_sealed, email_domains)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [viewer.districtId, displayName, issuerUrl, clientId, sealed, emailDomains],
        );
      }
      await manager.query(`DELETE FROM district_identity_provider_domain WHERE district_id = $1 AND NOT (domain = ANY($2))`, [
        viewer.districtId,
        emailDomains,
      ]);
      await manager.query(
        `INSERT INTO district_identity_provider_domain (domain, district_id) SELECT unnest($2::text[]), $1 ON CONFLICT (domain) DO NOTHING`,
        [viewer.districtId, emailDomains],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'IDENTITY_PROVIDER_SET',
        entityType: 'district_identity_provider',
        entityId: viewer.districtId,
        details: {
          before: before ? this.auditView(before) : null,
          after: { displayName, issuerUrl, clientId, emailDomains, clientSecretSet: sealed !== null },
          clientSecretChanged: clientSecret !== null,
          needsVerification: connectionChanged,
        },
      });
      const after = await this.read(manager, viewer.districtId);
      return this.toModel(after!);
    });
  }

  async remove(viewer: Viewer, request: ApiRequest): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.read(manager, viewer.districtId, true);
      if (!before) throw notFound('identity provider');
      if (before.password_sign_in_disabled) {
        throw badRequest(
          'Password sign-in is off: turn it back on before removing the provider, or nobody could sign in.',
          'passwordSignInDisabled',
        );
      }
      await manager.query(`DELETE FROM district_identity_provider WHERE district_id = $1`, [viewer.districtId]);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'IDENTITY_PROVIDER_REMOVED',
        entityType: 'district_identity_provider',
        entityId: viewer.districtId,
        details: { before: this.auditView(before) },
      });
      return true;
    });
  }

  /**
   * Turns password sign-in off (the provider becomes the only way in) or back on. Off requires a
   * successful sign-in through the provider by an HR admin of the district with the current
   * issuer, client id and secret, so the district cannot be locked out by a provider that does
   * not work (the table's CHECK holds the same rule).
   */
  async setPasswordSignInDisabled(
    viewer: Viewer,
    disabled: boolean,
    request: ApiRequest,
  ): Promise<IdentityProviderSettingsModel> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.read(manager, viewer.districtId, true);
      if (!before) throw notFound('identity provider');
      if (disabled && before.verified_version !== before.config_version) {
        throw badUserInput(
          'passwordSignInDisabled',
          disabled,
          `cannot be turned on yet: an HR admin must first sign in with ${before.display_name} (Settings, "Test sign-in") with the current settings`,
        );
      }
      if (before.password_sign_in_disabled !== disabled) {
        await manager.query(
          `UPDATE district_identity_provider SET password_sign_in_disabled = $2, updated_at = now() WHERE district_id = $1`,
          [viewer.districtId, disabled],
        );
        await this.audit.record(manager, request, {
          districtId: viewer.districtId,
          actorAccountId: viewer.accountId,
          action: disabled ? 'PASSWORD_SIGN_IN_DISABLED' : 'PASSWORD_SIGN_IN_ENABLED',
          entityType: 'district_identity_provider',
          entityId: viewer.districtId,
          details: { provider: before.display_name },
        });
      }
      const after = await this.read(manager, viewer.districtId);
      return this.toModel(after!);
    });
  }

  /** The sign-in page's question, answered by the e-mail's domain only. */
  async signInMethod(email: string): Promise<SignInMethodModel> {
    const text = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (text.length > 254) throw badUserInput('email', email, 'must be at most 254 characters');
    const provider = await this.providerForEmail(text);
    return {
      providerName: provider?.display_name ?? null,
      providerSignInPath: provider ? `${START_PATH}?email=${encodeURIComponent(text)}` : null,
      passwordSignIn: !provider?.password_sign_in_disabled,
    };
  }

  /** The district and provider claiming the e-mail's domain (a cross-district look-up by domain). */
  async providerForEmail(
    email: string,
  ): Promise<{ district_id: string; display_name: string; password_sign_in_disabled: boolean } | null> {
    const at = email.lastIndexOf('@');
    const domain = at > 0 ? email.slice(at + 1) : '';
    if (!DOMAIN_PATTERN.test(domain)) return null;
    const rows = (await this.dataSource.query(`SELECT * FROM pdledger_identity_provider_for_domain($1)`, [domain])) as Array<{
      district_id: string;
      display_name: string;
      password_sign_in_disabled: boolean;
    }>;
    return rows[0] ?? null;
  }

  /** The provider with its secret opened, read under the caller's district scope. */
  async forSignIn(districtId: string): Promise<ProviderForSignIn | null> {
    const row = await this.read(this.dataSource.manager, districtId);
    if (!row) return null;
    return {
      districtId: row.district_id,
      displayName: row.display_name,
      issuerUrl: row.issuer_url,
      clientId: row.client_id,
      clientSecret: row.client_secret_sealed ? this.keyring.open(CLIENT_SECRET_PURPOSE, row.client_secret_sealed) : null,
      configVersion: row.config_version,
      verified: row.verified_version === row.config_version,
    };
  }

  /** Records that an HR admin signed in through the provider with settings version `version`. */
  async markVerified(
    manager: EntityManager,
    request: ApiRequest,
    districtId: string,
    accountId: string,
    version: number,
  ): Promise<void> {
    const updated = (await manager.query(
      `UPDATE district_identity_provider SET verified_version = $3, verified_by_account_id = $2, verified_at = now()
        WHERE district_id = $1 AND config_version = $3 AND verified_version IS DISTINCT FROM $3 RETURNING district_id`,
      [districtId, accountId, version],
    )) as unknown;
    const rows = Array.isArray(updated) && Array.isArray(updated[0]) ? (updated[0] as unknown[]) : (updated as unknown[]);
    if (rows.length === 0) return;
    await this.audit.record(manager, request, {
      districtId,
      actorAccountId: accountId,
      action: 'IDENTITY_PROVIDER_VERIFIED',
      entityType: 'district_identity_provider',
      entityId: districtId,
      details: { configVersion: version },
    });
  }

  private async read(manager: EntityManager, districtId: string, forUpdate = false): Promise<ProviderRow | null> {
    const rows = (await manager.query(`${SELECT_PROVIDER}${forUpdate ? ' FOR UPDATE OF p' : ''}`, [districtId])) as ProviderRow[];
    return rows[0] ?? null;
  }

  private auditView(row: ProviderRow): Record<string, unknown> {
    return {
      displayName: row.display_name,
      issuerUrl: row.issuer_url,
      clientId: row.client_id,
      emailDomains: row.email_domains,
      clientSecretSet: row.client_secret_sealed !== null,
      passwordSignInDisabled: row.password_sign_in_disabled,
    };
  }

  private toModel(row: ProviderRow): IdentityProviderSettingsModel {
    return {
      displayName: row.display_name,
      issuerUrl: row.issuer_url,
      clientId: row.client_id,
      clientSecretSet: row.client_secret_sealed !== null,
      emailDomains: row.email_domains,
      verified: row.verified_version === row.config_version,
      verifiedAt: row.verified_version === row.config_version ? row.verified_at : null,
      verifiedBy: row.verified_version === row.config_version ? row.verified_by : null,
      passwordSignInDisabled: row.password_sign_in_disabled,
    };
  }
}
