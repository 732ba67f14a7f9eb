import Decimal from 'decimal.js';
import { ActivityType } from '../pd-records/pd-enums';
import type { NormalizedBadge } from './verification';

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

export function badgeRecordFields(badge: NormalizedBadge): BadgeRecordFields {
  const type = (badge.achievement.achievementType ?? '').toLowerCase();
  const title = clip(badge.achievement.name, 200) ?? 'Untitled badge';
  const alignment = badge.achievement.alignments.find((a) => a.targetName.trim() !== '');
  const categories = [...new Set(badge.achievement.tags.map((tag) => tag.trim()).filter((tag) => tag.length >= 1 && tag.length <= 60))].slice(0, 20);
  const evidenceUrl = badge.evidence.map((e) => e.url).find((url): url is string => url !== null && /^https?:\/\//i.test(url) && url.length <= 2048) ?? null;
  return {
    title,
    activityType: ACHIEVEMENT_TYPES[type] ?? ActivityType.MICRO_CREDENTIAL,
    completedOn: badge.issuedOn,
    categories,
    evidenceUrl,
    catalog: {
      issuerName: clip(badge.issuer.name, 200) ?? clip(badge.issuer.id, 200) ?? 'Unknown issuer',
      issuerUrl: clip(badge.issuer.url, 2048),
      achievementId: clip(badge.achievement.id, 2048),
      name: clip(badge.achievement.name, 300) ?? title,
      competencyArea: clip(alignment?.targetName, 200) ?? clip(badge.achievement.fieldOfStudy, 200),
      stack: clip(alignment?.targetFramework, 200),
      statedHours: statedHoursOf(badge),
    },
  };
}
