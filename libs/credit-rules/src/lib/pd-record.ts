// The converter's view of a PD record. The evaluators do only cheap checks on the hot path (an
// amount that does not parse, an unknown unit or activity type throw PdRecordError); callers at a
// trust boundary (the CLI, the API) validate with `pdRecordSchema` first for field-level messages.
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  CREDIT_LEVELS,
  RECORD_STATUSES,
  RECORD_UNITS,
  type ActivityType,
  type CreditLevel,
  type RecordStatus,
  type RecordUnit,
} from './canonical-ids';
import { isDecimalString } from './exact-amount';
import { isLocalDate, type LocalDate } from './local-date';

/** One PD record as the converter reads it. */
export interface PdRecordInput {
  id: string;
  completedOn: LocalDate;
  activityType: ActivityType;
  /** Non-negative decimal string, at most 4 decimal places ("3", "0.75"). */
  amount: string;
  unit: RecordUnit;
  categories?: readonly string[];
  /** Blank/undefined means approved. Only approved and verified records count. */
  status?: RecordStatus | null;
  level?: CreditLevel | null;
  /** The catalog's stated hours for a micro-credential ("15"), if any. */
  statedHours?: string | null;
  title?: string | null;
  /** PD the district itself provided (salary schedules may convert it differently). */
  inDistrict?: boolean;
  /** Approved in advance where a salary schedule requires pre-approval. */
  preApproved?: boolean;
  /** A what-if record: counted as approved and marked in explanations. */
  hypothetical?: boolean;
  /** The district catalog item the record was made against (salary compensation rules name catalog entries). */
  catalogItemId?: string | null;
  /** That catalog item's name, as the catalog states it (not the title a teacher typed). */
  catalogItemName?: string | null;
  /** The badge achievement id of that catalog item (OB 2.0 BadgeClass / OB 3.0 Achievement id). */
  achievementId?: string | null;
}

/** A record the evaluators cannot read; `field` names the bad field. */
export class PdRecordError extends Error {
  constructor(
    readonly recordId: string,
    readonly field: string,
    message: string,
  ) {
    super(`Record ${recordId}: ${field}: ${message}`);
    this.name = 'PdRecordError';
  }
}

/** Full validation of one record (use at trust boundaries). */
export const pdRecordSchema = z.strictObject({
  id: z.string().min(1),
  completedOn: z.string().refine(isLocalDate, 'must be a calendar date YYYY-MM-DD'),
  activityType: z.enum(ACTIVITY_TYPES),
  amount: z.string().refine(isDecimalString, 'must be a non-negative decimal with at most 4 decimal places'),
  unit: z.enum(RECORD_UNITS),
  categories: z.array(z.string().min(1)).optional(),
  status: z.enum(RECORD_STATUSES).nullable().optional(),
  level: z.enum(CREDIT_LEVELS).nullable().optional(),
  statedHours: z.string().refine(isDecimalString, 'must be a non-negative decimal').nullable().optional(),
  title: z.string().nullable().optional(),
  inDistrict: z.boolean().optional(),
  preApproved: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  catalogItemId: z.string().min(1).nullable().optional(),
  catalogItemName: z.string().min(1).nullable().optional(),
  achievementId: z.string().min(1).nullable().optional(),
});
