// Why a record adds nothing, as small integers: the conversion pass writes one code per record into
// a Uint8Array, so no per-record string or object is made; `exclusionOf` names a code when shown.
import { PdRecordError, type PdRecordInput } from '../pd-record';
import type { ExclusionReason } from './renewal-types';

export const COUNTED = 0;
const EXCLUDED_STATUS_BASE = 1;

export function exclusionOf(code: number): ExclusionReason {
  return (
    [
      'rejected',
      'not_approved',
      'outside_cycle',
      'after_as_of',
      'no_conversion',
      'not_accepted',
      'no_stated_hours',
      'outside_look_back',
      'used_by_previous_cycle',
      'below_event_minimum',
      'counts_for_next_cycle',
      'voided',
    ] as const
  )[code - EXCLUDED_STATUS_BASE]!;
}
export const R_REJECTED = 1;
export const R_NOT_APPROVED = 2;
export const R_OUTSIDE = 3;
export const R_AFTER = 4;
export const R_NO_CONVERSION = 5;
export const R_NOT_ACCEPTED = 6;
export const R_NO_HOURS = 7;
export const R_LOOK_BACK = 8;
export const R_PREVIOUS = 9;
export const R_BELOW_EVENT = 10;
export const R_NEXT = 11;
export const R_VOIDED = 12;

/** The code a record's review status gives it: counted, or rejected / voided / not yet approved. */
export function statusCode(record: PdRecordInput): number {
  if (record.hypothetical) return COUNTED;
  const s = record.status;
  if (s == null || s === 'approved' || s === 'verified') return COUNTED;
  if (s === 'rejected') return R_REJECTED;
  if (s === 'voided') return R_VOIDED;
  if (s === 'submitted') return R_NOT_APPROVED;
  throw new PdRecordError(record.id, 'status', `unknown status ${JSON.stringify(s)}`);
}
