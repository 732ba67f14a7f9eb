import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { educatorAccessSql } from '../access/access-scope';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { groupByKeys, primeRequestLoader, requestLoader } from '../common/request-loader';
import { SqlParams } from '../common/sql-params';
import { isUuid } from '../common/validation';
import { EvidenceFileEntity } from './evidence-file.entity';
import { EVIDENCE_FILE_COLUMNS, EvidenceFileModel, EvidenceFileRow, toEvidenceFileModel } from './evidence.model';

export interface NewEvidenceFile {
  districtId: string;
  educatorId: string;
  uploadedByAccountId: string;
  kind: 'UPLOAD' | 'BADGE';
  originalName: string;
  contentType: string;
  content: Buffer;
}

export interface EvidenceDownload {
  originalName: string;
  contentType: string;
  content: Buffer;
}

/** The request loader of `EvidenceService.filesOfRecord`. */
const FILES_BY_RECORD = 'evidence.byRecord';

/**
 * SQL: the evidence files of the record `r` (a row of pd_record aliased `r`) as a JSON array,
 * exactly the rows and order of `EvidenceService.filesOfRecord`, for a list that reads them in
 * its own statement and hands them over with `primeEvidenceFiles`.
 */
export const EVIDENCE_FILES_JSON_SQL = `COALESCE((SELECT json_agg(json_build_object('id', f.id, 'original_name', f.original_name,
    'content_type', f.content_type, 'size_bytes', f.size_bytes, 'sha256', f.sha256, 'kind', f.kind, 'created_at', f.created_at)
    ORDER BY f.created_at, f.id)
  FROM pd_record_evidence l JOIN evidence_file f ON f.district_id = l.district_id AND f.id = l.evidence_file_id
  WHERE l.district_id = r.district_id AND l.pd_record_id = r.id), '[]'::json)`;

/** Hands the `EVIDENCE_FILES_JSON_SQL` arrays of records to this request's `filesOfRecord` loader. */
export function primeEvidenceFiles(request: object, entries: ReadonlyArray<[recordId: string, files: EvidenceFileRow[]]>): void {
  primeRequestLoader<string, EvidenceFileModel[]>(
    request,
    FILES_BY_RECORD,
    entries.map(([id, rows]) => [id, rows.map(toEvidenceFileModel)]),
  );
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Stores one file through the caller's transaction manager; returns its id. */
  async store(manager: EntityManager, file: NewEvidenceFile): Promise<string> {
    const inserted = await manager.insert(EvidenceFileEntity, {
      districtId: file.districtId,
      educatorId: file.educatorId,
      uploadedByAccountId: file.uploadedByAccountId,
      kind: file.kind,
      originalName: file.originalName,
      contentType: file.contentType,
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
    });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /** A teacher's evidence uploads, stored in one transaction with their audit events. */
  async upload(
    viewer: Viewer,
    educatorId: string,
    files: Array<Omit<NewEvidenceFile, 'districtId' | 'educatorId' | 'uploadedByAccountId' | 'kind'>>,
    request: ApiRequest,
  ): Promise<EvidenceFileModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      for (const file of files) {
        const id = await this.store(manager, {
          ...file,
          districtId: viewer.districtId,
          educatorId,
          uploadedByAccountId: viewer.accountId,
          kind: 'UPLOAD',
        });
        ids.push(id);
        await this.audit.record(manager, request, {
          districtId: viewer.districtId,
          actorAccountId: viewer.accountId,
          action: 'EVIDENCE_FILE_UPLOADED',
          entityType: 'evidence_file',
          entityId: id,
          details: {
            after: { educatorId, originalName: file.originalName, contentType: file.contentType, sizeBytes: file.content.length },
          },
        });
      }
      const rows: EvidenceFileRow[] = await manager.query(
        `SELECT ${EVIDENCE_FILE_COLUMNS} FROM evidence_file f WHERE f.district_id = $1 AND f.id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(rows.map((row) => [row.id, toEvidenceFileModel(row)]));
      return ids.map((id) => byId.get(id)!);
    });
  }

  /**
   * The file if the viewer may see its educator's records (teacher: own; principal: staff of their
   * schools; HR: the district; assessors: files in portfolios assigned to them), else null, which the controller answers as 404 whatever the reason.
   */
  async download(viewer: Viewer, id: string): Promise<EvidenceDownload | null> {
    if (!isUuid(id)) return null;
    const params = new SqlParams();
    const rows: Array<{ original_name: string; content_type: string; content: Buffer }> = await this.dataSource.query(
      `SELECT f.original_name, f.content_type, f.content FROM evidence_file f
        WHERE f.district_id = ${params.add(viewer.districtId)} AND f.id = ${params.add(id.toLowerCase())}
          AND ${viewer.role === Role.ASSESSOR ? assessorFileSql(viewer, params) : educatorAccessSql(viewer, 'f.educator_id', params)}`,
      params.values,
    );
    const row = rows[0];
    return row ? { originalName: row.original_name, contentType: row.content_type, content: row.content } : null;
  }

  /**
   * A file by id within the district the database scope is set to, for a shared link whose
   * signature the caller has checked (the link names the district and the file).
   */
  async sharedDownload(districtId: string, id: string): Promise<EvidenceDownload | null> {
    const rows: Array<{ original_name: string; content_type: string; content: Buffer }> = await this.dataSource.query(
      `SELECT f.original_name, f.content_type, f.content FROM evidence_file f WHERE f.district_id = $1 AND f.id = $2`,
      [districtId, id],
    );
    const row = rows[0];
    return row ? { originalName: row.original_name, contentType: row.content_type, content: row.content } : null;
  }

  /** Evidence of a PD record (batched per request); the record itself was already authorized. */
  filesOfRecord(request: object, viewer: Viewer, pdRecordId: string): Promise<EvidenceFileModel[]> {
    return requestLoader<string, EvidenceFileModel[]>(request, FILES_BY_RECORD, async (ids) => {
      const rows: Array<EvidenceFileRow & { pd_record_id: string }> = await this.dataSource.query(
        `SELECT ${EVIDENCE_FILE_COLUMNS}, l.pd_record_id FROM pd_record_evidence l
           JOIN evidence_file f ON f.district_id = l.district_id AND f.id = l.evidence_file_id
          WHERE l.district_id = $1 AND l.pd_record_id = ANY($2::uuid[])
          ORDER BY f.created_at, f.id`,
        [viewer.districtId, ids],
      );
      return groupByKeys(ids, rows, (row) => row.pd_record_id).map((group) => group.map(toEvidenceFileModel));
    }).load(pdRecordId);
  }

  /** The given files that belong to the educator (drafts list the files they reference). */
  async filesOfEducator(viewer: Viewer, educatorId: string, ids: readonly string[]): Promise<EvidenceFileModel[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows: EvidenceFileRow[] = await this.dataSource.query(
      `SELECT ${EVIDENCE_FILE_COLUMNS} FROM evidence_file f WHERE f.district_id = $1 AND f.educator_id = $2 AND f.id = ANY($3::uuid[])
        ORDER BY f.created_at, f.id`,
      [viewer.districtId, educatorId, valid],
    );
    return rows.map(toEvidenceFileModel);
  }
}

/** Assessors see a file only when it is evidence in a micro-credential portfolio assigned to them. */
function assessorFileSql(viewer: Viewer, params: SqlParams): string {
  return `EXISTS (SELECT 1 FROM mc_assessment a
      JOIN mc_portfolio_entry p ON p.district_id = a.district_id AND p.submission_id = a.submission_id
     WHERE a.district_id = f.district_id AND a.assessor_account_id = ${params.add(viewer.accountId)}
       AND f.id = ANY(p.evidence_file_ids))`;
}
