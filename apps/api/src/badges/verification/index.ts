export { BadgeError, BADGE_ERROR_CODES, isBadgeError, type BadgeErrorCode } from './badge-error';
export { DEFAULT_BADGE_LIMITS, resolveLimits, type BadgeLimits } from './badge-limits';
export { detectBadge, type BadgeContainer, type BadgeFileInput, type BadgeKind, type DetectedBadge } from './badge-detect';
export { matchRecipient, type IdentityObjectLike, type KnownIdentities, type RecipientMatch } from './recipient-match';
export { type BadgeAlignment, type BadgeEvidence, type NormalizedBadge } from './badge-normalize';
export {
  verifyBadge,
  verifyBadgeFile,
  verifyOrReadBadgeFile,
  type BadgeVerificationResult,
  type VerifyBadgeOptions,
} from './verify-badge';
export { type BadgeSigner } from './badge-signer';
export { CONTEXT_HOSTS, didWebToUrl } from './document-loader';
export { normaliseOrigin } from './safe-fetch';
export { type FetchLike } from './safe-fetch';
