import Decimal from 'decimal.js';
import { PdStatus } from '../domain/pd-enums';
import type { BadgeFinding } from './badge-verification.entity';
import { normaliseOrigin, type NormalizedBadge } from './verification';

/** A district's trusted issuer as the trust decision needs it. */
export interface TrustedIssuerKeys {
  issuerId: string;
  name: string;
  pinnedKeys: readonly string[];
}

export interface TrustContext {
  /** By issuer id (exact string). */
  trustedIssuers: ReadonlyMap<string, TrustedIssuerKeys>;
  /** The district's badge origins (OB 2.0 hosting allow-list). */
  allowedOrigins: readonly string[];
}

export interface IssuerTrust {
  trusted: boolean;
  /** HR's name for the trusted issuer, when the badge's issuer id is one. */
  trustedIssuer: TrustedIssuerKeys | null;
  findings: BadgeFinding[];
}

/** Where a did:web or https issuer id lives: the only origin its own keys can come from. */
export function issuerHostOrigin(issuerId: string): string | null {
  if (issuerId.startsWith('did:web:')) {
    const host = decodeURIComponent(issuerId.slice('did:web:'.length).split(':')[0] ?? '');
    return host === '' ? null : normaliseOrigin(`https://${host}`);
  }
  return /^https:\/\//i.test(issuerId) ? normaliseOrigin(issuerId) : null;
}

function isAllowedOrigin(origin: string | null, allowed: readonly string[]): boolean {
  return origin !== null && allowed.some((value) => normaliseOrigin(value) === origin);
}

function short(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * Whether the district trusts who vouched for a badge. A valid signature is necessary, never
 * sufficient: the issuer must be one HR trusts, named by its id (the display name a file gives
 * is never looked at), and the signing key must belong to that issuer:
 *
 * - Open Badges 3.0 / CLR (Data Integrity or VC-JWT): the issuer id is a trusted issuer, and the
 *   key is pinned by HR for it (a did:key, or a header `jwk` by its did:key or thumbprint), or was
 *   fetched through the safe fetch from the issuer's own domain (did:web DID document or https key
 *   document whose controller is the issuer, which the verifier checked).
 * - Open Badges 2.0 hosted: the assertion was fetched from an allowed badge origin, or from the own
 *   domain of a trusted https issuer id.
 * - Open Badges 2.0 signed: the key is listed in the issuer's profile (the verifier checked) and
 *   that profile's origin is allowed, or the issuer id is a trusted issuer.
 */
export function assessIssuerTrust(badge: NormalizedBadge, unverifiedReason: string | null, context: TrustContext): IssuerTrust {
  const findings: BadgeFinding[] = [];
  const issuerId = badge.issuer.id;
  const entry = context.trustedIssuers.get(issuerId) ?? null;
  const signer = badge.signer;
  if (badge.recipient)
    findings.push({
      check: 'RECIPIENT',
      ok: true,
      detail: `Awarded to this educator (matched by ${badge.recipient.matchedBy}).`,
    });

  if (signer === null) {
    findings.push({
      check: 'SIGNATURE',
      ok: false,
      detail: `Not checked: ${short(unverifiedReason ?? 'the badge could not be verified.', 300)}`,
    });
    findings.push({
      check: 'ISSUER',
      ok: false,
      detail: `Names the issuer ${short(issuerId)} ("${short(badge.issuer.name, 80)}"), which could not be confirmed.`,
    });
    return { trusted: false, trustedIssuer: entry, findings };
  }

  switch (signer.method) {
    case 'OB2_HOSTED': {
      findings.push({
        check: 'SIGNATURE',
        ok: true,
        detail: `Hosted assertion fetched from ${signer.fetchedFrom ?? 'its issuer'} and matched.`,
      });
      // A trusted issuer id counts only for an assertion hosted on that issuer's own domain: an
      // allowed origin must not borrow another issuer's trusted id (and its catalog entries).
      const ownDomain = entry !== null && signer.fetchedFrom !== null && signer.fetchedFrom === issuerHostOrigin(issuerId);
      const trusted = isAllowedOrigin(signer.fetchedFrom, context.allowedOrigins) || ownDomain;
      findings.push(
        trusted
          ? {
              check: 'ISSUER',
              ok: true,
              detail: entry
                ? `Issuer ${short(issuerId)} is trusted by the district (${short(entry.name, 80)}).`
                : `Hosted on ${signer.fetchedFrom}, an origin the district allows.`,
            }
          : { check: 'ISSUER', ok: false, detail: `Issuer ${short(issuerId)} is not trusted by the district.` },
      );
      return { trusted, trustedIssuer: entry, findings };
    }
    case 'OB2_SIGNED': {
      findings.push({
        check: 'SIGNATURE',
        ok: true,
        detail: `Signature valid (Open Badges 2.0 signed, key ${short(signer.keyId ?? '?')}).`,
      });
      findings.push({ check: 'KEY', ok: true, detail: "The key is listed in the issuer's profile." });
      const trusted = entry !== null || isAllowedOrigin(normaliseOrigin(issuerId), context.allowedOrigins);
      findings.push(
        trusted
          ? { check: 'ISSUER', ok: true, detail: `Issuer ${short(issuerId)} is trusted by the district.` }
          : { check: 'ISSUER', ok: false, detail: `Issuer ${short(issuerId)} is not trusted by the district.` },
      );
      return { trusted, trustedIssuer: entry, findings };
    }
    case 'DATA_INTEGRITY':
    case 'VC_JWT': {
      const how = signer.method === 'VC_JWT' ? 'VC-JWT' : 'Data Integrity eddsa-rdfc-2022';
      const keyName = signer.keyFingerprint ?? signer.keyId ?? '?';
      findings.push({ check: 'SIGNATURE', ok: true, detail: `Signature valid (${how}, key ${short(keyName)}).` });
      if (!entry) {
        findings.push({ check: 'ISSUER', ok: false, detail: `Issuer ${short(issuerId)} is not trusted by the district.` });
        findings.push({ check: 'KEY', ok: false, detail: `Key ${short(keyName)} is not pinned by the district.` });
        return { trusted: false, trustedIssuer: null, findings };
      }
      findings.push({
        check: 'ISSUER',
        ok: true,
        detail: `Issuer ${short(issuerId)} is trusted by the district (${short(entry.name, 80)}).`,
      });
      const pinned = [signer.keyFingerprint, signer.keyId].some((key) => key !== null && entry.pinnedKeys.includes(key));
      const ownDomain = signer.fetchedFrom !== null && signer.fetchedFrom === issuerHostOrigin(issuerId);
      if (pinned) findings.push({ check: 'KEY', ok: true, detail: `Key ${short(keyName)} is pinned for this issuer.` });
      else if (ownDomain)
        findings.push({
          check: 'KEY',
          ok: true,
          detail: `Key ${short(keyName)} was fetched from the issuer's own domain ${signer.fetchedFrom}.`,
        });
      else
        findings.push({
          check: 'KEY',
          ok: false,
          detail: `Key ${short(keyName)} is not pinned for this issuer and was not published on its domain.`,
        });
      return { trusted: pinned || ownDomain, trustedIssuer: entry, findings };
    }
  }
}

export interface BadgeDecision {
  status: PdStatus.VERIFIED | PdStatus.SUBMITTED;
  findings: BadgeFinding[];
  claimExceedsCatalog: boolean;
}

/**
 * VERIFIED vs SUBMITTED for an imported badge: VERIFIED only when the district trusts who vouched
 * for it and it claims no more than its catalog item; anything else waits for a person. The
 * credit always comes from the catalog item (or the reviewer), never from the hours a file states.
 */
export function decideBadgeStatus(input: {
  trust: IssuerTrust;
  claimedHours: string | null;
  catalog: { statedHours: string | null } | null;
  /** This educator already has a counted record of the same catalog item. */
  countedCopy?: boolean;
}): BadgeDecision {
  const findings = [...input.trust.findings];
  let claimExceedsCatalog = false;
  const { claimedHours, catalog } = input;
  if (claimedHours !== null) {
    const claim = new Decimal(claimedHours);
    if (catalog === null) {
      claimExceedsCatalog = claim.gt(0);
      findings.push({
        check: 'CLAIM',
        ok: !claimExceedsCatalog,
        detail: `Claims ${claimedHours} hours; the district's catalog has no item for this achievement, so a reviewer decides the credit.`,
      });
    } else {
      claimExceedsCatalog = claim.gt(catalog.statedHours ?? 0);
      findings.push(
        claimExceedsCatalog
          ? {
              check: 'CLAIM',
              ok: false,
              detail: `Claims ${claimedHours} hours, more than the catalog item's ${catalog.statedHours ?? 'none'}; the catalog figure is what counts.`,
            }
          : {
              check: 'CLAIM',
              ok: true,
              detail: `Claims ${claimedHours} hours, within the catalog item's ${catalog.statedHours}.`,
            },
      );
    }
  }
  if (input.countedCopy) {
    findings.push({
      check: 'DUPLICATE',
      ok: false,
      detail: 'The educator already has a counted record of this achievement; a reviewer decides whether this one counts too.',
    });
  }
  const status = input.trust.trusted && !claimExceedsCatalog && !input.countedCopy ? PdStatus.VERIFIED : PdStatus.SUBMITTED;
  return { status, findings, claimExceedsCatalog };
}
