import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { parseUuid } from '../common/validation';
import { COUNTED_STATUSES, PdStatus } from '../domain/pd-enums';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { PdRecordsService } from '../pd-records/pd-records.service';
import { checkReason, DuplicatesService } from './duplicates.service';

interface LockedRecord {
  educator_id: string;
  status: PdStatus;
  void_reason: string | null;
  status_before_void: PdStatus | null;
}

/**
 * Void and restore: HR takes back credit that counted (APPROVED or VERIFIED) with a reason, and
 * can give it back. A voided record is VOIDED, a status no count includes (COUNTED_STATUSES), so
 * it stops counting everywhere at once; the update bumps the educator's renewal input version
 * (trigger), so stored standings are recomputed on the next read. Each change is one transaction
 * with its audit event.
 */
@Injectable()
export class VoidingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly records: PdRecordsService,
    private readonly duplicates: DuplicatesService,
  ) {}

  voidRecord(viewer: Viewer, idValue: string, reasonValue: string, request: ApiRequest): Promise<PdRecordModel> {
    const id = parseUuid('id', idValue);
    const reason = checkReason('reason', reasonValue);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForHr(manager, viewer, id);
      if (!COUNTED_STATUSES.includes(before.status)) {
        throw badUserInput(
          'id',
          id,
          `cannot be voided: its status is ${before.status}; only counted records (${COUNTED_STATUSES.join(' or ')}) can be voided` +
            (before.status === PdStatus.SUBMITTED ? ' (reject a submitted record in review instead)' : ''),
        );
      }
      await manager.query(
        `UPDATE pd_record SET status = 'VOIDED', status_before_void = status, void_reason = $3, voided_by_account_id = $4, voided_at = now(),
           updated_at = now()
         WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, id, reason, viewer.accountId],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PD_RECORD_VOIDED',
        entityType: 'pd_record',
        entityId: id,
        details: { before: { status: before.status }, after: { status: PdStatus.VOIDED, voidReason: reason } },
      });
      return this.records.recordInTransaction(manager, viewer.districtId, id);
    });
  }

  /**
   * Returns a voided record to the status it had. Refused while another copy of the same PD
   * counts, unless `distinctReason` declares them distinct: a restore must not count PD twice.
   */
  restoreRecord(
    viewer: Viewer,
    idValue: string,
    reasonValue: string,
    distinctReasonValue: string | null | undefined,
    request: ApiRequest,
  ): Promise<PdRecordModel> {
    const id = parseUuid('id', idValue);
    const reason = checkReason('reason', reasonValue);
    const distinctReason =
      distinctReasonValue == null || distinctReasonValue.trim() === ''
        ? null
        : checkReason('distinctReason', distinctReasonValue);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForHr(manager, viewer, id);
      if (before.status !== PdStatus.VOIDED || before.status_before_void === null) {
        throw badUserInput('id', id, `cannot be restored: its status is ${before.status}, not VOIDED`);
      }
      await this.duplicates.assertCountsAlone(manager, viewer, id, distinctReason, request, 'id');
      await manager.query(
        `UPDATE pd_record SET status = status_before_void, status_before_void = NULL, void_reason = NULL, voided_by_account_id = NULL,
           voided_at = NULL, updated_at = now()
         WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, id],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PD_RECORD_RESTORED',
        entityType: 'pd_record',
        entityId: id,
        details: {
          reason,
          before: { status: PdStatus.VOIDED, voidReason: before.void_reason },
          after: { status: before.status_before_void },
        },
      });
      return this.records.recordInTransaction(manager, viewer.districtId, id);
    });
  }

  /** The record, locked, when the viewer is HR of its district (and it is not HR's own record). */
  private async lockForHr(manager: EntityManager, viewer: Viewer, id: string): Promise<LockedRecord> {
    // The resolver admits HR only; this keeps the service safe if it is ever called from elsewhere.
    if (viewer.role !== Role.HR_ADMIN) throw forbidden('Only HR can void or restore PD records');
    const rows: LockedRecord[] = await manager.query(
      `SELECT educator_id, status, void_reason, status_before_void FROM pd_record WHERE district_id = $1 AND id = $2 FOR UPDATE`,
      [viewer.districtId, id],
    );
    if (rows.length === 0) throw notFound(`PD record ${id}`);
    if (viewer.educatorId !== null && rows[0].educator_id === viewer.educatorId)
      throw forbidden(`You cannot void or restore your own PD record ${id}`);
    return rows[0];
  }
}
