import type { AttentionReason, RenewalStatus } from '../../../gql/graphql';

/** People per renewal status (the API's RenewalStatusCounts). */
export interface StatusCounts {
  complete: number;
  onTrack: number;
  atRisk: number;
  behind: number;
  lapsed: number;
  noLicense: number;
  total: number;
}

/** The renewal statuses in order from best to worst, plus staff without a license on file. */
export type StatusKey = RenewalStatus | 'NO_LICENSE';

export const STATUS_ORDER: readonly StatusKey[] = ['COMPLETE', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'LAPSED', 'NO_LICENSE'];

export const STATUS_LABELS: Record<StatusKey, string> = {
  COMPLETE: 'Complete',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  BEHIND: 'Behind',
  LAPSED: 'Lapsed',
  NO_LICENSE: 'No license on file',
};

/** What each status means, in the words a tooltip or legend uses. */
export const STATUS_MEANINGS: Record<StatusKey, string> = {
  COMPLETE: 'every required hour and category met',
  ON_TRACK: 'keeping pace with the cycle',
  AT_RISK: 'slipping behind the pace the cycle needs',
  BEHIND: 'well behind the pace, or the deadline is near',
  LAPSED: 'past the deadline and any grace period',
  NO_LICENSE: 'no license under a state rule set',
};

/**
 * Colours and patterns: each status has its own fill pattern and a text label, so colour is never
 * the only way to tell them apart. Colours keep 3:1 against white (WCAG 1.4.11); text on them is white
 * (4.5:1) except on the grey, which uses black.
 */
export const STATUS_STYLE: Record<StatusKey, { color: string; text: string; pattern: string; patternName: string }> = {
  COMPLETE: { color: '#237032', text: '#ffffff', pattern: 'none', patternName: 'solid' },
  ON_TRACK: {
    color: '#1864ab',
    text: '#ffffff',
    pattern: 'repeating-linear-gradient(45deg, rgba(255,255,255,0.22) 0 3px, transparent 3px 9px)',
    patternName: 'diagonal stripes',
  },
  AT_RISK: {
    color: '#a84b00',
    text: '#ffffff',
    pattern: 'radial-gradient(rgba(255,255,255,0.35) 1.5px, transparent 1.6px) 0 0 / 7px 7px',
    patternName: 'dots',
  },
  BEHIND: {
    color: '#c92a2a',
    text: '#ffffff',
    pattern:
      'repeating-linear-gradient(45deg, rgba(255,255,255,0.25) 0 2px, transparent 2px 8px), repeating-linear-gradient(-45deg, rgba(255,255,255,0.25) 0 2px, transparent 2px 8px)',
    patternName: 'cross-hatching',
  },
  LAPSED: {
    color: '#343a40',
    text: '#ffffff',
    pattern: 'repeating-linear-gradient(0deg, rgba(255,255,255,0.25) 0 2px, transparent 2px 7px)',
    patternName: 'horizontal lines',
  },
  NO_LICENSE: {
    color: '#868e96',
    text: '#000000',
    pattern: 'repeating-linear-gradient(90deg, rgba(0,0,0,0.12) 0 2px, transparent 2px 8px)',
    patternName: 'vertical lines',
  },
};

export function statusCount(counts: StatusCounts, status: StatusKey): number {
  switch (status) {
    case 'COMPLETE':
      return counts.complete;
    case 'ON_TRACK':
      return counts.onTrack;
    case 'AT_RISK':
      return counts.atRisk;
    case 'BEHIND':
      return counts.behind;
    case 'LAPSED':
      return counts.lapsed;
    case 'NO_LICENSE':
      return counts.noLicense;
  }
}

/** Staff whose renewal needs someone to act: at risk, behind or lapsed. */
export function needingAction(counts: StatusCounts): number {
  return counts.atRisk + counts.behind + counts.lapsed;
}

export const REASON_LABELS: Record<AttentionReason, string> = {
  LAPSED: 'Renewal lapsed',
  BEHIND: 'Behind',
  AT_RISK: 'At risk',
  DEADLINE_SOON: 'Deadline within 90 days, not complete',
  NO_PD_THIS_YEAR: 'No PD this school year',
};

export const REASON_ORDER: readonly AttentionReason[] = ['LAPSED', 'BEHIND', 'DEADLINE_SOON', 'AT_RISK', 'NO_PD_THIS_YEAR'];

/** URL values for statuses (?status=at-risk), readable in a bookmarked link. */
export const STATUS_PARAM: Record<RenewalStatus, string> = {
  COMPLETE: 'complete',
  ON_TRACK: 'on-track',
  AT_RISK: 'at-risk',
  BEHIND: 'behind',
  LAPSED: 'lapsed',
};

export function parseStatusParam(value: string | null): RenewalStatus | null {
  const entry = Object.entries(STATUS_PARAM).find(([, param]) => param === value);
  return entry ? (entry[0] as RenewalStatus) : null;
}

/** "In 42 days", "today", "12 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft > 0) return `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
  return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`;
}
