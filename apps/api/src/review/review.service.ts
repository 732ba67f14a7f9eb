import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notifications/notifications.service';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { SqlParams } from '../common/sql-params';
import { checkIntRange, parseUuid } from '../common/validation';
import { PdStatus } from '../domain/pd-enums';
import { PdRecordModel, PdRecordRow, toPdRecordModel } from '../pd-records/pd-record.model';
import { RECORD_COLUMNS, RECORD_FROM } from '../pd-records/pd-records.service';
import { checkReason, DuplicatesService } from '../record-integrity/duplicates.service';
import { assertReviewer, checkFeedback, principalsCanReview, reviewScopeSql, schoolFilterSql } from '../access/review-scope';
import { ReviewQueuePageModel, ReviewSettingsModel } from './review.model';

export type PdDecision = PdStatus.APPROVED | PdStatus.REJECTED | PdStatus.CHANGES_REQUESTED;

const DECISION_ACTIONS: Record<PdDecision, string> = {
  [PdStatus.APPROVED]: 'PD_RECORD_APPROVED',
  [PdStatus.REJECTED]: 'PD_RECORD_REJECTED',
  [PdStatus.CHANGES_REQUESTED]: 'PD_RECORD_CHANGES_REQUESTED',
};

export const MAX_BULK_IDS = 200;

function optionalReason(field: string, value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : checkReason(field, value);
}

export function checkPage(
  offset: number | null | undefined,
  limit: number | null | undefined,
): { offset: number; limit: number } {
  checkIntRange('offset', offset, 0, 100_000);
  checkIntRange('limit', limit, 1, 100);
  return { offset: offset ?? 0, limit: limit ?? 25 };
}

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly duplicates: DuplicatesService,
    private readonly notifications: NotificationService,
  ) {}

  /** Records awaiting (or past) review that the reviewer covers; the reviewer's own are left out. */
  async queue(
    viewer: Viewer,
    args: { schoolId?: string | null; status?: PdStatus | null; offset?: number | null; limit?: number | null },
  ): Promise<ReviewQueuePageModel> {
    await assertReviewer(this.dataSource, viewer);
    const { offset, limit } = checkPage(args.offset, args.limit);
    const status = args.status ?? PdStatus.SUBMITTED;
    const params = new SqlParams();
    const where = `r.district_id = ${params.add(viewer.districtId)} AND r.status = ${params.add(status)}
      AND r.educator_id IS DISTINCT FROM ${params.add(viewer.educatorId)}::uuid
      AND ${reviewScopeSql(viewer, 'r.educator_id', params)}
      AND ${await schoolFilterSql(this.dataSource, viewer, args.schoolId, 'r.educator_id', params)}`;
    // The queue is first come, first served; decided records show the latest decision first.
    const order =
      status === PdStatus.SUBMITTED
        ? `COALESCE(r.submitted_at, r.created_at) ASC, r.id`
        : `r.reviewed_at DESC NULLS LAST, r.updated_at DESC, r.id`;
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM pd_record r WHERE ${where}`,
      params.values,
    );
    const rows: PdRecordRow[] = await this.dataSource.query(
      `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${where} ORDER BY ${order}
        OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return { totalCount: count, rows: rows.map(toPdRecordModel) };
  }

  /**
   * One decision, in its own transaction with its audit event. An approval that would count the
   * same PD twice is refused unless `distinctReasonValue` declares the records distinct.
   */
  decide(
    viewer: Viewer,
    idValue: string,
    decision: PdDecision,
    feedbackValue: string | null | undefined,
    request: ApiRequest,
    distinctReasonValue?: string | null,
  ): Promise<PdRecordModel> {
    const id = parseUuid('id', idValue);
    const feedback = checkFeedback(feedbackValue, decision !== PdStatus.APPROVED);
    const distinctReason = optionalReason('distinctReason', distinctReasonValue);
    return this.dataSource.transaction(async (manager) => {
      await assertReviewer(manager, viewer);
      return this.decideInTransaction(manager, viewer, id, decision, feedback, request, false, distinctReason);
    });
  }

  /**
   * Approves many records all-or-nothing: one transaction, and the first record that cannot be
   * approved (unknown, out of scope, not awaiting review, a likely duplicate of a counted record)
   * fails the whole call, naming its id. Likely duplicates pass only when the reviewer confirms
   * them with `distinctReasonValue`, which declares each of them distinct (audited).
   */
  bulkApprove(
    viewer: Viewer,
    idValues: string[],
    request: ApiRequest,
    distinctReasonValue?: string | null,
  ): Promise<PdRecordModel[]> {
    if (idValues.length === 0) throw badUserInput('ids', '[]', 'must name at least one record');
    if (idValues.length > MAX_BULK_IDS)
      throw badUserInput('ids', `${idValues.length} ids`, `must name at most ${MAX_BULK_IDS} records`);
    const ids = [...new Set(idValues.map((value) => parseUuid('ids', value)))];
    const distinctReason = optionalReason('distinctReason', distinctReasonValue);
    return this.dataSource.transaction(async (manager) => {
      await assertReviewer(manager, viewer);
      const approved: PdRecordModel[] = [];
      for (const id of ids) {
        approved.push(
          await this.decideInTransaction(manager, viewer, id, PdStatus.APPROVED, null, request, true, distinctReason),
        );
      }
      return approved;
    });
  }

  private async decideInTransaction(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    decision: PdDecision,
    feedback: string | null,
    request: ApiRequest,
    bulk: boolean,
    distinctReason: string | null,
  ): Promise<PdRecordModel> {
    const params = new SqlParams();
    const rows: Array<{ educator_id: string; status: PdStatus; feedback: string | null }> = await manager.query(
      `SELECT r.educator_id, r.status, r.feedback FROM pd_record r
        WHERE r.district_id = ${params.add(viewer.districtId)} AND r.id = ${params.add(id)}
          AND ${reviewScopeSql(viewer, 'r.educator_id', params)}
        FOR UPDATE`,
      params.values,
    );
    const before = rows[0];
    if (!before) throw notFound(`PD record ${id}`);
    if (viewer.educatorId !== null && before.educator_id === viewer.educatorId)
      throw forbidden(`You cannot review your own PD record ${id}`);
    if (before.status !== PdStatus.SUBMITTED) {
      throw badUserInput(bulk ? 'ids' : 'id', id, `is not awaiting review (its status is ${before.status})`);
    }
    // Only one copy of the same PD counts (COUNTED_STATUSES) unless a reviewer says they differ;
    // in bulk, every likely duplicate needs that confirmation.
    if (decision === PdStatus.APPROVED) {
      if (bulk) await this.duplicates.assertNoLikelyDuplicates(manager, viewer, id, distinctReason, request, 'ids');
      else await this.duplicates.assertCountsAlone(manager, viewer, id, distinctReason, request, 'id');
    }
    await manager.query(
      `UPDATE pd_record SET status = $3, feedback = $4, reviewed_by_account_id = $5, reviewed_at = now(), updated_at = now()
        WHERE district_id = $1 AND id = $2`,
      [viewer.districtId, id, decision, feedback, viewer.accountId],
    );
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: viewer.accountId,
      action: DECISION_ACTIONS[decision],
      entityType: 'pd_record',
      entityId: id,
      details: {
        before: { status: before.status, feedback: before.feedback },
        after: { status: decision, feedback },
        ...(bulk ? { bulk: true } : {}),
      },
    });
    await this.notifications.notifyRecordDecision(manager, viewer.districtId, id, decision, feedback);
    const updated: PdRecordRow[] = await manager.query(
      `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.district_id = $1 AND r.id = $2`,
      [viewer.districtId, id],
    );
    return toPdRecordModel(updated[0]);
  }

  async settings(viewer: Viewer): Promise<ReviewSettingsModel> {
    return { principalsCanReview: await principalsCanReview(this.dataSource, viewer.districtId) };
  }

  setPrincipalsCanReview(viewer: Viewer, enabled: boolean, request: ApiRequest): Promise<ReviewSettingsModel> {
    return this.dataSource.transaction(async (manager) => {
      const before = await principalsCanReview(manager, viewer.districtId);
      if (before !== enabled) {
        await manager.query(`UPDATE district SET principals_can_review = $2 WHERE id = $1`, [viewer.districtId, enabled]);
        await this.audit.record(manager, request, {
          districtId: viewer.districtId,
          actorAccountId: viewer.accountId,
          action: 'DISTRICT_REVIEW_SETTINGS_CHANGED',
          entityType: 'district',
          entityId: viewer.districtId,
          details: { before: { principalsCanReview: before }, after: { principalsCanReview: enabled } },
        });
      }
      return { principalsCanReview: enabled };
    });
  }

  /** Whether the viewer may open the review queues (drives the dashboard's navigation). */
  async canReview(viewer: Viewer): Promise<boolean> {
    if (viewer.role === Role.HR_ADMIN) return true;
    if (viewer.role === Role.PRINCIPAL) return principalsCanReview(this.dataSource, viewer.districtId);
    return false;
  }
}
