import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { returningRows } from '../common/returning-rows';
import { todayIsoDate } from '../common/school-year';
import { parseUuid } from '../common/validation';
import { SubmitPdRecordInput } from '../pd-records/dto/submit-pd-record.input';
import { validateSubmitPdRecord } from '../pd-records/dto/validate-submit-pd-record';
import { PdStatus } from '../domain/pd-enums';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { PdRecordsService } from '../pd-records/pd-records.service';
import { PdDraftInput } from './dto/pd-draft.input';
import { DraftData, PdDraftModel } from './pd-draft.model';

const MAX_DRAFTS_PER_EDUCATOR = 50;

interface DraftRow {
  id: string;
  educator_id: string;
  pd_record_id: string | null;
  data: DraftData;
  created_at: Date;
  updated_at: Date;
}

function toModel(row: DraftRow): PdDraftModel {
  const data = row.data ?? {};
  return {
    id: row.id,
    educatorId: row.educator_id,
    pdRecordId: row.pd_record_id,
    title: data.title ?? null,
    activityType: data.activityType ?? null,
    amount: data.amount ?? null,
    unit: data.unit ?? null,
    completedOn: data.completedOn ?? null,
    startedOn: data.startedOn ?? null,
    provider: data.provider ?? null,
    level: data.level ?? null,
    categories: data.categories ?? [],
    evidenceUrl: data.evidenceUrl ?? null,
    catalogItemId: data.catalogItemId ?? null,
    evidenceFileIds: data.evidenceFileIds ?? [],
    preApprovalId: data.preApprovalId ?? null,
    updatedAt: new Date(row.updated_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function bounded(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max) throw badUserInput(field, value, `is longer than ${max} characters`);
  return value;
}

function boundedList(field: string, values: string[] | null | undefined, maxEntries: number, maxLength: number): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > maxEntries) throw badUserInput(field, `${values.length} entries`, `has more than ${maxEntries} entries`);
  for (const value of values) bounded(field, value, maxLength);
  return values;
}

/**
 * Autosaved drafts keep whatever was typed, unvalidated (only bounded in size), so a half-filled
 * form survives a timeout or a reload. Validation happens once, on submitDraft.
 */
export function draftData(input: PdDraftInput): DraftData {
  return {
    title: bounded('title', input.title, 1000),
    activityType: input.activityType ?? null,
    amount: bounded('amount', input.amount, 50),
    unit: input.unit ?? null,
    completedOn: bounded('completedOn', input.completedOn, 50),
    startedOn: bounded('startedOn', input.startedOn, 50),
    provider: bounded('provider', input.provider, 1000),
    level: input.level ?? null,
    categories: boundedList('categories', input.categories, 50, 200),
    evidenceUrl: bounded('evidenceUrl', input.evidenceUrl, 4096),
    catalogItemId: bounded('catalogItemId', input.catalogItemId, 100),
    evidenceFileIds: boundedList('evidenceFileIds', input.evidenceFileIds, 20, 100),
    preApprovalId: bounded('preApprovalId', input.preApprovalId, 100),
  };
}

/** A complete submission from a draft, or BAD_USER_INPUT naming the first missing field. */
export function draftToSubmission(data: DraftData): SubmitPdRecordInput {
  const required = ['title', 'activityType', 'amount', 'unit', 'completedOn'] as const;
  for (const field of required) {
    const value = data[field];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      throw badUserInput(field, value ?? '', 'is required before the draft can be submitted');
    }
  }
  return {
    title: data.title!,
    activityType: data.activityType!,
    amount: data.amount!,
    unit: data.unit!,
    completedOn: data.completedOn!,
    startedOn: data.startedOn ?? null,
    provider: data.provider ?? null,
    level: data.level ?? null,
    categories: data.categories ?? [],
    evidenceUrl: data.evidenceUrl ?? null,
    catalogItemId: data.catalogItemId ?? null,
    evidenceFileIds: data.evidenceFileIds ?? [],
    preApprovalId: data.preApprovalId ?? null,
  };
}

@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pdRecords: PdRecordsService,
    private readonly audit: AuditService,
  ) {}

  private educatorOf(viewer: Viewer): string {
    if (!viewer.educatorId) throw forbidden('Your account is not linked to an educator record');
    return viewer.educatorId;
  }

  async mine(viewer: Viewer): Promise<PdDraftModel[]> {
    if (!viewer.educatorId) return [];
    const rows: DraftRow[] = await this.dataSource.query(
      `SELECT id, educator_id, pd_record_id, data, created_at, updated_at FROM pd_draft
        WHERE district_id = $1 AND educator_id = $2 ORDER BY updated_at DESC, id`,
      [viewer.districtId, viewer.educatorId],
    );
    return rows.map(toModel);
  }

  /**
   * Creates (no id) or replaces (id) a draft with the form's current state. A draft for a record
   * returned with "changes requested" is found again by that record, so a teacher never ends up
   * with two competing edits of one record.
   */
  save(
    viewer: Viewer,
    idValue: string | null | undefined,
    pdRecordIdValue: string | null | undefined,
    input: PdDraftInput,
  ): Promise<PdDraftModel> {
    const educatorId = this.educatorOf(viewer);
    const data = draftData(input);
    const id = idValue ? parseUuid('id', idValue) : null;
    const pdRecordId = pdRecordIdValue ? parseUuid('pdRecordId', pdRecordIdValue) : null;
    return this.dataSource.transaction(async (manager) => {
      let targetId = id;
      if (!targetId && pdRecordId) {
        const records: Array<{ status: PdStatus }> = await manager.query(
          `SELECT status FROM pd_record WHERE district_id = $1 AND id = $2 AND educator_id = $3`,
          [viewer.districtId, pdRecordId, educatorId],
        );
        if (records.length === 0) throw notFound('PD record');
        if (records[0].status !== PdStatus.CHANGES_REQUESTED) {
          throw badUserInput(
            'pdRecordId',
            pdRecordId,
            `cannot be edited: its status is ${records[0].status}, not CHANGES_REQUESTED`,
          );
        }
        const existing: Array<{ id: string }> = await manager.query(
          `SELECT id FROM pd_draft WHERE district_id = $1 AND educator_id = $2 AND pd_record_id = $3 ORDER BY updated_at DESC LIMIT 1`,
          [viewer.districtId, educatorId, pdRecordId],
        );
        targetId = existing[0]?.id ?? null;
      }
      if (targetId) {
        const rows = returningRows<DraftRow>(
          await manager.query(
            `UPDATE pd_draft SET data = $4::jsonb, updated_at = clock_timestamp()
            WHERE district_id = $1 AND educator_id = $2 AND id = $3
            RETURNING id, educator_id, pd_record_id, data, created_at, updated_at`,
            [viewer.districtId, educatorId, targetId, JSON.stringify(data)],
          ),
        );
        if (rows.length === 0) throw notFound('Draft');
        return toModel(rows[0]);
      }
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `SELECT count(*)::int AS count FROM pd_draft WHERE district_id = $1 AND educator_id = $2`,
        [viewer.districtId, educatorId],
      );
      if (count >= MAX_DRAFTS_PER_EDUCATOR) {
        throw badUserInput(
          'id',
          null,
          `is required: you already have ${MAX_DRAFTS_PER_EDUCATOR} drafts; submit or discard some first`,
        );
      }
      const [row]: DraftRow[] = await manager.query(
        `INSERT INTO pd_draft (district_id, educator_id, pd_record_id, data) VALUES ($1, $2, $3, $4::jsonb)
         RETURNING id, educator_id, pd_record_id, data, created_at, updated_at`,
        [viewer.districtId, educatorId, pdRecordId, JSON.stringify(data)],
      );
      return toModel(row);
    });
  }

  /** Validates the draft and submits (or resubmits) it; the draft is removed in the same transaction. */
  submit(viewer: Viewer, idValue: string, request: ApiRequest): Promise<PdRecordModel> {
    const educatorId = this.educatorOf(viewer);
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const rows: DraftRow[] = await manager.query(
        `SELECT id, educator_id, pd_record_id, data, created_at, updated_at FROM pd_draft
          WHERE district_id = $1 AND educator_id = $2 AND id = $3 FOR UPDATE`,
        [viewer.districtId, educatorId, id],
      );
      if (rows.length === 0) throw notFound('Draft');
      const valid = validateSubmitPdRecord(draftToSubmission(rows[0].data ?? {}), todayIsoDate());
      const record = await this.pdRecords.writeSubmission(manager, viewer, educatorId, valid, request, rows[0].pd_record_id);
      await manager.query(`DELETE FROM pd_draft WHERE district_id = $1 AND id = $2`, [viewer.districtId, id]);
      return record;
    });
  }

  /** Deletes one of the teacher's drafts, audited with what it was (its title and record, if any). */
  async discard(viewer: Viewer, idValue: string, request: ApiRequest): Promise<boolean> {
    const educatorId = this.educatorOf(viewer);
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const rows = returningRows<{ id: string; title: unknown; pd_record_id: string | null }>(
        await manager.query(
          `DELETE FROM pd_draft WHERE district_id = $1 AND educator_id = $2 AND id = $3 RETURNING id, data->'title' AS title, pd_record_id`,
          [viewer.districtId, educatorId, id],
        ),
      );
      if (rows.length === 0) throw notFound('Draft');
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DRAFT_DISCARDED',
        entityType: 'pd_draft',
        entityId: id,
        details: {
          educatorId,
          title: typeof rows[0].title === 'string' ? rows[0].title.slice(0, 200) : null,
          pdRecordId: rows[0].pd_record_id,
        },
      });
      return true;
    });
  }

  /** Edits and resubmits a record returned with "changes requested", without a draft. */
  resubmit(viewer: Viewer, idValue: string, input: SubmitPdRecordInput, request: ApiRequest): Promise<PdRecordModel> {
    const educatorId = this.educatorOf(viewer);
    const id = parseUuid('id', idValue);
    const valid = validateSubmitPdRecord(input, todayIsoDate());
    return this.dataSource.transaction(async (manager) => {
      const record = await this.pdRecords.writeSubmission(manager, viewer, educatorId, valid, request, id);
      await manager.query(`DELETE FROM pd_draft WHERE district_id = $1 AND educator_id = $2 AND pd_record_id = $3`, [
        viewer.districtId,
        educatorId,
        id,
      ]);
      return record;
    });
  }
}
