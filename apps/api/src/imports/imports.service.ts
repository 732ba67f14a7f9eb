import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ApiRequest } from '../access/viewer';
import { badRequest, badUserInput, DomainError, notFound, ServiceUnavailableError } from '../common/errors';
import { todayIsoDate } from '../common/school-year';
import { ImportCounts, publishImportAudit, SyncContext } from './import-sync-context';
import { ImportCountsModel, ImportKind, ImportProblemModel, ImportRunModel, ImportStatus } from './import-run.model';
import {
  DEFAULT_MAX_PROBLEMS,
  FileMode,
  ImportContainerError,
  ImportProblem,
  ImportSource,
  parseOneRoster,
  parsePlainRoster,
  parseTranscript,
  ProblemCollector,
  ProblemTally,
  RosterImport,
} from './parsing';
import { RosterSync } from './roster-sync';
import { TranscriptSync } from './transcript-sync';

/** One uploaded file, held in memory (uploads are size-limited before they get here). */
export interface ImportUpload {
  name: string;
  buffer: Buffer;
}

/** Who is importing, for the run and the audit trail (null account and request: the CLI). */
export interface ImportActor {
  districtId: string;
  accountId: string | null;
  request: ApiRequest | null;
}

/** The upload itself cannot be read (not a zip, a zip bomb, wrong files): nothing was stored. */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportInputError';
  }
}

const MAX_FILES = 8;
const ONEROSTER_FILES = new Set(['manifest.csv', 'orgs.csv', 'users.csv', 'roles.csv']);
// Stored uploads of previews nobody applied are dropped after a week; the run row stays.
const PREVIEW_FILE_RETENTION_DAYS = 7;
const ANALYZE_AFTER_CREATES = 1000;

interface RunResult {
  format: string | null;
  mode: 'bulk' | 'delta' | 'mixed' | null;
  counts: ImportCounts;
  tally: ProblemTally;
}

interface ImportRunRow {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  format: string | null;
  mode: string | null;
  file_names: string[];
  created_at: Date;
  created_by_name: string | null;
  applied_at: Date | null;
  applied_by_name: string | null;
  counts: ImportCounts;
  problems: ImportProblem[];
  problem_count: number;
  error_count: number;
  warning_count: number;
  problems_truncated: boolean;
  failure_message: string | null;
  has_files: boolean;
}

const RUN_SELECT = `SELECT r.id, r.kind, r.status, r.format, r.mode, r.file_names, r.created_at, c.display_name AS created_by_name,
    r.applied_at, a.display_name AS applied_by_name, r.counts, r.problems, r.problem_count, r.error_count, r.warning_count,
    r.problems_truncated, r.failure_message, EXISTS (SELECT 1 FROM import_file f WHERE f.import_run_id = r.id) AS has_files
  FROM import_run r
  LEFT JOIN user_account c ON c.id = r.created_by_account_id
  LEFT JOIN user_account a ON a.id = r.applied_by_account_id`;

/**
 * Roster and transcript imports: `preview` parses an upload, diffs it against the district
 * (reads only) and stores the run and, when it can be applied, the files; `apply` re-reads the
 * stored files and diffs again inside one transaction, writing as it goes, so what is applied is
 * checked against the data as it is at that moment. Any problem or error rolls everything back.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(kind: ImportKind, uploads: ImportUpload[], actor: ImportActor): Promise<ImportRunModel> {
    checkUploads(kind, uploads);
    const id = randomUUID();
    const result = await this.runImport(kind, uploads, this.context(this.dataSource.manager, actor, id, false));
    const canStore = result.tally.errorCount === 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO import_run (id, district_id, kind, format, mode, file_names, total_bytes, status, created_by_account_id, counts, problems,
            problem_count, error_count, warning_count, problems_truncated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'PREVIEW', $8, $9, $10, $11, $12, $13, $14)`,
        [
          id,
          actor.districtId,
          kind,
          result.format,
          result.mode,
          uploads.map((u) => u.name),
          uploads.reduce((sum, u) => sum + u.buffer.length, 0),
          actor.accountId,
          JSON.stringify(result.counts),
          JSON.stringify(result.tally.problems),
          result.tally.problemCount,
          result.tally.errorCount,
          result.tally.warningCount,
          result.tally.truncated,
        ],
      );
      // Only an upload that can be applied is kept; one with errors must be fixed and re-uploaded.
      if (canStore) {
        for (const [position, upload] of uploads.entries()) {
          await manager.query(
            `INSERT INTO import_file (district_id, import_run_id, position, name, byte_size, content) VALUES ($1, $2, $3, $4, $5, $6)`,
            [actor.districtId, id, position, upload.name, upload.buffer.length, upload.buffer],
          );
        }
      }
      await manager.query(
        `DELETE FROM import_file f USING import_run r
          WHERE f.import_run_id = r.id AND r.district_id = $1 AND r.created_at < now() - make_interval(days => $2)`,
        [actor.districtId, PREVIEW_FILE_RETENTION_DAYS],
      );
    });
    return this.findRun(actor.districtId, id);
  }

  async apply(kind: ImportKind, importId: string, actor: ImportActor): Promise<ImportRunModel> {
    const run = await this.findRun(actor.districtId, importId);
    const other = kind === ImportKind.ROSTER ? 'applyTranscriptImport' : 'applyRosterImport';
    if (run.kind !== kind)
      throw badUserInput('importId', importId, `is a ${run.kind.toLowerCase()} import; apply it with ${other}`);
    if (run.status !== ImportStatus.PREVIEW)
      throw badUserInput(
        'importId',
        importId,
        `was already ${run.status === ImportStatus.APPLIED ? 'applied' : 'tried and failed'}; upload the file again for a new preview`,
      );
    if (run.errorCount > 0)
      throw badUserInput('importId', importId, `has ${run.errorCount} error(s) in its preview; fix the file and upload it again`);

    let result: RunResult | null = null;
    // Committed before the transaction starts: if the transaction ends without an outcome (the
    // database went away, the process died), pdledger_fail_interrupted_imports (ImportApplySweeper)
    // records the run as FAILED once it can take this district's import lock.
    await this.dataSource.query(
      `UPDATE import_run SET apply_started_at = now() WHERE district_id = $1 AND id = $2 AND status = 'PREVIEW'`,
      [actor.districtId, importId],
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        // One import per district at a time, and each run applied once even if clicked twice.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('pd-ledger:import:' || $1))`, [actor.districtId]);
        const locked: Array<{ status: string }> = await manager.query(
          `SELECT status FROM import_run WHERE district_id = $1 AND id = $2 FOR UPDATE`,
          [actor.districtId, importId],
        );
        if (locked[0]?.status !== ImportStatus.PREVIEW) throw badUserInput('importId', importId, 'was already applied');
        const files: Array<{ name: string; content: Buffer }> = await manager.query(
          `SELECT name, content FROM import_file WHERE district_id = $1 AND import_run_id = $2 ORDER BY position`,
          [actor.districtId, importId],
        );
        if (files.length === 0)
          throw badUserInput(
            'importId',
            importId,
            'has no stored files any more (previews are kept for a week); upload the file again',
          );
        result = await this.runImport(
          kind,
          files.map((file) => ({ name: file.name, buffer: file.content })),
          this.context(manager, actor, importId, true),
        );
        if (result.tally.errorCount > 0) throw new ApplyProblemsError(result);
        await publishImportAudit(manager);
        await manager.query(
          `UPDATE import_run SET status = 'APPLIED', applied_at = now(), applied_by_account_id = $3, counts = $4, problems = $5, problem_count = $6,
              error_count = 0, warning_count = $7, problems_truncated = $8
            WHERE district_id = $1 AND id = $2`,
          [
            actor.districtId,
            importId,
            actor.accountId,
            JSON.stringify(result.counts),
            JSON.stringify(result.tally.problems),
            result.tally.problemCount,
            result.tally.warningCount,
            result.tally.truncated,
          ],
        );
        await manager.query(`DELETE FROM import_file WHERE district_id = $1 AND import_run_id = $2`, [
          actor.districtId,
          importId,
        ]);
        // After a large first import the planner's statistics still describe nearly empty tables;
        // refresh them so the next preview uses the indexes (measured: 6 s -> 1 s at 10,000 rows).
        const created = (result.counts.educators?.create ?? 0) + (result.counts.pdRecords?.create ?? 0);
        if (created >= ANALYZE_AFTER_CREATES)
          await manager.query(
            `SELECT pdledger_analyze(ARRAY['educator', 'educator_school', 'user_account', 'user_account_school', 'pd_record', 'transcript_record'])`,
          );
        await this.audit.record(manager, actor.request, {
          districtId: actor.districtId,
          actorAccountId: actor.accountId,
          action: kind === ImportKind.ROSTER ? 'ROSTER_IMPORT_APPLIED' : 'TRANSCRIPT_IMPORT_APPLIED',
          entityType: 'import_run',
          entityId: importId,
          details: { fileNames: run.fileNames, format: result.format, mode: result.mode, counts: result.counts },
        });
      });
    } catch (error) {
      // The database is away: nothing can be recorded now; the sweep records the run once it is back.
      if (error instanceof ServiceUnavailableError) throw error;
      if (error instanceof DomainError) {
        // Refused before changing anything: the run stays a preview, not an interrupted apply.
        await this.dataSource.query(
          `UPDATE import_run SET apply_started_at = NULL WHERE district_id = $1 AND id = $2 AND status = 'PREVIEW'`,
          [actor.districtId, importId],
        );
        throw error;
      }
      // The transaction was rolled back: nothing changed. Record why on the run.
      const problems = error instanceof ApplyProblemsError ? error.result.tally : null;
      const message = problems
        ? `The data changed since the preview: ${problems.errorCount} problem(s), first: ${describeProblem(problems.problems.find((p) => p.severity === 'error'))}. Nothing was changed.`
        : `The import could not be applied and nothing was changed: ${error instanceof Error ? error.message : String(error)}`;
      await this.dataSource.query(
        `UPDATE import_run SET status = 'FAILED', failure_message = left($3, 2000),
            problems = coalesce($4::jsonb, problems), problem_count = coalesce($5, problem_count), error_count = coalesce($6, error_count)
          WHERE district_id = $1 AND id = $2`,
        [
          actor.districtId,
          importId,
          message,
          problems ? JSON.stringify(problems.problems) : null,
          problems?.problemCount ?? null,
          problems?.errorCount ?? null,
        ],
      );
      if (problems) throw badRequest(message, 'importId');
      throw error;
    }
    return this.findRun(actor.districtId, importId);
  }

  async findRun(districtId: string, id: string): Promise<ImportRunModel> {
    const rows: ImportRunRow[] = await this.dataSource.query(`${RUN_SELECT} WHERE r.district_id = $1 AND r.id = $2`, [
      districtId,
      id,
    ]);
    if (!rows[0]) throw notFound('Import');
    return toModel(rows[0]);
  }

  async listRuns(districtId: string, kind: ImportKind | null, offset: number, limit: number): Promise<ImportRunModel[]> {
    const rows: ImportRunRow[] = await this.dataSource.query(
      `${RUN_SELECT} WHERE r.district_id = $1 AND ($2::text IS NULL OR r.kind = $2) ORDER BY r.created_at DESC, r.id OFFSET $3 LIMIT $4`,
      [districtId, kind, offset, limit],
    );
    return rows.map(toModel);
  }

  private context(manager: EntityManager, actor: ImportActor, importRunId: string, write: boolean): SyncContext {
    return {
      manager,
      districtId: actor.districtId,
      write,
      actorAccountId: actor.accountId,
      importRunId,
      ip: actor.request?.ip ?? null,
      requestId: actor.request?.id !== undefined ? String(actor.request.id) : null,
      problems: new ProblemCollector(DEFAULT_MAX_PROBLEMS),
    };
  }

  private async runImport(kind: ImportKind, uploads: ImportUpload[], context: SyncContext): Promise<RunResult> {
    try {
      return kind === ImportKind.ROSTER ? await this.runRoster(uploads, context) : await this.runTranscript(uploads[0], context);
    } catch (error) {
      if (error instanceof ImportContainerError) throw new ImportInputError(error.message);
      throw error;
    }
  }

  private async runRoster(uploads: ImportUpload[], context: SyncContext): Promise<RunResult> {
    const plain = isPlainRoster(uploads);
    const sync = await RosterSync.start(context, plain);
    const parser: RosterImport = plain
      ? parsePlainRoster(uploads[0])
      : parseOneRoster(rosterSource(uploads), { knownOrgSourcedIds: sync.knownSchoolKeys() });
    for await (const batch of parser.batches()) await sync.batch(batch);
    const summary = parser.summary();
    const modeOf = (name: string): FileMode | 'absent' | null =>
      plain ? 'bulk' : (summary.files.find((file) => file.file.toLowerCase() === name)?.mode ?? null);
    // With errors nothing can be applied, and rows left out would look like people to deactivate.
    if (summary.errorCount === 0 && context.problems.errorCount === 0)
      await sync.finish({ schools: modeOf('orgs.csv'), educators: modeOf('users.csv') });
    const users = modeOf('users.csv');
    const orgs = modeOf('orgs.csv');
    const mode =
      users === 'bulk' || users === 'delta' ? (orgs === users || orgs === 'absent' || orgs === null ? users : 'mixed') : null;
    // Rows the parser left out on purpose (students and guardians, the district's own org and other
    // non-school orgs) are skipped rows too: the preview counts them where people look for them.
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
    const counts = {
      ...sync.counts,
      schools: { ...sync.counts.schools, skipped: sync.counts.schools.skipped + total(summary.skippedOrgs) },
      educators: { ...sync.counts.educators, skipped: sync.counts.educators.skipped + total(summary.skippedUsers) },
    };
    return { format: summary.format, mode, counts, tally: mergeProblems(summary, context.problems.tally()) };
  }

  private async runTranscript(upload: ImportUpload, context: SyncContext): Promise<RunResult> {
    const sync = new TranscriptSync(context, upload.name);
    const parser = parseTranscript(upload, { today: todayIsoDate() });
    for await (const rows of parser.batches()) await sync.batch(rows);
    return {
      format: 'transcript-csv',
      mode: 'delta',
      counts: sync.counts,
      tally: mergeProblems(parser.summary(), context.problems.tally()),
    };
  }
}

class ApplyProblemsError extends Error {
  constructor(readonly result: RunResult) {
    super('The import has problems');
  }
}

function describeProblem(problem: ImportProblem | undefined): string {
  if (!problem) return 'unknown';
  const where = [
    problem.file,
    problem.line !== undefined ? `line ${problem.line}` : null,
    problem.column ? `column ${problem.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** Parser problems first (they come in file order), then database problems; one cap for both. */
function mergeProblems(parsed: ProblemTally, found: ProblemTally): ProblemTally {
  const problems = [...parsed.problems, ...found.problems].slice(0, DEFAULT_MAX_PROBLEMS);
  const problemCount = parsed.problemCount + found.problemCount;
  return {
    problems,
    problemCount,
    errorCount: parsed.errorCount + found.errorCount,
    warningCount: parsed.warningCount + found.warningCount,
    truncated: problemCount > problems.length,
  };
}

function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).trim();
}

function isZip(upload: ImportUpload): boolean {
  return (
    upload.name.toLowerCase().endsWith('.zip') || (upload.buffer.length >= 4 && upload.buffer.readUInt32LE(0) === 0x04034b50)
  );
}

function isPlainRoster(uploads: ImportUpload[]): boolean {
  return uploads.length === 1 && !isZip(uploads[0]) && !ONEROSTER_FILES.has(baseName(uploads[0].name).toLowerCase());
}

function rosterSource(uploads: ImportUpload[]): ImportSource {
  if (uploads.length === 1 && isZip(uploads[0])) return { kind: 'zip', buffer: uploads[0].buffer };
  return { kind: 'files', files: uploads.map((upload) => ({ name: baseName(upload.name), buffer: upload.buffer })) };
}

/** Refuses uploads that cannot be an import at all, before anything is parsed or stored. */
function checkUploads(kind: ImportKind, uploads: ImportUpload[]): void {
  if (uploads.length === 0) throw new ImportInputError('No file was uploaded.');
  if (uploads.length > MAX_FILES)
    throw new ImportInputError(`At most ${MAX_FILES} files can be uploaded at once; ${uploads.length} were sent.`);
  for (const upload of uploads) {
    const name = baseName(upload.name);
    if (name.length === 0 || name.length > 255)
      throw new ImportInputError('Every uploaded file needs a name of 1 to 255 characters.');
    if (upload.buffer.length === 0) throw new ImportInputError(`${name} is empty (0 bytes).`);
  }
  if (kind === ImportKind.TRANSCRIPT) {
    if (uploads.length !== 1 || isZip(uploads[0])) throw new ImportInputError('A transcript import is one CSV file.');
    return;
  }
  if (uploads.length > 1) {
    if (uploads.some(isZip)) throw new ImportInputError('Upload either one OneRoster .zip or its CSV files, not both.');
    const unknown = uploads.map((u) => baseName(u.name)).filter((name) => !ONEROSTER_FILES.has(name.toLowerCase()));
    if (unknown.length > 0) {
      throw new ImportInputError(
        `Several files were uploaded, so they are read as OneRoster CSV files; ${unknown.join(', ')} is not one of manifest.csv, orgs.csv, users.csv, roles.csv.`,
      );
    }
  }
}

function toModel(row: ImportRunRow): ImportRunModel {
  const counts: ImportCountsModel = {
    schools: row.counts.schools ?? null,
    educators: row.counts.educators ?? null,
    accounts: row.counts.accounts ?? null,
    pdRecords: row.counts.pdRecords ?? null,
  };
  const problems: ImportProblemModel[] = row.problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    file: p.file,
    line: p.line ?? null,
    column: p.column ?? null,
    value: p.value ?? null,
    message: p.message,
  }));
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    format: row.format,
    mode: row.mode,
    fileNames: row.file_names,
    createdAt: new Date(row.created_at).toISOString(),
    createdByName: row.created_by_name,
    appliedAt: row.applied_at ? new Date(row.applied_at).toISOString() : null,
    appliedByName: row.applied_by_name,
    counts,
    problemCount: row.problem_count,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    problemsTruncated: row.problems_truncated,
    problems,
    failureMessage: row.failure_message,
    canApply: row.status === ImportStatus.PREVIEW && row.error_count === 0 && row.has_files,
  };
}
