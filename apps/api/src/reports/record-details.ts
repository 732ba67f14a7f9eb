import type { DataSource } from 'typeorm';

/** What the state upload and the transcript show of a record beyond the converter's fields. */
export interface RecordDetails {
  id: string;
  provider: string | null;
  activityType: string;
  evidence: string | null;
  /** When the activity began, as recorded; null when not given. */
  startedOn: string | null;
  /** The record's categories as people named them ("Special Education"). */
  categories: string[];
  /** The evidence's own address or credential id, when the record has one (else null). */
  evidenceUrl: string | null;
  /** The first uploaded evidence file, when the record has no address of its own. */
  evidenceFileId: string | null;
}

/**
 * Provider and evidence of PD records, in one query per batch: the provider is the record's own
 * (typed on Submit PD), else the transcript import's, else the micro-credential's issuer, else the
 * pre-approval's; the evidence is the
 * record's URL, else its badge credential id, else a link to its first uploaded evidence file.
 */
export async function loadRecordDetails(
  dataSource: DataSource,
  districtId: string,
  recordIds: readonly string[],
): Promise<Map<string, RecordDetails>> {
  if (recordIds.length === 0) return new Map();
  const rows: Array<{
    id: string;
    provider: string | null;
    activity_type: string;
    evidence_url: string | null;
    credential_id: string | null;
    evidence_file_id: string | null;
    started_on: string | null;
    categories: string[] | null;
  }> = await dataSource.query(
    `SELECT r.id, COALESCE(r.provider, t.provider, i.name, pa.provider) AS provider, r.activity_type, r.evidence_url, r.credential_id,
              r.started_on, r.categories,
              (SELECT pe.evidence_file_id FROM pd_record_evidence pe
                WHERE pe.district_id = r.district_id AND pe.pd_record_id = r.id ORDER BY pe.evidence_file_id LIMIT 1) AS evidence_file_id
         FROM pd_record r
         LEFT JOIN transcript_record t ON t.district_id = r.district_id AND t.pd_record_id = r.id
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
         LEFT JOIN issuer i ON i.district_id = c.district_id AND i.id = c.issuer_id
         LEFT JOIN pre_approval_request pa ON pa.district_id = r.district_id AND pa.id = r.pre_approval_id
        WHERE r.district_id = $1 AND r.id = ANY($2::uuid[])`,
    [districtId, recordIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        provider: row.provider,
        activityType: row.activity_type,
        startedOn: row.started_on,
        categories: row.categories ?? [],
        evidenceUrl: row.evidence_url ?? row.credential_id,
        evidenceFileId: (row.evidence_url ?? row.credential_id) ? null : row.evidence_file_id,
        evidence:
          row.evidence_url ?? row.credential_id ?? (row.evidence_file_id ? `/api/evidence/${row.evidence_file_id}` : null),
      },
    ]),
  );
}

const UNIT_NAMES: Readonly<Record<string, [string, string]>> = {
  clock_hour: ['clock hour', 'clock hours'],
  semester_credit: ['semester credit', 'semester credits'],
  quarter_credit: ['quarter credit', 'quarter credits'],
  ceu: ['CEU', 'CEUs'],
  micro_credential: ['micro-credential', 'micro-credentials'],
};

/** "clock_hour" -> "clock hours" ("1" -> "clock hour"). */
export function unitDisplayName(unit: string, amount: string): string {
  const names = UNIT_NAMES[unit];
  if (!names) return unit.replace(/_/g, ' ');
  return amount === '1' ? names[0] : names[1];
}
