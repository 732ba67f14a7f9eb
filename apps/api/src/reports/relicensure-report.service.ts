import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { checkIntRange } from '../common/validation';
import { daysBetween } from '../domain/dates';
import { RenewalScanService, type ScannedEducator } from '../renewal-standing/renewal-scan.service';
import { SchoolsService } from '../schools/schools.service';
import { SortDirection } from '../staff/staff.model';
import { RelicensureSortField } from './dto/relicensure-filter.input';
import { yieldToEventLoop } from './event-loop';
import type { RelicensureCriteria } from './report-filters';
import {
  RelicensureReportPageModel,
  RelicensureRowModel,
  RelicensureStatusCountsModel,
  RelicensureSummaryModel,
} from './relicensure-report.model';
import { RENEWAL_STATUSES, type RelicensureReportRow, type RenewalStatus as ReportStatus } from './writers';
import { toGraphQLRenewalStatus } from '../domain/renewal-status';
import { normaliseLicenseType } from '../domain/license-type';

/** A report row with what the screen, the sort and the summary need beside the exported columns. */
export interface RelicensureEntry {
  row: RelicensureReportRow;
  licenseId: string;
  daysLeft: number;
  /** The educator's schools (id and name), in the order of `row.schools`. */
  schools: Array<{ id: string; name: string }>;
}

export interface ScanTuning {
  /** Educators per scan batch (default the scan's). */
  batchSize?: number;
}

/**
 * Batches a report scan fetches ahead: the per-batch record query dominates a district-wide
 * export (random index reads), and one more in flight overlaps them. Each batch in flight holds
 * three pooled connections, so more would starve other requests of connections (docs/benchmarks.md).
 */
export const REPORT_READ_AHEAD = 1;

/**
 * Educators per report scan batch. Records are evaluated as they arrive and not kept, so a batch
 * in memory is its results; larger batches mean fewer round trips per educator.
 */
export const REPORT_BATCH = 2_000;

const STATUS_RANK: Readonly<Record<ReportStatus, number>> = Object.fromEntries(RENEWAL_STATUSES.map((s, i) => [s, i])) as Record<
  ReportStatus,
  number
>;

/** One row per license the converter evaluated; the same figures as the educator's "My renewal". */
export function toRelicensureEntries(scanned: ScannedEducator): RelicensureEntry[] {
  const { educator } = scanned;
  return scanned.renewals.map(({ license, evaluation }) => ({
    licenseId: license.id,
    daysLeft: daysBetween(evaluation.asOf, evaluation.cycle.deadline),
    schools: scanned.schools,
    row: {
      educatorId: educator.id,
      stateEducatorId: educator.stateEducatorId,
      firstName: educator.firstName,
      lastName: educator.lastName,
      schools: scanned.schools.map((school) => school.name),
      licenseStateCode: license.stateCode,
      licenseType: license.licenseType,
      licenseNumber: license.number,
      cycleStart: evaluation.cycle.start,
      cycleEnd: evaluation.cycle.end,
      deadline: evaluation.cycle.deadline,
      unit: evaluation.unit.name,
      required: evaluation.required,
      earned: evaluation.earned,
      remaining: evaluation.remaining,
      categories: evaluation.categories.map((c) => ({
        id: c.id,
        label: c.label,
        required: c.required,
        earned: c.earned,
        met: c.met,
      })),
      status: evaluation.status,
      lastPdOn: scanned.lastPdOn,
    },
  }));
}

export function matchesCriteria(
  entry: RelicensureEntry,
  criteria: RelicensureCriteria,
  converterLicenseTypeId?: string,
): boolean {
  const { row } = entry;
  if (criteria.statuses && !criteria.statuses.has(row.status)) return false;
  if (criteria.deadlineBy !== null && row.deadline > criteria.deadlineBy) return false;
  if (
    criteria.licenseType !== null &&
    normaliseLicenseType(row.licenseType) !== criteria.licenseType &&
    converterLicenseTypeId !== criteria.licenseType
  ) {
    return false;
  }
  return true;
}

const byName = (a: RelicensureEntry, b: RelicensureEntry) =>
  cmp(a.row.lastName.toLowerCase(), b.row.lastName.toLowerCase()) ||
  cmp(a.row.firstName.toLowerCase(), b.row.firstName.toLowerCase()) ||
  cmp(a.row.educatorId, b.row.educatorId) ||
  cmp(a.row.licenseNumber, b.row.licenseNumber) ||
  cmp(a.licenseId, b.licenseId);

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Nulls (no school, no PD) sort last in both directions, like the staff table's "last PD".
function sortComparator(
  field: RelicensureSortField,
  direction: SortDirection,
): (a: RelicensureEntry, b: RelicensureEntry) => number {
  const sign = direction === SortDirection.DESC ? -1 : 1;
  const nullable = (x: string | null, y: string | null) =>
    x === null ? (y === null ? 0 : 1) : y === null ? -1 : sign * cmp(x, y);
  const primary: (a: RelicensureEntry, b: RelicensureEntry) => number = {
    [RelicensureSortField.NAME]: () => 0,
    [RelicensureSortField.SCHOOL]: (a: RelicensureEntry, b: RelicensureEntry) =>
      nullable(a.row.schools[0]?.toLowerCase() ?? null, b.row.schools[0]?.toLowerCase() ?? null),
    [RelicensureSortField.DEADLINE]: (a: RelicensureEntry, b: RelicensureEntry) => sign * cmp(a.row.deadline, b.row.deadline),
    [RelicensureSortField.REMAINING]: (a: RelicensureEntry, b: RelicensureEntry) =>
      sign * new Decimal(a.row.remaining).comparedTo(b.row.remaining),
    [RelicensureSortField.STATUS]: (a: RelicensureEntry, b: RelicensureEntry) =>
      sign * cmp(STATUS_RANK[a.row.status], STATUS_RANK[b.row.status]),
    [RelicensureSortField.LAST_PD]: (a: RelicensureEntry, b: RelicensureEntry) => nullable(a.row.lastPdOn, b.row.lastPdOn),
  }[field];
  const nameSign = field === RelicensureSortField.NAME ? sign : 1;
  return (a, b) => primary(a, b) || nameSign * byName(a, b);
}

export function toRowModel(entry: RelicensureEntry): RelicensureRowModel {
  const { row } = entry;
  return {
    educatorId: row.educatorId,
    firstName: row.firstName,
    lastName: row.lastName,
    stateEducatorId: row.stateEducatorId,
    schools: [...row.schools],
    licenseId: entry.licenseId,
    licenseStateCode: row.licenseStateCode,
    licenseType: row.licenseType,
    licenseNumber: row.licenseNumber,
    cycleStart: row.cycleStart,
    cycleEnd: row.cycleEnd,
    deadline: row.deadline,
    daysLeft: entry.daysLeft,
    unitName: row.unit,
    required: row.required,
    earned: row.earned,
    remaining: row.remaining,
    categories: row.categories.map((c) => ({ ...c })),
    status: toGraphQLRenewalStatus(row.status),
    lastPdOn: row.lastPdOn,
  };
}

function emptyCounts(): RelicensureStatusCountsModel {
  return { complete: 0, onTrack: 0, atRisk: 0, behind: 0, lapsed: 0, total: 0, educators: 0 };
}

const COUNT_KEY: Readonly<Record<ReportStatus, keyof RelicensureStatusCountsModel>> = {
  complete: 'complete',
  on_track: 'onTrack',
  at_risk: 'atRisk',
  behind: 'behind',
  lapsed: 'lapsed',
};

/**
 * The relicensure report: every figure comes from `RenewalScanService` (the converter with the
 * same rule resolution as "My renewal"). Rows are produced batch by batch in name order, so
 * exports stream in constant memory; the screen's sorted page keeps only the rows up to the page.
 */
@Injectable()
export class RelicensureReportService {
  constructor(
    private readonly scans: RenewalScanService,
    private readonly schools: SchoolsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Batches of matching entries, in name order; hands the event loop back between batches. */
  async *entryBatches(
    request: object,
    viewer: Viewer,
    criteria: RelicensureCriteria,
    tuning: ScanTuning = {},
  ): AsyncGenerator<RelicensureEntry[]> {
    const scan = this.scans.scan(
      request,
      viewer,
      { schoolIds: criteria.schoolIds },
      // Rows show renewal figures only: the records are read with just what the evaluation uses.
      {
        asOf: criteria.asOf,
        explain: false,
        batchSize: tuning.batchSize ?? REPORT_BATCH,
        readAhead: REPORT_READ_AHEAD,
        records: 'renewal',
      },
    );
    for await (const batch of scan) {
      const entries: RelicensureEntry[] = [];
      for (const scanned of batch) {
        const converterTypes = scanned.renewals.map((r) => r.evaluation.licenseType.id);
        toRelicensureEntries(scanned).forEach((entry, index) => {
          if (matchesCriteria(entry, criteria, converterTypes[index])) entries.push(entry);
        });
      }
      yield entries;
      await yieldToEventLoop();
    }
  }

  /** Matching rows one at a time, for the export writers. */
  async *rows(
    request: object,
    viewer: Viewer,
    criteria: RelicensureCriteria,
    tuning: ScanTuning = {},
  ): AsyncGenerator<RelicensureReportRow> {
    for await (const batch of this.entryBatches(request, viewer, criteria, tuning)) {
      for (const entry of batch) yield entry.row;
    }
  }

  /**
   * Rows grouped by primary school, schools by name, for the PDF's sections: one scan per school
   * (in the viewer's scope), each educator in the first school of theirs that is in scope, then
   * the educators with no school (HR's district-wide report only).
   */
  async *rowsBySchool(request: object, viewer: Viewer, criteria: RelicensureCriteria): AsyncGenerator<RelicensureReportRow> {
    const inScope = (await this.schools.listForViewer(viewer)).filter(
      (s) => criteria.schoolIds === null || criteria.schoolIds.includes(s.id),
    );
    const scopeIds = new Set(inScope.map((s) => s.id));
    for (const school of inScope) {
      for await (const batch of this.entryBatches(request, viewer, { ...criteria, schoolIds: [school.id] })) {
        for (const entry of batch) {
          const own = entry.schools.filter((s) => scopeIds.has(s.id));
          if (own[0]?.id !== school.id) continue;
          // The section's school first, so the writer groups by it; the others follow.
          yield {
            ...entry.row,
            schools: [school.name, ...entry.row.schools.filter((name, i) => entry.schools[i]!.id !== school.id)],
          };
        }
      }
    }
    if (criteria.schoolIds === null && (await this.hasEducatorsWithoutSchool(viewer))) {
      for await (const batch of this.entryBatches(request, viewer, criteria)) {
        for (const entry of batch) if (entry.schools.length === 0) yield entry.row;
      }
    }
  }

  async page(
    request: object,
    viewer: Viewer,
    criteria: RelicensureCriteria,
    sort: { field: RelicensureSortField; direction: SortDirection; offset: number; limit: number },
  ): Promise<RelicensureReportPageModel> {
    checkIntRange('offset', sort.offset, 0, 100_000);
    checkIntRange('limit', sort.limit, 1, 200);
    const keep = sort.offset + sort.limit;
    const compare = sortComparator(sort.field, sort.direction);
    let kept: RelicensureEntry[] = [];
    let totalCount = 0;
    const inNameOrder = sort.field === RelicensureSortField.NAME && sort.direction === SortDirection.ASC;
    for await (const batch of this.entryBatches(request, viewer, criteria)) {
      for (const entry of batch) {
        totalCount += 1;
        // Scan order is name order: for the default sort only the page itself is kept.
        if (inNameOrder) {
          if (totalCount > sort.offset && totalCount <= keep) kept.push(entry);
        } else {
          kept.push(entry);
        }
      }
      // Other sorts keep the best `offset + limit` rows seen so far: memory bounded by the page.
      if (!inNameOrder && kept.length > 2 * keep + 1000) kept = kept.sort(compare).slice(0, keep);
    }
    const rows = inNameOrder ? kept.sort(compare) : kept.sort(compare).slice(sort.offset, keep);
    return { asOf: criteria.asOf, totalCount, rows: rows.map(toRowModel) };
  }

  async summary(request: object, viewer: Viewer, criteria: RelicensureCriteria): Promise<RelicensureSummaryModel> {
    const schools = (await this.schools.listForViewer(viewer)).filter(
      (s) => criteria.schoolIds === null || criteria.schoolIds.includes(s.id),
    );
    // Scans yield an educator's licenses together, so "distinct educators" needs only the last id.
    const bySchool = new Map(
      schools.map((s) => [s.id, { schoolId: s.id, schoolName: s.name, counts: emptyCounts(), lastEducator: '' }]),
    );
    const totals = emptyCounts();
    let lastEducator = '';
    for await (const batch of this.entryBatches(request, viewer, criteria)) {
      for (const entry of batch) {
        const key = COUNT_KEY[entry.row.status];
        totals[key] += 1;
        totals.total += 1;
        if (lastEducator !== entry.row.educatorId) {
          lastEducator = entry.row.educatorId;
          totals.educators += 1;
        }
        for (const school of entry.schools) {
          const group = bySchool.get(school.id);
          if (!group) continue;
          group.counts[key] += 1;
          group.counts.total += 1;
          if (group.lastEducator !== entry.row.educatorId) {
            group.lastEducator = entry.row.educatorId;
            group.counts.educators += 1;
          }
        }
      }
    }
    return {
      asOf: criteria.asOf,
      bySchool: [...bySchool.values()].map(({ schoolId, schoolName, counts }) => ({ schoolId, schoolName, counts })),
      totals,
    };
  }

  private async hasEducatorsWithoutSchool(viewer: Viewer): Promise<boolean> {
    const rows: Array<{ found: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM educator e WHERE e.district_id = $1 AND e.active
         AND NOT EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id AND es.educator_id = e.id)) AS found`,
      [viewer.districtId],
    );
    return rows[0]?.found === true;
  }
}
