import { EntityManager } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';
import { ProblemCollector } from './parsing';

/** How many rows of one kind a preview would change, or an apply changed. */
export interface ChangeCounts {
  create: number;
  update: number;
  deactivate: number;
  unchanged: number;
  /** Rows that needed nothing doing (a delta removal of someone never imported, ...). */
  skipped: number;
}

export function emptyCounts(): ChangeCounts {
  return { create: 0, update: 0, deactivate: 0, unchanged: 0, skipped: 0 };
}

export interface ImportCounts {
  schools?: ChangeCounts;
  educators?: ChangeCounts;
  accounts?: ChangeCounts;
  pdRecords?: ChangeCounts;
}

/**
 * What the diff-and-apply code runs against. A preview uses the data source's manager with
 * `write: false` (reads only, nothing held open); an apply uses the transaction's manager with
 * `write: true`, so every read and write of the import goes through that one transaction.
 */
export interface SyncContext {
  manager: EntityManager;
  districtId: string;
  write: boolean;
  actorAccountId: string | null;
  importRunId: string;
  ip: string | null;
  requestId: string | null;
  /** Problems found against the database (unknown educator, e-mail owned by someone else, ...). */
  problems: ProblemCollector;
}

const AUDIT_COLUMNS = [
  'district_id',
  'actor_account_id',
  'action',
  'entity_type',
  'entity_id',
  'details',
  'ip',
  'request_id',
] as const;

/** The apply's audit events wait here (a temporary table of the transaction) until its end. */
const AUDIT_STAGING = 'pdledger_import_audit';

/**
 * Audit events of an apply, written in bulk through the transaction's manager: one event per
 * changed entity (with before/after of the changed fields), so the trail answers "who changed
 * this person, when, from what" for any single person, like a change made in the app would.
 * A preview records nothing. Events are staged and chained by `publishImportAudit` at the end of
 * the apply: chaining holds the district's audit lock until commit, so it should start late.
 */
export class AuditBuffer {
  private rows: unknown[][] = [];
  private staged = false;

  constructor(private readonly context: SyncContext) {}

  add(action: string, entityType: string, entityId: string | null, details: Record<string, unknown>): void {
    if (!this.context.write) return;
    const { districtId, actorAccountId, importRunId, ip, requestId } = this.context;
    this.rows.push([
      districtId,
      actorAccountId,
      action,
      entityType,
      entityId,
      JSON.stringify({ importRunId, ...details }),
      ip,
      requestId,
    ]);
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    if (!this.staged) {
      await this.context.manager.query(
        `CREATE TEMP TABLE IF NOT EXISTS ${AUDIT_STAGING} (n bigserial, district_id uuid, actor_account_id uuid, action text, entity_type text,
           entity_id uuid, details jsonb, ip text, request_id text) ON COMMIT DROP`,
      );
      this.staged = true;
    }
    await bulkInsert(this.context.manager, AUDIT_STAGING, AUDIT_COLUMNS, rows);
  }
}

/**
 * Moves an apply's staged audit events into the audit trail, in the order they were recorded, with
 * one statement near the end of the transaction: the district's other audit writes (sign-ins,
 * decisions) then wait only for the end of the apply, not for all of it.
 */
export async function publishImportAudit(manager: EntityManager): Promise<void> {
  const [staging] = (await manager.query(`SELECT to_regclass('pg_temp.${AUDIT_STAGING}') IS NOT NULL AS present`)) as Array<{
    present: boolean;
  }>;
  if (!staging?.present) return;
  const columns = AUDIT_COLUMNS.join(', ');
  await manager.query(`INSERT INTO audit_event (${columns}) SELECT ${columns} FROM pg_temp.${AUDIT_STAGING} ORDER BY n`);
  await manager.query(`TRUNCATE pg_temp.${AUDIT_STAGING}`);
}

/** The fields that differ, as { before, after } objects of just those fields. */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: ReadonlyArray<keyof T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  let changed = false;
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    const same =
      Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((value, at) => value === b[at]) : a === b;
    if (!same) {
      was[field] = a;
      now[field] = b;
      changed = true;
    }
  }
  return changed ? { before: was, after: now } : null;
}
