import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { educatorAccessSql } from '../access/access-scope';
import type { ApiRequest, Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { SqlParams } from '../common/sql-params';
import { isIsoDate, parseUuid } from '../common/validation';
import { COUNTED_STATUSES, PdUnit } from '../domain/pd-enums';
import { assertReviewer, reviewScopeSql } from '../access/review-scope';
import { PdRecordDuplicateModel, PossibleDuplicateInput } from '../pd-records/duplicate.model';
import {
  DUPLICATE_COLUMNS,
  DUPLICATES_BY_RECORD,
  matchSql,
  STANDING_STATUSES,
  toDuplicateModel,
  type DuplicateRow,
} from '../pd-records/duplicate-rows';

const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const MAX_REASON = 2000;

/** "Structured Literacy Foundations" (VERIFIED, completed 2026-08-14, record <id>) */
export function describeDuplicate(duplicate: Pick<PdRecordDuplicateModel, 'id' | 'title' | 'status' | 'completedOn'>): string {
  return `"${duplicate.title}" (${duplicate.status}, completed ${duplicate.completedOn}, record ${duplicate.id})`;
}

/** A reviewer's reason for counting two similar records separately: 1 to 2000 characters. */
export function checkReason(field: string, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') throw badUserInput(field, value ?? '', 'is required: say why');
  if (text.length > MAX_REASON)
    throw badUserInput(field, `${text.length} characters`, `must be at most ${MAX_REASON} characters`);
  return text;
}

/**
 * Duplicates: the same achievement or course recorded twice for one educator. Flags them to the
 * teacher, in review and in bulk approval, and makes sure only one of them counts unless a
 * reviewer declared them distinct, with a reason, in the audit trail.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Likely duplicates of a record the viewer can see (only among the same educator's records,
   * which the viewer can see too). Batched per request: a review page is one query, not one per row.
   */
  forRecord(request: object, viewer: Viewer, recordId: string): Promise<PdRecordDuplicateModel[]> {
    return requestLoader<string, PdRecordDuplicateModel[]>(request, DUPLICATES_BY_RECORD, async (ids) => {
      const params = new SqlParams();
      const rows: DuplicateRow[] = await this.dataSource.query(
        `SELECT r.id AS record_id, ${DUPLICATE_COLUMNS}
           FROM pd_record r JOIN pd_record o ON ${matchSql('r', 'o')}
          WHERE r.district_id = ${params.add(viewer.districtId)} AND r.id = ANY(${params.add(ids)}::uuid[])
            AND o.status = ANY(${params.add(STANDING_STATUSES)}::text[])
            AND ${educatorAccessSql(viewer, 'r.educator_id', params)}
          ORDER BY o.completed_on DESC, o.id`,
        params.values,
      );
      return groupByKeys(ids, rows, (row) => row.record_id ?? '').map((group) => group.map(toDuplicateModel));
    }).load(recordId);
  }

  /** The teacher's own standing records that look like the PD she is about to submit. */
  async forCandidate(viewer: Viewer, input: PossibleDuplicateInput): Promise<PdRecordDuplicateModel[]> {
    if (!viewer.educatorId) throw forbidden('Your account is not linked to an educator record');
    const title = input.title.trim();
    if (title.length < 1 || title.length > 200) throw badUserInput('title', input.title, 'must be 1 to 200 characters');
    if (!isIsoDate(input.completedOn))
      throw badUserInput('completedOn', input.completedOn, 'must be a real date written YYYY-MM-DD');
    const amount = input.amount.trim();
    if (!AMOUNT_PATTERN.test(amount))
      throw badUserInput('amount', input.amount, 'must be a positive decimal with at most 2 decimal places');
    if (!Object.values(PdUnit).includes(input.unit)) throw badUserInput('unit', input.unit, 'is not a unit');
    const catalogItemId = input.catalogItemId ? parseUuid('catalogItemId', input.catalogItemId) : null;
    const excludeId = input.excludeId ? parseUuid('excludeId', input.excludeId) : null;
    const rows: DuplicateRow[] = await this.dataSource.query(
      `WITH r (district_id, educator_id, id, catalog_item_id, title, completed_on, amount, unit) AS (
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::date, $7::numeric, $8::text)
       SELECT NULL AS record_id, ${DUPLICATE_COLUMNS}
         FROM r JOIN pd_record o ON ${matchSql('r', 'o')}
        WHERE o.status = ANY($9::text[])
        ORDER BY o.completed_on DESC, o.id`,
      [
        viewer.districtId,
        viewer.educatorId,
        excludeId,
        catalogItemId,
        title,
        input.completedOn,
        amount,
        input.unit,
        STANDING_STATUSES,
      ],
    );
    return rows.map(toDuplicateModel);
  }

  /**
   * Records that a stored record duplicates (counted ones, or with `standing` also those awaiting
   * review), read through the caller's transaction after taking the educator's duplicate lock: two
   * copies approved at the same moment in two transactions would otherwise both see the other as
   * not counted yet.
   */
  async countedDuplicates(
    manager: EntityManager,
    districtId: string,
    recordId: string,
    standing = false,
  ): Promise<PdRecordDuplicateModel[]> {
    const [record]: Array<{ educator_id: string }> = await manager.query(
      `SELECT educator_id FROM pd_record WHERE district_id = $1 AND id = $2`,
      [districtId, recordId],
    );
    if (!record) throw notFound('PD record');
    await lockEducator(manager, districtId, record.educator_id);
    const rows: DuplicateRow[] = await manager.query(
      `SELECT r.id AS record_id, ${DUPLICATE_COLUMNS}
         FROM pd_record r JOIN pd_record o ON ${matchSql('r', 'o')}
        WHERE r.district_id = $1 AND r.id = $2 AND o.status = ANY($3::text[])
        ORDER BY o.completed_on DESC, o.id`,
      [districtId, recordId, standing ? STANDING_STATUSES : COUNTED_STATUSES],
    );
    return rows.map(toDuplicateModel);
  }

  /**
   * Bulk approval's stricter check: any likely duplicate (counted or awaiting review) is refused,
   * naming it, unless the reviewer confirmed them with `distinctReason`, which declares the pairs
   * distinct (audited). A reviewer ticking many rows at once has not looked at each one.
   */
  async assertNoLikelyDuplicates(
    manager: EntityManager,
    viewer: Viewer,
    recordId: string,
    distinctReason: string | null,
    request: ApiRequest | null,
    field: string,
  ): Promise<void> {
    const duplicates = await this.countedDuplicates(manager, viewer.districtId, recordId, true);
    if (duplicates.length === 0) return;
    if (distinctReason === null) {
      throw badUserInput(
        field,
        recordId,
        `looks like a duplicate of ${duplicates.map(describeDuplicate).join(', ')}; only one counts. ` +
          'Confirm them as different PD with a reason (distinctReason), or leave this record out of the bulk approval.',
      );
    }
    await this.markPairs(manager, viewer, recordId, duplicates, distinctReason, request);
  }

  /**
   * Whether a badge about to be stored for an educator duplicates a record that already counts
   * (the same catalog item), inside the import's transaction. Such a badge must not count on its
   * own: the import stores it SUBMITTED, for a reviewer to decide.
   */
  async badgeDuplicatesCounted(
    manager: EntityManager,
    districtId: string,
    educatorId: string,
    catalogItemId: string,
  ): Promise<boolean> {
    await lockEducator(manager, districtId, educatorId);
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM pd_record WHERE district_id = $1 AND educator_id = $2 AND catalog_item_id = $3 AND status = ANY($4::text[]) LIMIT 1`,
      [districtId, educatorId, catalogItemId, COUNTED_STATUSES],
    );
    return rows.length > 0;
  }

  /**
   * Before a record starts counting (approval, restore): refuses when it duplicates a counted
   * record, naming it, unless `distinctReason` is given, in which case the pairs are declared
   * distinct (audited) in the same transaction. `field` names the argument in the error.
   */
  async assertCountsAlone(
    manager: EntityManager,
    viewer: Viewer,
    recordId: string,
    distinctReason: string | null,
    request: ApiRequest | null,
    field: string,
  ): Promise<void> {
    const duplicates = await this.countedDuplicates(manager, viewer.districtId, recordId);
    if (duplicates.length === 0) return;
    if (distinctReason === null) {
      throw badUserInput(
        field,
        recordId,
        `looks like a duplicate of ${duplicates.map(describeDuplicate).join(', ')}, which already counts; only one counts. ` +
          'Reject it, or mark them as distinct with a reason (distinctReason) if they really are separate PD.',
      );
    }
    await this.markPairs(manager, viewer, recordId, duplicates, distinctReason, request);
  }

  /** Declares a record distinct from all its current likely duplicates (reviewers). Audited. */
  markDistinct(viewer: Viewer, idValue: string, reasonValue: string, request: ApiRequest): Promise<PdRecordDuplicateModel[]> {
    const id = parseUuid('id', idValue);
    const reason = checkReason('reason', reasonValue);
    return this.dataSource.transaction(async (manager) => {
      await assertReviewer(manager, viewer);
      const params = new SqlParams();
      const rows: Array<{ educator_id: string }> = await manager.query(
        `SELECT r.educator_id FROM pd_record r WHERE r.district_id = ${params.add(viewer.districtId)} AND r.id = ${params.add(id)}
           AND ${reviewScopeSql(viewer, 'r.educator_id', params)}`,
        params.values,
      );
      if (rows.length === 0) throw notFound(`PD record ${id}`);
      if (viewer.educatorId !== null && rows[0].educator_id === viewer.educatorId)
        throw forbidden(`You cannot review your own PD record ${id}`);
      await lockEducator(manager, viewer.districtId, rows[0].educator_id);
      const duplicates: DuplicateRow[] = await manager.query(
        `SELECT r.id AS record_id, ${DUPLICATE_COLUMNS}
           FROM pd_record r JOIN pd_record o ON ${matchSql('r', 'o')}
          WHERE r.district_id = $1 AND r.id = $2 AND o.status = ANY($3::text[])`,
        [viewer.districtId, id, STANDING_STATUSES],
      );
      if (duplicates.length === 0) throw badUserInput('id', id, 'has no likely duplicates to mark as distinct');
      const models = duplicates.map(toDuplicateModel);
      await this.markPairs(manager, viewer, id, models, reason, request);
      return models;
    });
  }

  private async markPairs(
    manager: EntityManager,
    viewer: Viewer,
    recordId: string,
    others: PdRecordDuplicateModel[],
    reason: string,
    request: ApiRequest | null,
  ): Promise<void> {
    for (const other of others) {
      const [first, second] = recordId < other.id ? [recordId, other.id] : [other.id, recordId];
      await manager.query(
        `INSERT INTO pd_record_distinct (district_id, record_id, other_record_id, reason, marked_by_account_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [viewer.districtId, first, second, reason, viewer.accountId],
      );
    }
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: viewer.accountId,
      action: 'PD_RECORD_MARKED_DISTINCT',
      entityType: 'pd_record',
      entityId: recordId,
      details: {
        reason,
        distinctFrom: others.map((other) => ({
          id: other.id,
          title: other.title,
          status: other.status,
          matchedBy: other.matchedBy,
        })),
      },
    });
  }
}

/** A course about to be stored as counted (a transcript row): the course key of `matchSql`. */
export interface CourseCandidate {
  educatorId: string;
  title: string;
  completedOn: string;
  amount: string;
  unit: string;
}

/** pd_title_key() in JavaScript: spaces trimmed (btrim), whitespace runs collapsed, lower case. */
export function titleKey(title: string): string {
  return title
    .replace(/^ +| +$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Indexes of the candidates that copy a course already counted for the same educator, or an
 * earlier candidate in the list: they must not count on their own. One query for the whole list
 * (transcript imports check a batch at a time), served by the per-educator course index.
 */
export async function countedCourseCopies(
  manager: EntityManager,
  districtId: string,
  candidates: readonly CourseCandidate[],
): Promise<Set<number>> {
  const copies = new Set<number>();
  if (candidates.length === 0) return copies;
  const rows: Array<{ i: string }> = await manager.query(
    `SELECT DISTINCT c.i FROM unnest($2::uuid[], $3::text[], $4::date[], $5::numeric[], $6::text[])
         WITH ORDINALITY AS c (educator_id, title, completed_on, amount, unit, i)
       JOIN pd_record o ON o.district_id = $1 AND o.educator_id = c.educator_id AND pd_title_key(o.title) = pd_title_key(c.title)
        AND o.completed_on = c.completed_on AND o.amount = c.amount AND o.unit = c.unit AND o.status = ANY($7::text[])`,
    [
      districtId,
      candidates.map((c) => c.educatorId),
      candidates.map((c) => c.title),
      candidates.map((c) => c.completedOn),
      candidates.map((c) => c.amount),
      candidates.map((c) => c.unit),
      COUNTED_STATUSES,
    ],
  );
  for (const row of rows) copies.add(Number(row.i) - 1);
  const seen = new Set<string>();
  candidates.forEach((c, index) => {
    const key = [c.educatorId, titleKey(c.title), c.completedOn, normalizeDecimal(c.amount), c.unit].join('\u0000');
    if (seen.has(key)) copies.add(index);
    seen.add(key);
  });
  return copies;
}

/**
 * Serialises duplicate decisions per educator until the transaction ends (a transaction-scoped
 * advisory lock), so two copies cannot start counting in parallel transactions.
 */
async function lockEducator(manager: EntityManager, districtId: string, educatorId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`pd-duplicates:${districtId}:${educatorId}`]);
}
