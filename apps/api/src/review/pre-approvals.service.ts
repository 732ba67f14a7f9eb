import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notifications/notifications.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { requestLoader } from '../common/request-loader';
import { returningRows } from '../common/returning-rows';
import { SqlParams } from '../common/sql-params';
import { isIsoDate, parseUuid } from '../common/validation';
import { ActivityType, PdUnit } from '../domain/pd-enums';
import { PreApprovalStatus } from '../domain/review-enums';
import { assertReviewer, checkFeedback, reviewScopeSql, schoolFilterSql } from '../access/review-scope';
import { PreApprovalInput } from './dto/pre-approval.input';
import { PRE_APPROVAL_COLUMNS, PreApprovalPageModel, PreApprovalRequestModel, PreApprovalRow } from './review.model';
import { checkPage } from './review.service';

const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;

function toModel(row: PreApprovalRow): PreApprovalRequestModel {
  return {
    id: row.id,
    educatorId: row.educator_id,
    title: row.title,
    activityType: row.activity_type,
    provider: row.provider,
    description: row.description,
    plannedStartOn: row.planned_start_on,
    expectedAmount: normalizeDecimal(row.expected_amount),
    unit: row.unit,
    status: row.status,
    feedback: row.feedback,
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  if (text.length > max) throw badUserInput(field, value, `must be at most ${max} characters`);
  return text;
}

export function validatePreApproval(
  input: PreApprovalInput,
): Omit<PreApprovalInput, 'provider' | 'description'> & { provider: string | null; description: string | null } {
  const title = input.title.trim();
  if (title.length < 1 || title.length > 200) throw badUserInput('title', input.title, 'must be 1 to 200 characters');
  if (!Object.values(ActivityType).includes(input.activityType))
    throw badUserInput('activityType', input.activityType, 'is not an activity type');
  if (!Object.values(PdUnit).includes(input.unit)) throw badUserInput('unit', input.unit, 'is not a unit');
  const amount = input.expectedAmount.trim();
  if (!AMOUNT_PATTERN.test(amount) || new Decimal(amount).lte(0)) {
    throw badUserInput('expectedAmount', input.expectedAmount, 'must be a positive decimal number with at most 2 decimal places');
  }
  if (!isIsoDate(input.plannedStartOn) || input.plannedStartOn < '1950-01-01') {
    throw badUserInput('plannedStartOn', input.plannedStartOn, 'is not a date in YYYY-MM-DD form');
  }
  return {
    title,
    activityType: input.activityType,
    provider: optionalText('provider', input.provider, 200),
    description: optionalText('description', input.description, 4000),
    plannedStartOn: input.plannedStartOn,
    expectedAmount: new Decimal(amount).toFixed(),
    unit: input.unit,
  };
}

/**
 * Pre-approval requests for lane credit. Whether the salary schedule requires one is the
 * converter's rule; this stores requests, runs them through the same reviewers and audit trail
 * as PD records, and lets a later PD record reference an approved one.
 */
@Injectable()
export class PreApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async request(viewer: Viewer, input: PreApprovalInput, request: ApiRequest): Promise<PreApprovalRequestModel> {
    if (!viewer.educatorId) throw forbidden('Your account is not linked to an educator record');
    const educatorId = viewer.educatorId;
    const valid = validatePreApproval(input);
    return this.dataSource.transaction(async (manager) => {
      const [row]: PreApprovalRow[] = await manager.query(
        `INSERT INTO pre_approval_request AS p (district_id, educator_id, title, activity_type, provider, description, planned_start_on,
           expected_amount, unit, requested_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${PRE_APPROVAL_COLUMNS}`,
        [
          viewer.districtId,
          educatorId,
          valid.title,
          valid.activityType,
          valid.provider,
          valid.description,
          valid.plannedStartOn,
          valid.expectedAmount,
          valid.unit,
          viewer.accountId,
        ],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PRE_APPROVAL_REQUESTED',
        entityType: 'pre_approval_request',
        entityId: row.id,
        details: { before: null, after: { status: PreApprovalStatus.PENDING, ...valid } },
      });
      return toModel(row);
    });
  }

  async mine(viewer: Viewer): Promise<PreApprovalRequestModel[]> {
    if (!viewer.educatorId) return [];
    const rows: PreApprovalRow[] = await this.dataSource.query(
      `SELECT ${PRE_APPROVAL_COLUMNS} FROM pre_approval_request p WHERE p.district_id = $1 AND p.educator_id = $2
        ORDER BY p.created_at DESC, p.id`,
      [viewer.districtId, viewer.educatorId],
    );
    return rows.map(toModel);
  }

  async queue(
    viewer: Viewer,
    args: { schoolId?: string | null; status?: PreApprovalStatus | null; offset?: number | null; limit?: number | null },
  ): Promise<PreApprovalPageModel> {
    await assertReviewer(this.dataSource, viewer);
    const { offset, limit } = checkPage(args.offset, args.limit);
    const params = new SqlParams();
    const where = `p.district_id = ${params.add(viewer.districtId)} AND p.status = ${params.add(args.status ?? PreApprovalStatus.PENDING)}
      AND p.educator_id IS DISTINCT FROM ${params.add(viewer.educatorId)}::uuid
      AND ${reviewScopeSql(viewer, 'p.educator_id', params)}
      AND ${await schoolFilterSql(this.dataSource, viewer, args.schoolId, 'p.educator_id', params)}`;
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM pre_approval_request p WHERE ${where}`,
      params.values,
    );
    const rows: PreApprovalRow[] = await this.dataSource.query(
      `SELECT ${PRE_APPROVAL_COLUMNS} FROM pre_approval_request p WHERE ${where}
        ORDER BY p.created_at ASC, p.id OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return { totalCount: count, rows: rows.map(toModel) };
  }

  decide(
    viewer: Viewer,
    idValue: string,
    decision: PreApprovalStatus.APPROVED | PreApprovalStatus.DENIED,
    feedbackValue: string | null | undefined,
    request: ApiRequest,
  ): Promise<PreApprovalRequestModel> {
    const id = parseUuid('id', idValue);
    const feedback = checkFeedback(feedbackValue, decision === PreApprovalStatus.DENIED);
    return this.dataSource.transaction(async (manager) => {
      await assertReviewer(manager, viewer);
      return this.decideInTransaction(manager, viewer, id, decision, feedback, request);
    });
  }

  private async decideInTransaction(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    decision: PreApprovalStatus,
    feedback: string | null,
    request: ApiRequest,
  ): Promise<PreApprovalRequestModel> {
    const params = new SqlParams();
    const rows: Array<{ educator_id: string; status: PreApprovalStatus; feedback: string | null }> = await manager.query(
      `SELECT p.educator_id, p.status, p.feedback FROM pre_approval_request p
        WHERE p.district_id = ${params.add(viewer.districtId)} AND p.id = ${params.add(id)} AND ${reviewScopeSql(viewer, 'p.educator_id', params)}
        FOR UPDATE`,
      params.values,
    );
    const before = rows[0];
    if (!before) throw notFound(`Pre-approval request ${id}`);
    if (viewer.educatorId !== null && before.educator_id === viewer.educatorId)
      throw forbidden('You cannot decide on your own pre-approval request');
    if (before.status !== PreApprovalStatus.PENDING)
      throw badUserInput('id', id, `is not pending (its status is ${before.status})`);
    const [row] = returningRows<PreApprovalRow>(
      await manager.query(
        `UPDATE pre_approval_request p SET status = $3, feedback = $4, decided_by_account_id = $5, decided_at = now(), updated_at = now()
        WHERE p.district_id = $1 AND p.id = $2 RETURNING ${PRE_APPROVAL_COLUMNS}`,
        [viewer.districtId, id, decision, feedback, viewer.accountId],
      ),
    );
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: viewer.accountId,
      action: decision === PreApprovalStatus.APPROVED ? 'PRE_APPROVAL_APPROVED' : 'PRE_APPROVAL_DENIED',
      entityType: 'pre_approval_request',
      entityId: id,
      details: { before: { status: before.status, feedback: before.feedback }, after: { status: decision, feedback } },
    });
    await this.notifications.notifyPreApprovalDecision(manager, viewer.districtId, id, decision, feedback);
    return toModel(row);
  }

  /** PdRecord.preApproval: the parent record was authorized, so only the district is checked. */
  byId(request: object, viewer: Viewer, id: string): Promise<PreApprovalRequestModel | null> {
    return requestLoader<string, PreApprovalRequestModel | null>(request, 'preApprovals.byId', async (ids) => {
      const rows: PreApprovalRow[] = await this.dataSource.query(
        `SELECT ${PRE_APPROVAL_COLUMNS} FROM pre_approval_request p WHERE p.district_id = $1 AND p.id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }
}
