import type { RenewalStatus } from '../../../gql/graphql';
import { formatCount, formatDate, formatDecimal } from '../../../utils/format';

/** Status in words (never colour alone). */
export const renewalStatusLabels: Record<RenewalStatus, string> = {
  COMPLETE: 'Complete',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  BEHIND: 'Behind',
  LAPSED: 'Lapsed',
};

export const renewalStatusExplanations: Record<RenewalStatus, string> = {
  COMPLETE: 'the total and every required category are met',
  ON_TRACK: 'at or ahead of the expected pace for this point in the cycle',
  AT_RISK: 'behind the expected pace for this point in the cycle',
  BEHIND: 'less than half of the expected pace, or past the deadline but within the grace period',
  LAPSED: 'the deadline and any grace period have passed',
};

export const renewalStatusColors: Record<RenewalStatus, string> = {
  COMPLETE: 'green.9',
  ON_TRACK: 'blue.9',
  AT_RISK: 'orange.9',
  BEHIND: 'red.9',
  LAPSED: 'red.9',
};

/** The status explained for this cycle: "behind" means different things before and after the deadline. */
export function statusExplanation(status: RenewalStatus, daysLeft: number): string {
  if (status === 'BEHIND') {
    return daysLeft < 0
      ? 'the deadline has passed; renewal is still possible within the grace period'
      : 'less than half of the expected pace for this point in the cycle';
  }
  return renewalStatusExplanations[status];
}

/** A converter unit id ("semester_credit") for reading, plural unless the amount is one ("3 semester credits"). */
export function recordUnitLabel(unit: string | null | undefined, amount?: string | null): string {
  if (!unit) return '';
  const singular = unit === 'ceu' ? 'CEU' : unit === 'micro_credential' ? 'micro-credential' : unit.replace(/_/g, ' ');
  return amount == null || /^0*1(\.0*)?$/.test(amount) ? singular : `${singular}s`;
}

/** "1,095 days left" / "due today" / "12 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'due today';
  if (days > 0) return `${formatCount(days)} ${days === 1 ? 'day' : 'days'} left`;
  const ago = -days;
  return `${formatCount(ago)} ${ago === 1 ? 'day' : 'days'} ago`;
}

interface MissingInput {
  unitName: string;
  remaining: string;
  deadline: string;
  status: RenewalStatus;
  categories: ReadonlyArray<{ label: string; required: string; earned: string; met: boolean }>;
}

/** What is still missing, in one sentence. */
export function missingSentence(renewal: MissingInput): string {
  const unmet = renewal.categories.filter((category) => !category.met);
  if (renewal.status === 'COMPLETE') return 'Nothing is missing: the total and every required category are met for this cycle.';
  const parts: string[] = [];
  if (!/^0*(\.0*)?$/.test(renewal.remaining)) parts.push(`${formatDecimal(renewal.remaining, 2)} more ${renewal.unitName}`);
  for (const category of unmet)
    parts.push(`${category.label} (${formatDecimal(category.earned, 2)} of ${formatDecimal(category.required, 2)} so far)`);
  if (parts.length === 0) return 'Nothing is missing in the total; check the notes below.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Still needed by ${formatDate(renewal.deadline)}: ${list}.`;
}
