import { normalizeDecimal } from '../common/decimal';
import { primeRequestLoader } from '../common/request-loader';
import { SqlParams } from '../common/sql-params';
import { COUNTED_STATUSES, PdStatus, PdUnit } from '../domain/pd-enums';
import { DuplicateMatch, PdRecordDuplicateModel } from './duplicate.model';

/*
 * Likely duplicates of a PD record, as SQL and rows: shared by the records list (which reads them in
 * its own statement) and DuplicatesService (record-integrity/), which answers them one record at a time.
 */

/** Other records that can make a record a duplicate: everything still standing (not rejected or voided). */
export const STANDING_STATUSES: readonly PdStatus[] = [PdStatus.SUBMITTED, PdStatus.CHANGES_REQUESTED, ...COUNTED_STATUSES];

/**
 * SQL predicate: `o` is a likely duplicate of `r` (both rows with district_id, educator_id, id,
 * catalog_item_id, title, completed_on, amount, unit). The same catalog item means the same
 * achievement (catalog items are unique per issuer and achievement id); otherwise the same
 * normalised title (pd_title_key: case and whitespace), completion date, amount and unit.
 * Pairs a reviewer declared distinct are left out. The per-educator indexes of migration
 * 1796600000000 serve both branches.
 */
export function matchSql(r: string, o: string): string {
  return `${o}.district_id = ${r}.district_id AND ${o}.educator_id = ${r}.educator_id AND ${o}.id IS DISTINCT FROM ${r}.id
    AND ((${r}.catalog_item_id IS NOT NULL AND ${o}.catalog_item_id = ${r}.catalog_item_id)
      OR (pd_title_key(${o}.title) = pd_title_key(${r}.title) AND ${o}.completed_on = ${r}.completed_on
          AND ${o}.amount = ${r}.amount AND ${o}.unit = ${r}.unit))
    AND NOT EXISTS (SELECT 1 FROM pd_record_distinct d WHERE d.district_id = ${r}.district_id
      AND d.record_id = LEAST(${r}.id, ${o}.id) AND d.other_record_id = GREATEST(${r}.id, ${o}.id))`;
}

export const DUPLICATE_COLUMNS = `o.id, o.educator_id, o.title, o.status, o.completed_on, o.amount::text AS amount, o.unit,
  CASE WHEN r.catalog_item_id IS NOT NULL AND o.catalog_item_id = r.catalog_item_id THEN 'SAME_ACHIEVEMENT' ELSE 'SAME_COURSE' END AS matched_by`;

export interface DuplicateRow {
  record_id: string | null;
  id: string;
  educator_id: string;
  title: string;
  status: PdStatus;
  completed_on: string;
  amount: string;
  unit: PdUnit;
  matched_by: DuplicateMatch;
}

export function toDuplicateModel(row: DuplicateRow): PdRecordDuplicateModel {
  return {
    id: row.id,
    educatorId: row.educator_id,
    title: row.title,
    status: row.status,
    completedOn: row.completed_on,
    amount: normalizeDecimal(row.amount),
    unit: row.unit,
    matchedBy: row.matched_by,
    counted: COUNTED_STATUSES.includes(row.status),
  };
}

/** The request loader of `DuplicatesService.forRecord`. */
export const DUPLICATES_BY_RECORD = 'duplicates.byRecord';

/**
 * SQL: the likely duplicates of the record `r` (a row of pd_record aliased `r`, of an educator the
 * viewer may see) as a JSON array, exactly the rows and order of `DuplicatesService.forRecord`,
 * for a list that reads them in its own statement and hands them over with `primeDuplicates`.
 */
export function duplicatesJsonSql(params: SqlParams): string {
  return `COALESCE((SELECT json_agg(json_build_object('id', d.id, 'educator_id', d.educator_id, 'title', d.title, 'status', d.status,
      'completed_on', d.completed_on, 'amount', d.amount, 'unit', d.unit, 'matched_by', d.matched_by) ORDER BY d.completed_on DESC, d.id)
    FROM (SELECT ${DUPLICATE_COLUMNS} FROM pd_record o WHERE ${matchSql('r', 'o')}
            AND o.status = ANY(${params.add(STANDING_STATUSES)}::text[])) d), '[]'::json)`;
}

/** Hands the `duplicatesJsonSql` arrays of records to this request's `forRecord` loader. */
export function primeDuplicates(request: object, entries: ReadonlyArray<[recordId: string, duplicates: DuplicateRow[]]>): void {
  primeRequestLoader<string, PdRecordDuplicateModel[]>(
    request,
    DUPLICATES_BY_RECORD,
    entries.map(([id, rows]) => [id, rows.map(toDuplicateModel)]),
  );
}
