import Decimal from 'decimal.js';
import { daysBetween } from '../domain/dates';
import { RenewalStatus } from '../domain/evaluation.models';
import type { ScanOptions, ScannedEducator, ScannedRenewal } from './renewal-scan.service';
import { toGraphQLRenewalStatus } from '../domain/renewal-status';

/**
 * How district-wide counts scan (HR's overview, the staff list's status filter):
 * - 1,000 educators a batch (four queries each): at 10,000 educators, 500, 1,000 and 2,000 took
 *   about the same time (docs/benchmarks.md), and 1,000 holds half the rows of 2,000 at once;
 * - in id order, since a count does not care about names: each batch's PD records are then one
 *   range of their index, not a scan of the whole table per batch;
 * - one batch read ahead, so the database reads the next batch while this one is evaluated;
 * - only the record fields a renewal evaluation reads, each educator evaluated as their records
 *   arrive (`records: 'renewal'`): standings and reminders use the renewals, never the records.
 */
export function districtScanOptions(asOf: string): ScanOptions {
  return { asOf, batchSize: 1_000, order: 'id', readAhead: 1, records: 'renewal' };
}

/**
 * One educator's renewal as the dashboards count it: the license cycle that ends last (the scan
 * lists renewals newest cycle first), evaluated by the same converter as the teacher's own view.
 * Educators without a license under a state rule set have no standing and are counted apart.
 */
export interface RenewalStanding {
  status: RenewalStatus;
  licenseId: string;
  licenseTypeName: string;
  unitName: string;
  deadline: string;
  daysLeft: number;
  required: string;
  earned: string;
  remaining: string;
}

export function currentRenewal(educator: ScannedEducator): ScannedRenewal | null {
  return educator.renewals[0] ?? null;
}

export function renewalStanding(educator: ScannedEducator): RenewalStanding | null {
  const renewal = currentRenewal(educator);
  if (!renewal) return null;
  const { evaluation } = renewal;
  return {
    status: toGraphQLRenewalStatus(evaluation.status),
    licenseId: renewal.license.id,
    licenseTypeName: evaluation.licenseType.name,
    unitName: evaluation.unit.name,
    deadline: evaluation.cycle.deadline,
    daysLeft: daysBetween(evaluation.asOf, evaluation.cycle.deadline),
    required: evaluation.required,
    earned: evaluation.earned,
    remaining: evaluation.remaining,
  };
}

/** Counts per status, plus staff with no license under a state rule set. */
export interface StatusCounts {
  complete: number;
  onTrack: number;
  atRisk: number;
  behind: number;
  lapsed: number;
  noLicense: number;
  total: number;
}

export function emptyStatusCounts(): StatusCounts {
  return { complete: 0, onTrack: 0, atRisk: 0, behind: 0, lapsed: 0, noLicense: 0, total: 0 };
}

const STATUS_KEY: Record<RenewalStatus, keyof Omit<StatusCounts, 'noLicense' | 'total'>> = {
  [RenewalStatus.COMPLETE]: 'complete',
  [RenewalStatus.ON_TRACK]: 'onTrack',
  [RenewalStatus.AT_RISK]: 'atRisk',
  [RenewalStatus.BEHIND]: 'behind',
  [RenewalStatus.LAPSED]: 'lapsed',
};

export function addToCounts(counts: StatusCounts, standing: RenewalStanding | null): void {
  addStatusCount(counts, standing?.status ?? null, 1);
}

/** Adds `n` people with this status (null: no license under a state rule set). */
export function addStatusCount(counts: StatusCounts, status: RenewalStatus | null, n: number): void {
  counts.total += n;
  if (status) counts[STATUS_KEY[status]] += n;
  else counts.noLicense += n;
}

/** Why a person is on a principal's "Needs attention" list. */
export enum AttentionReason {
  LAPSED = 'LAPSED',
  BEHIND = 'BEHIND',
  AT_RISK = 'AT_RISK',
  DEADLINE_SOON = 'DEADLINE_SOON',
  NO_PD_THIS_YEAR = 'NO_PD_THIS_YEAR',
}

/** "Deadline soon": within this many days of the deadline (or past it) and not complete. */
export const DEADLINE_SOON_DAYS = 90;

/**
 * Whether the standing is short of what the cycle requires: hours still to earn, or (with the
 * total met) a required category still open — either way the converter's status is not complete.
 */
export function isShort(standing: RenewalStanding): boolean {
  return standing.status !== RenewalStatus.COMPLETE;
}

/** Whether hours (in the state's unit) are still to earn. */
export function hoursShort(standing: RenewalStanding): boolean {
  return new Decimal(standing.remaining).gt(0);
}

/**
 * The reasons, most urgent first. `pdThisYear` says whether the person has approved or verified
 * PD completed in the school year shown.
 */
export function attentionReasons(standing: RenewalStanding | null, pdThisYear: boolean): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (standing) {
    if (standing.status === RenewalStatus.LAPSED) reasons.push(AttentionReason.LAPSED);
    if (standing.status === RenewalStatus.BEHIND) reasons.push(AttentionReason.BEHIND);
    if (standing.status === RenewalStatus.AT_RISK) reasons.push(AttentionReason.AT_RISK);
    if (standing.status !== RenewalStatus.LAPSED && standing.daysLeft <= DEADLINE_SOON_DAYS && isShort(standing)) {
      reasons.push(AttentionReason.DEADLINE_SOON);
    }
  }
  if (!pdThisYear) reasons.push(AttentionReason.NO_PD_THIS_YEAR);
  return reasons;
}

const REASON_RANK: Record<AttentionReason, number> = {
  [AttentionReason.LAPSED]: 0,
  [AttentionReason.BEHIND]: 1,
  [AttentionReason.DEADLINE_SOON]: 2,
  [AttentionReason.AT_RISK]: 3,
  [AttentionReason.NO_PD_THIS_YEAR]: 4,
};

/** The reasons, most urgent first (the order `compareAttention` ranks people by). */
export const ATTENTION_REASON_ORDER: readonly AttentionReason[] = Object.values(AttentionReason).sort(
  (a, b) => REASON_RANK[a] - REASON_RANK[b],
);

/** Most urgent reason first, then the nearest deadline, then name order (the scan's order). */
export function compareAttention(
  a: { reasons: AttentionReason[]; standing: RenewalStanding | null },
  b: { reasons: AttentionReason[]; standing: RenewalStanding | null },
): number {
  const rank = (x: { reasons: AttentionReason[] }) => Math.min(...x.reasons.map((r) => REASON_RANK[r]));
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const days = (x: { standing: RenewalStanding | null }) => x.standing?.daysLeft ?? Number.MAX_SAFE_INTEGER;
  return days(a) - days(b);
}
