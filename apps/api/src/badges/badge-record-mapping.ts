import Decimal from 'decimal.js';
import { ActivityType } from '../domain/pd-enums';
import { BadgeError, type NormalizedBadge } from './verification';

/** What a verified badge becomes: the PD record's fields and its catalog entry's. */
export interface BadgeRecordFields {
  title: string;
  activityType: ActivityType;
  completedOn: string;
  categories: string[];
  evidenceUrl: string | null;
  catalog: {
    issuerName: string;
    issuerUrl: string | null;
    achievementId: string | null;
    name: string;
    competencyArea: string | null;
    stack: string | null;
    /** Exact decimal with at most 2 places, or null (numeric(8,2) in the catalog). */
    statedHours: string | null;
  };
}

const ACHIEVEMENT_TYPES: Record<string, ActivityType> = {
  course: ActivityType.COURSE,
  assessment: ActivityType.EXAM,
  certification: ActivityType.EXAM,
  license: ActivityType.EXAM,
  assignment: ActivityType.INDEPENDENT_STUDY,
  project: ActivityType.ACTION_RESEARCH,
  fieldwork: ActivityType.ACTION_RESEARCH,
};

function clip(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, max);
}

/**
 * A badge's stated hours: OB 3.0 `creditsAvailable` (the achievement) or `creditsEarned` (this
 * award). Values the catalog cannot hold exactly (more than 2 decimals, too large) are dropped
 * rather than rounded: a wrong figure is worse than none, and HR can fill it in.
 */
export function statedHoursOf(badge: NormalizedBadge): string | null {
  const value = badge.achievement.creditsAvailable ?? badge.creditsEarned;
  if (value === null) return null;
  const decimal = new Decimal(value);
  if (decimal.decimalPlaces() > 2 || decimal.gte(1_000_000) || decimal.isNegative()) return null;
  return decimal.toFixed();
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a link from a badge may be stored and shown as a link: https only (plain http on the
 * loopback interface, for a local issuer during development and tests, as for issuer origins).
 */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * Refuses a badge whose issuer link is not https (a `javascript:` or `data:` link would run in
 * whoever clicks it). Evidence entries that are not https links are simply not kept as links,
 * since OB 3.0 evidence ids are often URNs.
 */
export function checkBadgeLinks(badge: NormalizedBadge): void {
  const url = badge.issuer.url;
  if (url !== null && url.trim() !== '' && !isSafeLink(url.trim())) {
    throw new BadgeError(
      'BADGE_WRONG_TYPE',
      `The badge field "issuer.url" must be an https: link; ${JSON.stringify(url.slice(0, 80))} is not accepted.`,
      { field: 'issuer.url' },
    );
  }
}

export function badgeRecordFields(badge: NormalizedBadge): BadgeRecordFields {
  const type = (badge.achievement.achievementType ?? '').toLowerCase();
  const title = clip(badge.achievement.name, 200) ?? 'Untitled badge';
  const alignment = badge.achievement.alignments.find((a) => a.targetName.trim() !== '');
  const categories = [
    ...new Set(badge.achievement.tags.map((tag) => tag.trim()).filter((tag) => tag.length >= 1 && tag.length <= 60)),
  ].slice(0, 20);
  const evidenceUrl =
    badge.evidence.map((e) => e.url).find((url): url is string => url !== null && url.length <= 2048 && isSafeLink(url)) ?? null;
  return {
    title,
    activityType: ACHIEVEMENT_TYPES[type] ?? ActivityType.MICRO_CREDENTIAL,
    completedOn: badge.issuedOn,
    categories,
    evidenceUrl,
    catalog: {
      issuerName: clip(badge.issuer.name, 200) ?? clip(badge.issuer.id, 200) ?? 'Unknown issuer',
      // Only https links reach the catalog (its CHECK constraint agrees).
      issuerUrl: badge.issuer.url !== null && /^https:\/\//i.test(badge.issuer.url.trim()) ? clip(badge.issuer.url, 2048) : null,
      achievementId: clip(badge.achievement.id, 2048),
      name: clip(badge.achievement.name, 300) ?? title,
      competencyArea: clip(alignment?.targetName, 200) ?? clip(badge.achievement.fieldOfStudy, 200),
      stack: clip(alignment?.targetFramework, 200),
      statedHours: statedHoursOf(badge),
    },
  };
}
