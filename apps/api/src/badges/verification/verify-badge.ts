import type { BadgeSigner } from './badge-signer';
import {
  credentialFamily,
  decodeJwsPart,
  detectBadge,
  type BadgeContainer,
  type BadgeFileInput,
  type BadgeKind,
  type DetectedBadge,
} from './badge-detect';
import { BadgeError } from './badge-error';
import { resolveLimits, type BadgeLimits } from './badge-limits';
import { asArray, idOf } from './badge-shape';
import { normalizeOb2, normalizeOb3, type NormalizedBadge } from './badge-normalize';
import { verifyOb2Hosted, verifyOb2Signed } from './ob2-verify';
import { checkCredentialShape, checkValidityWindow, verifyDataIntegrity, verifyVcJwt } from './ob3-verify';
import { matchRecipient, type IdentityObjectLike, type KnownIdentities, type RecipientMatch } from './recipient-match';
import type { FetchLike, NetworkPolicy } from './safe-fetch';
import { isJsonObject, type JsonObject } from './safe-json';

export interface VerifyBadgeOptions {
  /** Issuer origins the district allows PD Ledger to contact (hosted assertions, keys, DID docs). */
  allowedOrigins: readonly string[];
  /** The educator the badge is being imported for; when given, a badge for someone else is refused. */
  knownIdentities?: KnownIdentities;
  fetch?: FetchLike;
  /** Allow loopback and private issuer addresses (development and tests only). */
  allowPrivateAddresses?: boolean;
  now?: Date;
  limits?: Partial<BadgeLimits>;
  /** DID documents served by this PD Ledger (see NetworkPolicy.localDocument). */
  localDocument?: NetworkPolicy['localDocument'];
  /**
   * Whether a credentialStatus entry marks the credential revoked: true or false when the status
   * list is one this PD Ledger publishes, null when it cannot be checked.
   */
  statusCheck?: (credentialStatus: unknown) => Promise<boolean | null>;
}

export interface BadgeVerificationResult {
  kind: BadgeKind;
  container: BadgeContainer;
  /** Id of the outer assertion / credential (for a CLR, the CLR's own id). */
  credentialId: string;
  /** One entry per achievement: one for OB 2.0 / 3.0, one per nested credential for a CLR. */
  badges: NormalizedBadge[];
  /** False when the credential names a status list that was not consulted (not implemented yet). */
  statusChecked: boolean;
  /**
   * Null when signatures / hosting were checked. Otherwise why they could not be (the key,
   * DID document or hosted assertion is on an origin the district does not allow PD Ledger to
   * contact): the badges are then only what the file claims, for a person to review.
   */
  unverifiedReason: string | null;
}

function recipientOf(identities: IdentityObjectLike[], known: KnownIdentities | undefined): RecipientMatch | null {
  if (!known) return null;
  const match = matchRecipient(identities, known);
  if (!match)
    throw new BadgeError(
      'BADGE_RECIPIENT_MISMATCH',
      "This badge was awarded to someone else: its recipient does not match any of the educator's email addresses or ids.",
    );
  return match;
}

function ob3Identities(credential: JsonObject): IdentityObjectLike[] {
  const subject = isJsonObject(credential['credentialSubject']) ? credential['credentialSubject'] : {};
  const identities = asArray(subject['identifier']).filter(isJsonObject) as IdentityObjectLike[];
  if (typeof subject['id'] === 'string') identities.push({ identityType: 'id', identityHash: subject['id'], hashed: false });
  return identities;
}

async function verifyCredentialProof(
  credential: JsonObject,
  jwt: string | null,
  policy: NetworkPolicy,
  now: Date,
): Promise<{ credential: JsonObject; signer: BadgeSigner }> {
  if (jwt !== null) return verifyVcJwt(jwt, policy.limits, policy, now);
  checkCredentialShape(credential);
  checkValidityWindow(credential, now);
  const signer = await verifyDataIntegrity(credential, policy, now);
  return { credential, signer };
}

/**
 * True when the credential names no status, or every status it names was checked and none says
 * revoked (which throws BADGE_REVOKED); false when a status could not be checked.
 */
async function checkStatus(credential: JsonObject, options: VerifyBadgeOptions): Promise<boolean> {
  const entries = asArray(credential['credentialStatus']);
  if (entries.length === 0) return true;
  let checked = true;
  for (const entry of entries) {
    const revoked = options.statusCheck ? await options.statusCheck(entry) : null;
    if (revoked === true)
      throw new BadgeError('BADGE_REVOKED', 'The issuer has revoked this credential (its status list says so).');
    if (revoked === null) checked = false;
  }
  return checked;
}

/** Verifies a detected badge (signature/hosting, revocation, validity, recipient) and normalises it. */
export async function verifyBadge(detected: DetectedBadge, options: VerifyBadgeOptions): Promise<BadgeVerificationResult> {
  const limits = resolveLimits(options.limits);
  const policy: NetworkPolicy = {
    allowedOrigins: options.allowedOrigins,
    fetch: options.fetch,
    allowPrivateAddresses: options.allowPrivateAddresses,
    limits,
    localDocument: options.localDocument,
  };
  const now = options.now ?? new Date();

  switch (detected.kind) {
    case 'OB2_HOSTED':
    case 'OB2_SIGNED': {
      const verified =
        detected.kind === 'OB2_HOSTED'
          ? await verifyOb2Hosted(detected.assertionUrl, detected.assertion, policy, now)
          : await verifyOb2Signed(detected.jws, detected.assertion, policy, now);
      const recipient = recipientOf([verified.assertion['recipient'] as IdentityObjectLike], options.knownIdentities);
      const badge = normalizeOb2(
        detected.kind,
        verified.assertion,
        verified.badgeClass,
        verified.issuer,
        recipient,
        verified.signer,
      );
      return {
        kind: detected.kind,
        container: detected.container,
        credentialId: badge.credentialId,
        badges: [badge],
        statusChecked: true,
        unverifiedReason: null,
      };
    }
    case 'OB3_DATA_INTEGRITY':
    case 'OB3_VC_JWT': {
      const { credential, signer } = await verifyCredentialProof(
        detected.credential,
        detected.kind === 'OB3_VC_JWT' ? detected.jwt : null,
        policy,
        now,
      );
      const recipient = recipientOf(ob3Identities(credential), options.knownIdentities);
      const badge = normalizeOb3(detected.kind, credential, recipient, signer);
      const statusChecked = await checkStatus(credential, options);
      return {
        kind: detected.kind,
        container: detected.container,
        credentialId: badge.credentialId,
        badges: [badge],
        statusChecked,
        unverifiedReason: null,
      };
    }
    case 'CLR2_DATA_INTEGRITY':
    case 'CLR2_VC_JWT': {
      const { credential: clr } = await verifyCredentialProof(
        detected.credential,
        detected.kind === 'CLR2_VC_JWT' ? detected.jwt : null,
        policy,
        now,
      );
      const clrRecipient = recipientOf(ob3Identities(clr), options.knownIdentities);
      const subject = clr['credentialSubject'] as JsonObject;
      const nested = asArray(subject['verifiableCredential']);
      if (nested.length === 0) throw new BadgeError('BADGE_WRONG_TYPE', 'The CLR holds no verifiable credentials.');
      if (nested.length > limits.maxClrCredentials) {
        throw new BadgeError(
          'BADGE_TOO_LARGE',
          `The CLR holds ${nested.length} credentials; the limit is ${limits.maxClrCredentials}.`,
        );
      }
      let statusChecked = await checkStatus(clr, options);
      const badges: NormalizedBadge[] = [];
      for (const [index, item] of nested.entries()) {
        try {
          const jwt = typeof item === 'string' ? item : null;
          const unverified = jwt ? null : item;
          if (jwt === null && !isJsonObject(unverified))
            throw new BadgeError('BADGE_WRONG_TYPE', 'A CLR entry is neither a credential object nor a VC-JWT.');
          const { credential, signer } = await verifyCredentialProof(
            jwt === null ? (unverified as JsonObject) : {},
            jwt,
            policy,
            now,
          );
          if (credentialFamily(credential) !== 'OB3')
            throw new BadgeError('BADGE_WRONG_TYPE', 'A CLR entry is not an achievement credential.');
          const identities = ob3Identities(credential);
          // Entries may identify the learner themselves or rely on the (verified) CLR subject.
          const recipient =
            options.knownIdentities && identities.length > 0 ? recipientOf(identities, options.knownIdentities) : clrRecipient;
          const kind: BadgeKind = jwt ? 'OB3_VC_JWT' : 'OB3_DATA_INTEGRITY';
          badges.push(normalizeOb3(kind, credential, recipient, signer));
          // Each entry's own status list, when the caller can check it (a revoked entry refuses the CLR).
          if (!(await checkStatus(credential, options))) statusChecked = false;
        } catch (error) {
          if (error instanceof BadgeError) {
            throw new BadgeError(error.code, `CLR credential ${index + 1} of ${nested.length}: ${error.message}`, {
              ...error.details,
              clrIndex: index,
            });
          }
          throw error;
        }
      }
      return {
        kind: detected.kind,
        container: detected.container,
        credentialId: String(clr['id']),
        badges,
        statusChecked,
        unverifiedReason: null,
      };
    }
  }
}

/** detectBadge + verifyBadge for one uploaded file. */
export async function verifyBadgeFile(input: BadgeFileInput, options: VerifyBadgeOptions): Promise<BadgeVerificationResult> {
  return verifyBadge(detectBadge(input, { limits: options.limits }), options);
}

/**
 * Like `verifyBadgeFile`, but a badge that cannot be checked only because its hosted assertion,
 * issuer profile, key or DID document lives on an origin the district does not allow is read
 * as what it claims (`unverifiedReason` set, every signer null) instead of refused, so a person can
 * review it. Everything else (tampering, bad signatures, expiry, someone else's badge) still
 * refuses the file, and so does a file that does not itself carry what it claims.
 */
export async function verifyOrReadBadgeFile(
  input: BadgeFileInput,
  options: VerifyBadgeOptions,
): Promise<BadgeVerificationResult> {
  const detected = detectBadge(input, { limits: options.limits });
  try {
    return await verifyBadge(detected, options);
  } catch (error) {
    if (!(error instanceof BadgeError) || error.code !== 'BADGE_ORIGIN_NOT_ALLOWED') throw error;
    const unverified = readUnverified(detected, options, error.message);
    if (!unverified) throw error;
    return unverified;
  }
}

function readUnverified(detected: DetectedBadge, options: VerifyBadgeOptions, reason: string): BadgeVerificationResult | null {
  const now = options.now ?? new Date();
  const limits = resolveLimits(options.limits);
  const result = (badge: NormalizedBadge, statusChecked: boolean): BadgeVerificationResult => ({
    kind: detected.kind,
    container: detected.container,
    credentialId: badge.credentialId,
    badges: [badge],
    statusChecked,
    unverifiedReason: reason,
  });
  switch (detected.kind) {
    case 'OB2_HOSTED':
    case 'OB2_SIGNED': {
      const assertion = detected.assertion;
      // Only a file that carries its badge class (with a name) says what it claims to be.
      if (!assertion || !isJsonObject(assertion['badge']) || typeof assertion['badge']['name'] !== 'string') return null;
      const badgeClass = assertion['badge'];
      const issuerValue = badgeClass['issuer'];
      const issuerId = idOf(issuerValue);
      if (issuerId === null) return null;
      const issuer: JsonObject = isJsonObject(issuerValue) ? issuerValue : { id: issuerId };
      const recipient = recipientOf([assertion['recipient'] as IdentityObjectLike], options.knownIdentities);
      if (typeof assertion['expires'] === 'string' && Date.parse(assertion['expires']) <= now.getTime()) {
        throw new BadgeError('BADGE_EXPIRED', `The badge expired on ${assertion['expires'].slice(0, 10)}.`);
      }
      return result(normalizeOb2(detected.kind, assertion, badgeClass, issuer, recipient, null), true);
    }
    case 'OB3_DATA_INTEGRITY':
    case 'OB3_VC_JWT': {
      const credential =
        detected.kind === 'OB3_VC_JWT'
          ? (() => {
              const payload = decodeJwsPart(detected.jwt.split('.')[1], 'JWT payload', limits);
              return isJsonObject(payload['vc']) ? payload['vc'] : payload;
            })()
          : detected.credential;
      checkCredentialShape(credential);
      checkValidityWindow(credential, now);
      const recipient = recipientOf(ob3Identities(credential), options.knownIdentities);
      return result(normalizeOb3(detected.kind, credential, recipient, null), credential['credentialStatus'] === undefined);
    }
    default:
      return null;
  }
}
