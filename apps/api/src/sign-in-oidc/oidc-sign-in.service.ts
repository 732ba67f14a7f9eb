import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Role } from '../access/role';
import { SESSION_COOKIE, type ApiRequest } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { AppConfig, configValue } from '../config/app-config';
import { runInDistrict } from '../database/database-scope';
import { SecretKeyring } from '../secrets/secret-keyring';
import { IdentityProviderSettingsService, ProviderForSignIn } from './identity-provider-settings.service';
import { isLoopbackHttp, loadOpenIdClient, OpenIdConfiguration } from './openid-client-loader';

/** The sealed cookie holding one sign-in's state, nonce and PKCE verifier between start and callback. */
export const FLOW_COOKIE = 'pdl_oidc_flow';
const FLOW_PURPOSE = 'oidc-sign-in-flow';
const FLOW_MINUTES = 10;
const DISCOVERY_CACHE_MS = 10 * 60_000;
/** Where refused sign-ins land: a dashboard page that explains `reason`. */
export const REFUSED_PATH = '/sign-in/refused';

/** Why a sign-in through the provider was refused; the dashboard words each one. */
export type RefusalReason =
  | 'no_provider'
  | 'flow_expired'
  | 'provider_error'
  | 'token_rejected'
  | 'no_email'
  | 'email_unverified'
  | 'unknown_email'
  | 'other_district'
  | 'account_deactivated';

interface FlowState {
  /** district id */
  d: string;
  /** OAuth state */
  s: string;
  /** OpenID Connect nonce */
  n: string;
  /** PKCE code verifier */
  v: string;
  /** provider settings version the flow started with */
  c: number;
  /** path to return to */
  r: string;
  /** expiry, ms since the epoch */
  x: number;
}

export type CallbackOutcome = { ok: true; location: string } | { ok: false; reason: RefusalReason };

/** Only same-site paths: `/x`, never `//host` or `/\host`. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[^\s]*$/.test(value) || value.length > 2000) return '/';
  if (value.startsWith('/api/') || value.startsWith('/sign-in')) return '/';
  return value;
}

/**
 * OpenID Connect sign-in through the district's provider: authorization code flow with PKCE,
 * state and nonce (openid-client does the protocol and validates the ID token: issuer, audience,
 * expiry, signature by the provider's JWKS, nonce). A verified e-mail links to an existing,
 * active account of that district and nothing else: no account is created, no role granted.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  private readonly discovered = new Map<string, { at: number; config: Promise<OpenIdConfiguration> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly keyring: SecretKeyring,
    private readonly settings: IdentityProviderSettingsService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** The provider's authorization URL for the e-mail's district, with the flow cookie set; null when its domain has no provider. */
  async start(email: string, next: string, request: ApiRequest, response: Response): Promise<string | null> {
    const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
    const claim = await this.settings.providerForEmail(normalized);
    if (!claim) return null;
    const provider = await runInDistrict(claim.district_id, () => this.settings.forSignIn(claim.district_id));
    if (!provider) return null;
    const client = await loadOpenIdClient();
    const configuration = await this.configuration(provider);
    const flow: FlowState = {
      d: provider.districtId,
      s: client.randomState(),
      n: client.randomNonce(),
      v: client.randomPKCECodeVerifier(),
      c: provider.configVersion,
      r: safeNextPath(next),
      x: Date.now() + FLOW_MINUTES * 60_000,
    };
    response.cookie(FLOW_COOKIE, this.keyring.seal(FLOW_PURPOSE, JSON.stringify(flow)), {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies(request),
      path: '/api/auth/oidc',
      maxAge: FLOW_MINUTES * 60_000,
    });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      state: flow.s,
      nonce: flow.n,
      code_challenge: await client.calculatePKCECodeChallenge(flow.v),
      code_challenge_method: 'S256',
      login_hint: normalized,
    });
    return url.href;
  }

  /** Completes a sign-in at the redirect URI; the flow cookie is cleared whatever happens. */
  async callback(request: ApiRequest, response: Response): Promise<CallbackOutcome> {
    const flow = this.readFlow(request);
    response.clearCookie(FLOW_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies(request),
      path: '/api/auth/oidc',
    });
    if (!flow) return { ok: false, reason: 'flow_expired' };
    return runInDistrict(flow.d, () => this.completeInDistrict(flow, request, response));
  }

  /** The provider's end_session_endpoint for the viewer's district, when it publishes one. */
  async signOut(districtId: string): Promise<{ providerName: string | null; url: string | null }> {
    const provider = await this.settings.forSignIn(districtId);
    if (!provider) return { providerName: null, url: null };
    try {
      const configuration = await this.configuration(provider);
      if (!configuration.serverMetadata().end_session_endpoint) return { providerName: provider.displayName, url: null };
      const client = await loadOpenIdClient();
      const url = client.buildEndSessionUrl(configuration, {
        client_id: provider.clientId,
        post_logout_redirect_uri: this.settings.signOutRedirectUri,
      }).href;
      return { providerName: provider.displayName, url };
    } catch (error) {
      this.logger.warn(`Identity provider discovery failed for sign-out: ${describeOidcError(error)}`);
      return { providerName: provider.displayName, url: null };
    }
  }

  private async completeInDistrict(flow: FlowState, request: ApiRequest, response: Response): Promise<CallbackOutcome> {
    const provider = await this.settings.forSignIn(flow.d);
    if (!provider || provider.configVersion !== flow.c) return this.refuse(flow.d, request, 'flow_expired');
    const client = await loadOpenIdClient();
    const query = new URL(request.originalUrl, 'http://callback.invalid').search;
    const currentUrl = new URL(`${this.settings.redirectUri}${query}`);
    let claims: Record<string, unknown>;
    try {
      const configuration = await this.configuration(provider);
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.v,
        expectedState: flow.s,
        expectedNonce: flow.n,
        idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      // The library refused the answer (state, ID token issuer/audience/expiry/signature/nonce, an
      // error from the provider): log why, never the secret or the tokens.
      this.logger.warn(`OpenID Connect sign-in refused by the client library: ${describeOidcError(error)}`);
      const fromProvider = new URLSearchParams(query).has('error');
      return this.refuse(flow.d, request, fromProvider ? 'provider_error' : 'token_rejected', {
        error: describeOidcError(error),
      });
    }

    const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : '';
    if (!email) return this.refuse(flow.d, request, 'no_email');
    if (claims['email_verified'] !== true) return this.refuse(flow.d, request, 'email_unverified', { email });
    const [{ district_id: accountDistrict }] = (await this.dataSource.query(
      `SELECT pdledger_account_district($1) AS district_id`,
      [email],
    )) as Array<{ district_id: string | null }>;
    if (accountDistrict === null) return this.refuse(flow.d, request, 'unknown_email', { email });
    if (accountDistrict !== flow.d) return this.refuse(flow.d, request, 'other_district', { email });
    const accounts = (await this.dataSource.query(
      `SELECT id, role, disabled FROM user_account WHERE email = $1 AND district_id = $2`,
      [email, flow.d],
    )) as Array<{ id: string; role: Role; disabled: boolean }>;
    const account = accounts[0];
    if (!account) return this.refuse(flow.d, request, 'unknown_email', { email });
    if (account.disabled) return this.refuse(flow.d, request, 'account_deactivated', { email });

    const previous = await this.sessions.resolveViewer(request);
    if (previous && previous.districtId !== flow.d) {
      await runInDistrict(previous.districtId, () =>
        this.dataSource.query(`DELETE FROM session WHERE id = $1`, [previous.sessionId]),
      );
    }
    const token = await this.dataSource.transaction(async (manager) => {
      // A new session on every sign-in, never the caller's old one (session fixation).
      if (previous && previous.districtId === flow.d) await this.sessions.delete(manager, previous.sessionId);
      const session = await this.sessions.create(manager, { id: account.id, districtId: flow.d }, request);
      await this.audit.record(manager, request, {
        districtId: flow.d,
        actorAccountId: account.id,
        action: 'SIGNED_IN',
        entityType: 'user_account',
        entityId: account.id,
        details: {
          method: 'oidc',
          issuer: provider.issuerUrl,
          subject: typeof claims['sub'] === 'string' ? claims['sub'] : null,
        },
      });
      if (account.role === Role.HR_ADMIN && !provider.verified) {
        await this.settings.markVerified(manager, request, flow.d, account.id, flow.c);
      }
      return session.token;
    });
    request.cookies ??= {};
    this.sessions.setCookie(request, response, token);
    request.cookies[SESSION_COOKIE] = token;
    return { ok: true, location: flow.r };
  }

  private async refuse(
    districtId: string,
    request: ApiRequest,
    reason: RefusalReason,
    details: Record<string, unknown> = {},
  ): Promise<CallbackOutcome> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, request, {
        districtId,
        actorAccountId: null,
        action: 'OIDC_SIGN_IN_REFUSED',
        entityType: 'district_identity_provider',
        entityId: districtId,
        details: { reason, ...details },
      }),
    );
    return { ok: false, reason };
  }

  private readFlow(request: ApiRequest): FlowState | null {
    const sealed: unknown = request.cookies?.[FLOW_COOKIE];
    if (typeof sealed !== 'string' || sealed.length > 4000) return null;
    try {
      const flow = JSON.parse(this.keyring.open(FLOW_PURPOSE, sealed)) as FlowState;
      return typeof flow.x === 'number' && flow.x > Date.now() ? flow : null;
    } catch {
      return null;
    }
  }

  /** Discovery from the issuer URL, cached per issuer, client and secret for ten minutes. */
  private async configuration(provider: ProviderForSignIn): Promise<OpenIdConfiguration> {
    const key = createHash('sha256')
      .update(JSON.stringify([provider.issuerUrl, provider.clientId, provider.clientSecret]))
      .digest('hex');
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_CACHE_MS) return cached.config;
    const config = this.discover(provider);
    this.discovered.set(key, { at: Date.now(), config });
    config.catch(() => this.discovered.delete(key));
    return config;
  }

  private async discover(provider: ProviderForSignIn): Promise<OpenIdConfiguration> {
    const client = await loadOpenIdClient();
    const issuer = new URL(provider.issuerUrl);
    const insecure = isLoopbackHttp(issuer);
    const options = insecure ? { execute: [client.allowInsecureRequests] } : undefined;
    const secret = provider.clientSecret;
    const discovered = await client.discovery(
      issuer,
      provider.clientId,
      undefined,
      secret ? client.ClientSecretBasic(secret) : client.None(),
      options,
    );
    const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported;
    // client_secret_basic is the default the specification names; use post where only post is offered.
    if (secret && methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
      const configuration = new client.Configuration(
        discovered.serverMetadata(),
        provider.clientId,
        undefined,
        client.ClientSecretPost(secret),
      );
      if (insecure) client.allowInsecureRequests(configuration);
      return configuration;
    }
    return discovered;
  }

  private secureCookies(request: ApiRequest): boolean {
    const setting = configValue(this.config, 'COOKIE_SECURE');
    return setting === 'auto' ? request.secure : setting === 'true';
  }
}

/**
 * An error's class, code and message, and those of its causes (openid-client wraps oauth4webapi's
 * errors, whose `cause` names the failed check and the claim): what the log and the audit keep.
 * Never the error's other properties, which can carry the tokens.
 */
export function describeOidcError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return depth === 0 ? String(error) : '';
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  let text = `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
  if (cause && typeof cause === 'object' && !(cause instanceof Error)) {
    const claim = (cause as { claim?: unknown }).claim;
    if (typeof claim === 'string') text += ` (claim ${JSON.stringify(claim)})`;
  }
  const inner = depth < 3 ? describeOidcError(cause, depth + 1) : '';
  return inner ? `${text}; caused by ${inner}` : text;
}
