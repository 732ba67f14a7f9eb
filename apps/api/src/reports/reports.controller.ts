import { ExportIntentGuard } from './export-intent.guard';
import { Controller, Get, Logger, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Roles, STAFF_ROLES } from '../access/decorators';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { NotFoundError, unauthenticated } from '../common/errors';
import { todayIsoDate } from '../common/school-year';
import { resolveAsOf } from '../renewals/renewals.service';
import { DistrictsService } from '../districts/districts.service';
import { attachmentDisposition } from '../evidence/evidence-content';
import { SchoolsService } from '../schools/schools.service';
import { LaneChangeReportService } from './lane-change-report.service';
import { compensationColumns } from './compensation-columns';
import { fileSlug, stateCategoryColumns } from './report-columns';
import {
  parseLaneChangeQuery,
  parseRelicensureQuery,
  parseTranscriptQuery,
  resolveLaneChangeCriteria,
  resolveRelicensureCriteria,
} from './report-filters';
import { RelicensureReportService } from './relicensure-report.service';
import { StateHourUploadService } from './state-hour-upload.service';
import { TranscriptService } from './transcript.service';
import {
  laneChangeColumns,
  relicensureColumns,
  stateHourUploadColumns,
  writeCsv,
  writeLaneChangePdf,
  writeRelicensurePdf,
  writeTranscriptPdf,
  writeXlsx,
  type ReportMeta,
} from './writers';

type Format = 'csv' | 'xlsx' | 'pdf';

const CONTENT_TYPES: Readonly<Record<Format, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function parseFormat(raw: string, allowed: readonly Format[]): Format {
  if ((allowed as readonly string[]).includes(raw)) return raw as Format;
  throw new NotFoundError(`Unknown export format "${raw}"; use ${allowed.join(', ')}`);
}

/**
 * Report exports over plain HTTP (a download link, so no GraphQL): the session cookie, the same
 * roles and scopes as the report screens, and the screens' filters as query parameters, checked
 * before anything is written (400 naming the parameter and value). Rows stream from the renewal
 * scan straight into the writer and the response — nothing is collected — and the writers wait
 * for the socket to drain, so a slow client slows the scan instead of filling memory. Every
 * export writes an audit event with who, which report, the filters and the row count.
 *
 * - `GET /api/reports/relicensure/{csv,xlsx,pdf}` (HR: the district; principals: their schools)
 *   `?school=&status=at_risk,behind&deadlineWithinDays=&licenseType=&asOf=`
 * - `GET /api/reports/state-hour-upload/{csv,xlsx}` (HR), the same filters
 * - `GET /api/reports/lane-change/{csv,xlsx,pdf}` (HR) `?school=&asOf=`
 * - `GET /api/reports/transcripts/:educatorId` (a PDF; teachers: themselves; principals: their
 *   schools' staff; HR: the district) `?licenseId=&asOf=`
 */
@Controller('api/reports')
@UseGuards(ExportIntentGuard)
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(
    private readonly relicensure: RelicensureReportService,
    private readonly stateUpload: StateHourUploadService,
    private readonly laneChange: LaneChangeReportService,
    private readonly transcripts: TranscriptService,
    private readonly schools: SchoolsService,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Get('relicensure/:format')
  async relicensureExport(
    @Param('format') rawFormat: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(request, response, async (viewer) => {
      const format = parseFormat(rawFormat, ['csv', 'xlsx', 'pdf']);
      const criteria = await resolveRelicensureCriteria(viewer, this.schools, parseRelicensureQuery(query));
      const district = await this.districts.viewerDistrict(viewer);
      const meta = this.meta('Relicensure report', district.name, criteria.applied);
      const columns = relicensureColumns({ categories: stateCategoryColumns(district.stateCode) });
      return {
        report: 'relicensure',
        format,
        filters: criteria.values,
        fileName: `relicensure-${fileSlug(district.name)}-${todayIsoDate()}.${format}`,
        write: async () => {
          if (format === 'csv')
            return writeCsv(this.relicensure.rows(request, viewer, criteria), columns, response, { bom: true });
          if (format === 'xlsx')
            return writeXlsx(this.relicensure.rows(request, viewer, criteria), columns, response, {
              sheetName: 'Relicensure',
              meta,
            });
          return writeRelicensurePdf(this.relicensure.rowsBySchool(request, viewer, criteria), response, { meta });
        },
      };
    });
  }

  @Roles(Role.HR_ADMIN)
  @Get('state-hour-upload/:format')
  async stateHourUploadExport(
    @Param('format') rawFormat: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(request, response, async (viewer) => {
      const format = parseFormat(rawFormat, ['csv', 'xlsx']);
      const criteria = await resolveRelicensureCriteria(viewer, this.schools, parseRelicensureQuery(query));
      const district = await this.districts.viewerDistrict(viewer);
      const meta = this.meta('State hour upload', district.name, criteria.applied);
      const columns = stateHourUploadColumns();
      return {
        report: 'state-hour-upload',
        format,
        filters: criteria.values,
        fileName: `state-hour-upload-${fileSlug(district.name)}-${todayIsoDate()}.${format}`,
        write: async () => {
          // State portals read plain UTF-8 without a byte order mark.
          if (format === 'csv')
            return writeCsv(this.stateUpload.rows(request, viewer, criteria), columns, response, { bom: false });
          return writeXlsx(this.stateUpload.rows(request, viewer, criteria), columns, response, { sheetName: 'Hours', meta });
        },
      };
    });
  }

  @Roles(Role.HR_ADMIN)
  @Get('lane-change/:format')
  async laneChangeExport(
    @Param('format') rawFormat: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(request, response, async (viewer) => {
      const format = parseFormat(rawFormat, ['csv', 'xlsx', 'pdf']);
      const criteria = await resolveLaneChangeCriteria(viewer, this.schools, parseLaneChangeQuery(query));
      const district = await this.districts.viewerDistrict(viewer);
      const meta = this.meta('Lane-change report', district.name, criteria.applied);
      const columns = laneChangeColumns();
      const rows = () => this.laneChange.rows(request, viewer, criteria);
      return {
        report: 'lane-change',
        format,
        filters: criteria.values,
        fileName: `lane-change-${fileSlug(district.name)}-${todayIsoDate()}.${format}`,
        write: async () => {
          if (format === 'csv') return writeCsv(rows(), columns, response, { bom: true });
          if (format === 'xlsx') return writeXlsx(rows(), columns, response, { sheetName: 'Lane changes', meta });
          return writeLaneChangePdf(rows(), response, { meta });
        },
      };
    });
  }

  @Roles(Role.HR_ADMIN)
  @Get('compensation/:format')
  async compensationExport(
    @Param('format') rawFormat: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(request, response, async (viewer) => {
      const format = parseFormat(rawFormat, ['csv', 'xlsx']);
      const criteria = await resolveLaneChangeCriteria(viewer, this.schools, parseLaneChangeQuery(query));
      const district = await this.districts.viewerDistrict(viewer);
      const meta = this.meta('Micro-credential pay', district.name, criteria.applied);
      const rows = () => this.laneChange.compensationRows(request, viewer, criteria);
      return {
        report: 'compensation',
        format,
        filters: criteria.values,
        fileName: `micro-credential-pay-${fileSlug(district.name)}-${todayIsoDate()}.${format}`,
        write: async () => {
          if (format === 'csv') return writeCsv(rows(), compensationColumns(), response, { bom: true });
          return writeXlsx(rows(), compensationColumns(), response, { sheetName: 'Micro-credential pay', meta });
        },
      };
    });
  }

  @Roles(...STAFF_ROLES)
  @Get('transcripts/:educatorId')
  async transcriptExport(
    @Param('educatorId') educatorId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(request, response, async (viewer) => {
      const { licenseId, asOf } = parseTranscriptQuery(query);
      const input = await this.transcripts.transcript(request, viewer, educatorId, licenseId, resolveAsOf(asOf));
      const name = fileSlug(`${input.educator.lastName} ${input.educator.firstName}`);
      return {
        report: 'transcript',
        format: 'pdf' as const,
        filters: { educatorId: input.educator.id, licenseId, asOf: asOf ?? null },
        fileName: `pd-transcript-${name}-${fileSlug(input.district.name)}-${todayIsoDate()}.pdf`,
        write: async () => ({ rowCount: (await writeTranscriptPdf(input, response)).recordCount }),
      };
    });
  }

  private meta(title: string, districtName: string, filters: ReportMeta['filters']): ReportMeta {
    return { title, districtName, generatedAt: new Date(), timeZone: 'UTC', filters };
  }

  /**
   * Checks the request (answering 400/403/404 as JSON before any byte of the file), then streams
   * the file and audits it. A failure after the first byte can no longer change the status: the
   * connection is cut so the client sees a failed download, never a silently truncated file.
   */
  private async export(
    request: ApiRequest,
    response: Response,
    prepare: (viewer: Viewer) => Promise<{
      report: string;
      format: Format;
      filters: Record<string, unknown>;
      fileName: string;
      write: () => Promise<{ rowCount: number }>;
    }>,
  ): Promise<void> {
    const viewer = request.viewer;
    if (!viewer) throw unauthenticated();
    // Bad filters and unknown formats are domain errors: the HTTP filter answers them before any byte is written.
    const plan = await prepare(viewer);
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPES[plan.format]);
    response.setHeader('Content-Disposition', attachmentDisposition(plan.fileName));
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const started = Date.now();
    let rowCount: number | null = null;
    let failure: unknown = null;
    try {
      rowCount = (await plan.write()).rowCount;
    } catch (error) {
      failure = error;
      if (!response.destroyed) response.destroy(error instanceof Error ? error : undefined);
    }
    try {
      await this.audit.record(this.dataSource.manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'REPORT_EXPORTED',
        entityType: 'report',
        details: {
          report: plan.report,
          format: plan.format,
          filters: plan.filters,
          rowCount,
          fileName: plan.fileName,
          completed: failure === null,
          durationMs: Date.now() - started,
        },
      });
    } catch (error) {
      this.logger.error(`Could not audit the ${plan.report} export: ${String(error)}`);
    }
    if (failure !== null && !isClientAbort(failure)) this.logger.error(`The ${plan.report} export failed: ${String(failure)}`);
  }
}

function isClientAbort(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}
