import { randomUUID } from 'node:crypto';
import { normalizeDecimal } from '../common/decimal';
import { bulkInsert } from '../database/bulk-insert';
import { countedCourseCopies } from '../record-integrity/duplicates.service';
import { AuditBuffer, changedFields, emptyCounts, SyncContext } from './import-sync-context';
import type { TranscriptRow } from './parsing';

interface RecordState {
  id: string;
  educatorId: string;
  title: string;
  activityType: string;
  amount: string;
  unit: string;
  completedOn: string;
  categories: string[];
  evidenceUrl: string | null;
}

interface NewRecord {
  record: RecordState;
  row: TranscriptRow;
  /** SUBMITTED when the same course already counts for the educator. */
  status: 'VERIFIED' | 'SUBMITTED';
}

const RECORD_FIELDS: ReadonlyArray<keyof RecordState> = [
  'educatorId',
  'title',
  'activityType',
  'amount',
  'unit',
  'completedOn',
  'categories',
  'evidenceUrl',
];

/** pd_record.source is at most 50 characters. */
const MAX_SOURCE = 50;
const MAX_EXTERNAL_ID = 255;
const MAX_PROVIDER = 200;
// numeric(10, 2)
const MAX_AMOUNT = '99999999.99';

/** The PD record's `source`: where it came from, `transcript:<file name>`. */
export function transcriptSource(fileName: string): string {
  return `transcript:${fileName}`.slice(0, MAX_SOURCE);
}

/**
 * Diffs (and with `context.write`, applies) a vendor transcript: each row becomes a PD record of
 * the matched educator with status VERIFIED (it comes from the provider, like a verified badge),
 * or SUBMITTED with a warning when the same course already counts for the educator.
 * Rows are matched to educators by e-mail or state educator id; an unknown or ambiguous educator
 * is a problem. The vendor's external id is the key: a row already imported with the same values
 * is unchanged, with different values (a vendor correction) it updates the record.
 */
export class TranscriptSync {
  readonly counts = { pdRecords: emptyCounts() };
  private readonly audit: AuditBuffer;

  constructor(
    private readonly context: SyncContext,
    private readonly fileName: string,
  ) {
    this.audit = new AuditBuffer(context);
  }

  async batch(rows: TranscriptRow[]): Promise<void> {
    const { manager, districtId, problems } = this.context;
    const file = this.fileName;
    const emails = rows.flatMap((row) => (row.educatorKey.kind === 'email' ? [row.educatorKey.email] : []));
    const stateIds = rows.flatMap((row) => (row.educatorKey.kind === 'stateEducatorId' ? [row.educatorKey.stateEducatorId] : []));
    const educators: Array<{ id: string; email: string; state_educator_id: string | null }> = await manager.query(
      `SELECT id, lower(email) AS email, state_educator_id FROM educator
        WHERE district_id = $1 AND (lower(email) = ANY($2::text[]) OR state_educator_id = ANY($3::text[]))`,
      [districtId, emails, stateIds],
    );
    const byEmail = new Map(educators.map((educator) => [educator.email, educator.id]));
    const byStateId = new Map<string, string[]>();
    for (const educator of educators) {
      if (educator.state_educator_id === null) continue;
      byStateId.set(educator.state_educator_id, [...(byStateId.get(educator.state_educator_id) ?? []), educator.id]);
    }
    const existingRows: Array<{
      external_id: string;
      id: string;
      educator_id: string;
      title: string;
      activity_type: string;
      amount: string;
      unit: string;
      completed_on: string;
      categories: string[];
      evidence_url: string | null;
    }> = await manager.query(
      `SELECT t.external_id, p.id, p.educator_id, p.title, p.activity_type, p.amount::text AS amount, p.unit, p.completed_on, p.categories, p.evidence_url
         FROM transcript_record t JOIN pd_record p ON p.id = t.pd_record_id AND p.district_id = t.district_id
        WHERE t.district_id = $1 AND t.external_id = ANY($2::text[])`,
      [districtId, rows.map((row) => row.externalId)],
    );
    const existing = new Map<string, RecordState>(
      existingRows.map((row) => [
        row.external_id,
        {
          id: row.id,
          educatorId: row.educator_id,
          title: row.title,
          activityType: row.activity_type,
          amount: normalizeDecimal(row.amount),
          unit: row.unit,
          completedOn: row.completed_on,
          categories: row.categories,
          evidenceUrl: row.evidence_url,
        },
      ]),
    );

    const inserts: NewRecord[] = [];
    const updates: RecordState[] = [];
    for (const row of rows) {
      const key = row.educatorKey;
      const keyText = key.kind === 'email' ? key.email : key.stateEducatorId;
      let educatorId: string | undefined;
      if (key.kind === 'email') {
        educatorId = byEmail.get(key.email);
      } else {
        const matches = byStateId.get(key.stateEducatorId) ?? [];
        if (matches.length > 1) {
          problems.error(
            file,
            'unknown-user',
            `State educator id "${keyText}" belongs to ${matches.length} educators in PD Ledger; use the person's e-mail instead.`,
            {
              line: row.line,
              column: 'educator_key',
              value: keyText,
            },
          );
          continue;
        }
        educatorId = matches[0];
      }
      if (!educatorId) {
        problems.error(
          file,
          'unknown-user',
          `No educator in this district has the ${key.kind === 'email' ? 'e-mail' : 'state educator id'} "${keyText}". Import the roster first, or correct the row.`,
          { line: row.line, column: 'educator_key', value: keyText },
        );
        continue;
      }
      if (row.externalId.length > MAX_EXTERNAL_ID) {
        problems.error(file, 'bad-value', `external_id can be at most ${MAX_EXTERNAL_ID} characters.`, {
          line: row.line,
          column: 'external_id',
          value: row.externalId,
        });
        continue;
      }
      if (row.amount.replace('.', '').length > 10 || Number(row.amount) > Number(MAX_AMOUNT)) {
        problems.error(file, 'bad-value', `amount can be at most ${MAX_AMOUNT}.`, {
          line: row.line,
          column: 'amount',
          value: row.amount,
        });
        continue;
      }
      if (row.provider !== null && row.provider.length > MAX_PROVIDER) {
        problems.error(file, 'bad-value', `provider can be at most ${MAX_PROVIDER} characters.`, {
          line: row.line,
          column: 'provider',
          value: row.provider,
        });
        continue;
      }
      const before = existing.get(row.externalId);
      const wanted: RecordState = {
        id: before?.id ?? randomUUID(),
        educatorId,
        title: row.title,
        activityType: row.activityType,
        amount: normalizeDecimal(row.amount),
        unit: row.unit,
        completedOn: row.completedOn,
        categories: row.categories,
        evidenceUrl: row.evidenceUrl,
      };
      if (!before) {
        this.counts.pdRecords.create += 1;
        inserts.push({ record: wanted, row, status: 'VERIFIED' });
        continue;
      }
      const diff = changedFields(before, wanted, RECORD_FIELDS);
      if (!diff) {
        this.counts.pdRecords.unchanged += 1;
        continue;
      }
      this.counts.pdRecords.update += 1;
      updates.push(wanted);
      this.audit.add('PD_RECORD_UPDATED', 'pd_record', wanted.id, { externalId: row.externalId, ...diff });
    }
    // A course already counted for the educator (entered by hand, or earlier in this file) must not
    // count twice: the new row waits in review, flagged there as a likely duplicate.
    const copies = await countedCourseCopies(
      manager,
      districtId,
      inserts.map(({ record }) => record),
    );
    for (const [index, insert] of inserts.entries()) {
      const { record, row } = insert;
      if (copies.has(index)) {
        insert.status = 'SUBMITTED';
        const message = `"${record.title}" (${record.completedOn}, ${record.amount} ${record.unit}) is already counted for this educator; this row will wait in the review queue instead of counting twice.`;
        problems.warning(file, 'duplicate-record', message, { line: row.line, column: 'title', value: record.title });
      }
      this.audit.add('PD_RECORD_IMPORTED', 'pd_record', record.id, {
        externalId: row.externalId,
        after: { ...record, status: insert.status },
      });
    }
    if (this.context.write) await this.write(inserts, updates);
    await this.audit.flush();
  }

  private async write(inserts: NewRecord[], updates: RecordState[]): Promise<void> {
    const { manager, districtId, actorAccountId, importRunId } = this.context;
    const source = transcriptSource(this.fileName);
    if (inserts.length > 0) {
      await bulkInsert(
        manager,
        'pd_record',
        [
          'id',
          'district_id',
          'educator_id',
          'title',
          'activity_type',
          'amount',
          'unit',
          'completed_on',
          'categories',
          'evidence_url',
          'status',
          'source',
          'submitted_by_account_id',
          'submitted_at',
        ],
        inserts.map(({ record: r, status }) => [
          r.id,
          districtId,
          r.educatorId,
          r.title,
          r.activityType,
          r.amount,
          r.unit,
          r.completedOn,
          r.categories,
          r.evidenceUrl,
          status,
          source,
          actorAccountId,
          status === 'SUBMITTED' ? new Date() : null,
        ]),
      );
      await bulkInsert(
        manager,
        'transcript_record',
        ['district_id', 'external_id', 'pd_record_id', 'import_run_id', 'provider'],
        inserts.map(({ record, row }) => [districtId, row.externalId, record.id, importRunId, row.provider]),
      );
    }
    if (updates.length > 0) {
      await manager.query(
        `UPDATE pd_record p SET educator_id = v.educator_id, title = v.title, activity_type = v.activity_type, amount = v.amount::numeric,
            unit = v.unit, completed_on = v.completed_on::date, categories = coalesce(string_to_array(v.categories, chr(31)), '{}'),
            evidence_url = v.evidence_url, updated_at = now()
          FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            AS v(id, educator_id, title, activity_type, amount, unit, completed_on, categories, evidence_url)
         WHERE p.district_id = $1 AND p.id = v.id`,
        [
          districtId,
          updates.map((r) => r.id),
          updates.map((r) => r.educatorId),
          updates.map((r) => r.title),
          updates.map((r) => r.activityType),
          updates.map((r) => r.amount),
          updates.map((r) => r.unit),
          updates.map((r) => r.completedOn),
          // Arrays of arrays must be rectangular in PostgreSQL; join each list with a unit separator.
          updates.map((r) => (r.categories.length === 0 ? null : r.categories.join('\u001f'))),
          updates.map((r) => r.evidenceUrl),
        ],
      );
    }
  }
}
