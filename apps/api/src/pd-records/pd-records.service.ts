import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { educatorAccessSql } from '../access/access-scope';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { checkIntRange } from '../common/validation';
import { SubmitPdRecordInput } from './dto/submit-pd-record.input';
import { ValidSubmitPdRecord, validateSubmitPdRecord } from './dto/validate-submit-pd-record';
import { attachEvidence } from '../evidence/evidence-links';
import { CATALOG_ITEM_JSON_SQL, primeCatalogItems, type CatalogItemWithIssuerRow } from '../catalog/catalog.service';
import type { EvidenceFileRow } from '../evidence/evidence.model';
import { EVIDENCE_FILES_JSON_SQL, primeEvidenceFiles } from '../evidence/evidence.service';
import { duplicatesJsonSql, primeDuplicates, type DuplicateRow } from './duplicate-rows';
import { assertApprovedPreApproval } from './pre-approval-links';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { PdStatus } from '../domain/pd-enums';
import { PdRecordEntity } from './pd-record.entity';
import { PdRecordModel, PdRecordRow, toPdRecordModel } from './pd-record.model';

export const RECORD_COLUMNS = `r.id, r.educator_id, r.catalog_item_id, r.title, r.activity_type, r.amount::text AS amount, r.unit,
  ${hourEquivalentsSql('r', 'c')}::text AS hour_equivalents, r.completed_on, r.started_on, r.provider, r.level, r.status, r.categories, r.evidence_url,
  r.feedback, r.source, r.pre_approval_id, r.submitted_at, r.reviewed_at, r.void_reason, r.voided_at, r.status_before_void`;

export const RECORD_FROM = `pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id`;

/**
 * The most records one educator's list returns (newest first). A hard limit, so that a request
 * nesting records inside records cannot fan out without bound (graphql/list-cost.rule.ts counts
 * these lists at this size).
 */
export const PD_RECORDS_MAX_LIMIT = 500;

/** Newest first; created_at breaks ties between records completed on the same day. */
const NEWEST_FIRST = `r.completed_on DESC, r.created_at DESC, r.id`;

@Injectable()
export class PdRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A teacher's own records, newest first. */
  /**
   * The teacher's own records. `request` given (a GraphQL request), each record's evidence files
   * and likely duplicates come in the same statement and are handed to their request loaders
   * (`primeEvidenceFiles`, `primeDuplicates`), and so do their catalog items with their issuers
   * (`primeCatalogItems`): the list with all of them is one statement, not four.
   */
  async myRecords(viewer: Viewer, limit = PD_RECORDS_MAX_LIMIT, request?: object): Promise<PdRecordModel[]> {
    checkIntRange('limit', limit, 1, PD_RECORDS_MAX_LIMIT);
    if (!viewer.educatorId) return [];
    const params = new SqlParams();
    const related = request
      ? `, ${EVIDENCE_FILES_JSON_SQL} AS evidence_files, ${duplicatesJsonSql(params)} AS duplicates, ${CATALOG_ITEM_JSON_SQL} AS catalog_item`
      : '';
    const rows: Array<
      PdRecordRow & {
        evidence_files?: EvidenceFileRow[];
        duplicates?: DuplicateRow[];
        catalog_item?: CatalogItemWithIssuerRow | null;
      }
    > = await this.dataSource.query(
      `SELECT ${RECORD_COLUMNS}${related} FROM ${RECORD_FROM}
          WHERE r.district_id = ${params.add(viewer.districtId)} AND r.educator_id = ${params.add(viewer.educatorId)}
          ORDER BY ${NEWEST_FIRST} LIMIT ${params.add(limit)}`,
      params.values,
    );
    if (request) {
      primeEvidenceFiles(
        request,
        rows.map((row) => [row.id, row.evidence_files!]),
      );
      primeDuplicates(
        request,
        rows.map((row) => [row.id, row.duplicates!]),
      );
      primeCatalogItems(
        request,
        rows.flatMap((row) => (row.catalog_item ? [row.catalog_item] : [])),
      );
    }
    return rows.map(toPdRecordModel);
  }

  /** An educator's records (all statuses), limited to educators the viewer may see. */
  recordsOfEducator(request: object, viewer: Viewer, educatorId: string, limit = PD_RECORDS_MAX_LIMIT): Promise<PdRecordModel[]> {
    checkIntRange('limit', limit, 1, PD_RECORDS_MAX_LIMIT);
    return requestLoader<string, PdRecordModel[]>(request, `pdRecords.byEducator.${limit}`, async (ids) => {
      const params = new SqlParams();
      // The newest `limit` of each educator's records.
      const rows: PdRecordRow[] = await this.dataSource.query(
        `SELECT * FROM (
           SELECT ${RECORD_COLUMNS}, row_number() OVER (PARTITION BY r.educator_id ORDER BY ${NEWEST_FIRST}) AS list_position
             FROM ${RECORD_FROM}
            WHERE r.district_id = ${params.add(viewer.districtId)} AND r.educator_id = ANY(${params.add(ids)}::uuid[])
              AND ${educatorAccessSql(viewer, 'r.educator_id', params)}
         ) listed WHERE list_position <= ${params.add(limit)} ORDER BY educator_id, list_position`,
        params.values,
      );
      return groupByKeys(ids, rows, (row) => row.educator_id).map((group) => group.map(toPdRecordModel));
    }).load(educatorId);
  }

  /**
   * Records a teacher's own PD as SUBMITTED (awaiting review). Validation happens before anything
   * is written; the record and its audit event commit together or not at all.
   */
  async submit(viewer: Viewer, input: SubmitPdRecordInput, request: ApiRequest): Promise<PdRecordModel> {
    if (!viewer.educatorId) throw forbidden('Your account is not linked to an educator record');
    const educatorId = viewer.educatorId;
    const valid = validateSubmitPdRecord(input, todayIsoDate());

    // Inside the transaction every query goes through its manager: another pooled connection
    // would wait forever on the embedded database.
    return this.dataSource.transaction((manager) => this.writeSubmission(manager, viewer, educatorId, valid, request, null));
  }

  /**
   * Writes a validated submission inside the caller's transaction: a new SUBMITTED record, or
   * (`resubmitId`) the teacher's record that came back with "changes requested", edited and back
   * in the queue. Evidence files and the pre-approval are checked to be the teacher's own.
   */
  async writeSubmission(
    manager: EntityManager,
    viewer: Viewer,
    educatorId: string,
    valid: ValidSubmitPdRecord,
    request: ApiRequest,
    resubmitId: string | null,
  ): Promise<PdRecordModel> {
    if (valid.catalogItemId) await this.assertCatalogItemInDistrict(manager, viewer, valid.catalogItemId);
    if (valid.preApprovalId) await assertApprovedPreApproval(manager, viewer.districtId, educatorId, valid.preApprovalId);
    if (resubmitId) {
      const rows: Array<{ status: PdStatus; feedback: string | null }> = await manager.query(
        `SELECT status, feedback FROM pd_record WHERE district_id = $1 AND id = $2 AND educator_id = $3 FOR UPDATE`,
        [viewer.districtId, resubmitId, educatorId],
      );
      if (rows.length === 0) throw notFound('PD record');
      if (rows[0].status !== PdStatus.CHANGES_REQUESTED) {
        throw badUserInput('id', resubmitId, `cannot be resubmitted: its status is ${rows[0].status}, not CHANGES_REQUESTED`);
      }
      await manager.query(
        `UPDATE pd_record SET catalog_item_id = $3, title = $4, activity_type = $5, amount = $6, unit = $7, completed_on = $8,
           categories = $9, evidence_url = $10, pre_approval_id = $11, started_on = $12, provider = $13, level = $14,
           status = 'SUBMITTED', submitted_at = now(), updated_at = now()
         WHERE district_id = $1 AND id = $2`,
        [
          viewer.districtId,
          resubmitId,
          valid.catalogItemId,
          valid.title,
          valid.activityType,
          valid.amount,
          valid.unit,
          valid.completedOn,
          valid.categories,
          valid.evidenceUrl,
          valid.preApprovalId,
          valid.startedOn,
          valid.provider,
          valid.level,
        ],
      );
      await attachEvidence(manager, viewer.districtId, educatorId, resubmitId, valid.evidenceFileIds);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PD_RECORD_RESUBMITTED',
        entityType: 'pd_record',
        entityId: resubmitId,
        details: {
          before: { status: rows[0].status, feedback: rows[0].feedback },
          after: {
            status: PdStatus.SUBMITTED,
            title: valid.title,
            amount: valid.amount,
            unit: valid.unit,
            completedOn: valid.completedOn,
            startedOn: valid.startedOn,
            provider: valid.provider,
            level: valid.level,
          },
        },
      });
      return this.recordInTransaction(manager, viewer.districtId, resubmitId);
    }
    const inserted = await manager.insert(PdRecordEntity, {
      districtId: viewer.districtId,
      educatorId,
      catalogItemId: valid.catalogItemId,
      title: valid.title,
      activityType: valid.activityType,
      amount: valid.amount,
      unit: valid.unit,
      completedOn: valid.completedOn,
      startedOn: valid.startedOn,
      provider: valid.provider,
      level: valid.level,
      categories: valid.categories,
      evidenceUrl: valid.evidenceUrl,
      status: PdStatus.SUBMITTED,
      feedback: null,
      source: 'SELF_REPORTED',
      submittedByAccountId: viewer.accountId,
      preApprovalId: valid.preApprovalId,
      submittedAt: () => 'now()',
    } as QueryDeepPartialEntity<PdRecordEntity>);
    const id = (inserted.identifiers[0] as { id: string }).id;
    await attachEvidence(manager, viewer.districtId, educatorId, id, valid.evidenceFileIds);
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: viewer.accountId,
      action: 'PD_RECORD_SUBMITTED',
      entityType: 'pd_record',
      entityId: id,
      details: {
        after: {
          status: PdStatus.SUBMITTED,
          title: valid.title,
          amount: valid.amount,
          unit: valid.unit,
          completedOn: valid.completedOn,
          startedOn: valid.startedOn,
          provider: valid.provider,
          level: valid.level,
          categories: valid.categories,
          evidenceFileIds: valid.evidenceFileIds,
          preApprovalId: valid.preApprovalId,
        },
      },
    });
    return this.recordInTransaction(manager, viewer.districtId, id);
  }

  /** One record read through the caller's transaction manager. */
  async recordInTransaction(manager: EntityManager, districtId: string, id: string): Promise<PdRecordModel> {
    const rows: PdRecordRow[] = await manager.query(
      `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.district_id = $1 AND r.id = $2`,
      [districtId, id],
    );
    if (rows.length === 0) throw notFound('PD record');
    return toPdRecordModel(rows[0]);
  }

  private async assertCatalogItemInDistrict(manager: EntityManager, viewer: Viewer, catalogItemId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM catalog_item WHERE district_id = $1 AND id = $2`, [
      viewer.districtId,
      catalogItemId,
    ]);
    if (rows.length === 0) throw notFound('Catalog item');
  }
}
