import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { ApiRequest, Viewer } from '../access/viewer';
import { ForbiddenError } from '../common/errors';
import { SecretKeyring } from '../secrets/secret-keyring';

/** The keyring purpose of export tokens (bound to one session). */
const EXPORT_TOKEN_PURPOSE = 'report-export-intent';
/** Where a client without Fetch Metadata sends the token: this header, or this query parameter. */
export const EXPORT_TOKEN_HEADER = 'x-pdledger-export-token';
export const EXPORT_TOKEN_PARAMETER = 'exportToken';

/** Sec-Fetch-Site values that show the request came from PD Ledger itself or the person's own action. */
const SAME_SITE_INTENT = new Set(['same-origin', 'same-site', 'none']);

export function exportToken(keyring: SecretKeyring, viewer: Viewer): string {
  return keyring.sign(EXPORT_TOKEN_PURPOSE, viewer.sessionId);
}

/**
 * Exports start only when the request shows same-site intent. The session cookie is SameSite=Lax,
 * so a link on another site still carries it on a top-level navigation: a browser says where such
 * a request came from in Sec-Fetch-Site (Fetch Metadata), and "cross-site" is refused before
 * anything is read, written or audited. A client that sends no Fetch Metadata (scripts, old
 * browsers) proves intent with the session's export token (`reportExportToken`), in the
 * X-PDLedger-Export-Token header or the exportToken query parameter.
 */
@Injectable()
export class ExportIntentGuard implements CanActivate {
  constructor(private readonly keyring: SecretKeyring) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const fromQuery = (request.query as Record<string, unknown>)[EXPORT_TOKEN_PARAMETER];
    const site = request.get('sec-fetch-site');
    if (site !== undefined) {
      if (SAME_SITE_INTENT.has(site.toLowerCase())) return true;
      throw new ForbiddenError(
        'Exports start only from PD Ledger itself: this download was requested from another site (Sec-Fetch-Site: cross-site). Open it from the Reports page.',
      );
    }
    const token = request.get(EXPORT_TOKEN_HEADER) ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
    const viewer = request.viewer;
    if (viewer && token && this.keyring.verify(EXPORT_TOKEN_PURPOSE, viewer.sessionId, token)) return true;
    throw new ForbiddenError(
      `Exports need same-site intent: a browser's Sec-Fetch-Site header, or this session's export token (reportExportToken) in the ${EXPORT_TOKEN_HEADER} header.`,
    );
  }
}
