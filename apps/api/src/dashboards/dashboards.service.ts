import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { forbidden, notFound } from '../common/errors';
import { resolveSchoolYear, schoolYearRange, todayIsoDate, type SchoolYearRange } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { checkIntRange, parseUuid } from '../common/validation';
import { RenewalStandingStore } from '../renewal-standing/renewal-standing-store';
import { type ComputedFigures, FiguresSnapshotStore } from '../figures-snapshot/figures-snapshot-store';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { COUNTED_STATUSES, PdStatus } from '../domain/pd-enums';
import { SchoolsService } from '../schools/schools.service';
import { StaffService } from '../staff/staff.service';
import type {
  ActionQueueModel,
  AttentionRowModel,
  CompetencyAreaTotalModel,
  DistrictDashboardModel,
  NamedTotalModel,
  SchoolDashboardModel,
  TrendMonthModel,
} from './dashboards.model';
import {
  addToCounts,
  attentionReasons,
  compareAttention,
  emptyStatusCounts,
  type RenewalStanding,
} from '../renewal-standing/renewal-standing';
import { canSeeSchoolFigures, educatorAccessSql } from '../access/access-scope';
import { EDUCATOR_COLUMNS, type EducatorModel, type EducatorRow, toEducatorModel } from '../educators/educator.model';

const EXPIRING_WINDOWS = [90, 180, 365] as const;
const DEFAULT_EXPIRING_LIMIT = 100;
const IMPORT_PROBLEM_DAYS = 30;

/**
 * The principal's and HR's homes. Renewal figures come from the converter, exactly as each
 * teacher's own view, through the stored standings (`RenewalStandingStore`): refreshed where stale
 * (any change to a person's PD or licenses, or the district's rules, since they were computed;
 * or a new day), then read; plain PD sums are SQL.
 */
@Injectable()
export class DashboardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schools: SchoolsService,
    private readonly staff: StaffService,
    private readonly standings: RenewalStandingStore,
    private readonly snapshots: FiguresSnapshotStore,
  ) {}

  async schoolDashboard(viewer: Viewer, schoolIdValue: string, schoolYear?: number | null): Promise<SchoolDashboardModel> {
    if (viewer.role !== Role.HR_ADMIN && viewer.role !== Role.PRINCIPAL) throw forbidden();
    const range = resolveSchoolYear(schoolYear);
    const schoolId = parseUuid('schoolId', schoolIdValue);
    // As findReportable answers: a school the viewer may not report on is not found. (A stored
    // answer exists only for a school that was found; deleting it moves the figures counter.)
    if (!canSeeSchoolFigures(viewer, schoolId)) throw notFound('School');
    const asOf = todayIsoDate();
    return this.snapshots.answer(viewer, ['schoolDashboard', schoolId, range.schoolYear], asOf, async () => ({
      value: await this.computeSchoolDashboard(viewer, schoolId, range, asOf),
    }));
  }

  private async computeSchoolDashboard(
    viewer: Viewer,
    schoolId: string,
    range: SchoolYearRange,
    asOf: string,
  ): Promise<SchoolDashboardModel> {
    const school = await this.schools.findReportable(viewer, schoolId);
    if (!school) throw notFound('School');
    const pdEnd = range.end < asOf ? range.end : asOf;

    // Renewal figures: the stored standings of the school's staff, brought up to date first (the
    // converter runs only for those whose PD, licenses or rules changed since, or on a new day).
    const [pdByMonth, competencyAreas, staff] = await Promise.all([
      this.staff.pdHoursByMonthOf(viewer, [school.id], range),
      this.competencyAreas(viewer, schoolId, range),
      this.standings
        .refresh(viewer, { schoolIds: [schoolId] }, asOf)
        .then(() => this.schoolStaff(viewer, schoolId, asOf, range.start, pdEnd)),
    ]);
    const standings = await this.standings.read(
      viewer,
      asOf,
      staff.map((row) => row.educator.id),
    );

    const counts = emptyStatusCounts();
    const attention: Array<AttentionRowModel & { standing: RenewalStanding | null }> = [];
    for (const person of staff) {
      const standing = standings.get(person.educator.id) ?? null;
      addToCounts(counts, standing);
      const reasons = attentionReasons(standing, person.pdThisYear);
      if (reasons.length > 0) {
        attention.push({ educator: person.educator, reasons, renewal: standing, lastPdOn: person.lastPdOn, standing });
      }
    }
    // Array.prototype.sort is stable: equal rows keep the name order.
    attention.sort(compareAttention);
    return {
      school,
      asOf,
      schoolYear: range.schoolYear,
      renewalStatus: counts,
      pdByMonth,
      competencyAreas,
      needsAttention: attention.map(({ standing: _standing, ...row }) => row),
    };
  }

  async districtDashboard(
    viewer: Viewer,
    schoolYear?: number | null,
    expiringLimit?: number | null,
  ): Promise<DistrictDashboardModel> {
    if (viewer.role !== Role.HR_ADMIN) throw forbidden();
    checkIntRange('expiringLimit', expiringLimit, 1, 500);
    const range = resolveSchoolYear(schoolYear);
    const asOf = todayIsoDate();
    const limit = expiringLimit ?? DEFAULT_EXPIRING_LIMIT;
    return this.snapshots.answer(viewer, ['districtDashboard', range.schoolYear, limit], asOf, () =>
      this.computeDistrictDashboard(viewer, range, asOf, limit),
    );
  }

  private async computeDistrictDashboard(
    viewer: Viewer,
    range: SchoolYearRange,
    asOf: string,
    expiringLimit: number,
  ): Promise<ComputedFigures<DistrictDashboardModel>> {
    const schools = await this.schools.listForViewer(viewer);

    // Renewal figures come from the stored standings, brought up to date first (the converter
    // runs only for educators whose PD, licenses or rules changed since, or on a new day).
    const refreshed = this.standings.refresh(viewer, {}, asOf);
    const [hoursByCategory, hoursByActivityType, trend, actionQueue] = await Promise.all([
      this.hoursByCategory(viewer, range),
      this.hoursByActivityType(viewer, range),
      this.trend(viewer, range, asOf),
      this.actionQueue(viewer),
      refreshed,
    ]);
    const [counts, expiring] = await Promise.all([
      this.standings.counts(
        viewer,
        asOf,
        schools.map((s) => s.id),
      ),
      this.standings.expiring(viewer, asOf, EXPIRING_WINDOWS, expiringLimit),
    ]);
    const [within90, within180, within365] = expiring.within as [number, number, number];
    const value: DistrictDashboardModel = {
      asOf,
      schoolYear: range.schoolYear,
      renewalStatus: counts.district,
      schools: schools.map((school) => ({ school, renewalStatus: counts.bySchool.get(school.id)! })),
      expiring: { within90, within180, within365, licenses: expiring.licenses },
      hoursByCategory,
      hoursByActivityType,
      trend,
      actionQueue: actionQueue.counts,
    };
    // The import problems count only runs of the last IMPORT_PROBLEM_DAYS: the answer holds until
    // the oldest counted run leaves that window (no write needed for that).
    return { value, validUntil: actionQueue.countedUntil };
  }

  /**
   * The school's current staff (within the viewer's access) in name order, as a scan visits them,
   * with the latest approved or verified PD on or before `asOf` and whether any was completed
   * between `pdStart` and `pdEnd`.
   */
  private async schoolStaff(
    viewer: Viewer,
    schoolId: string,
    asOf: string,
    pdStart: string,
    pdEnd: string,
  ): Promise<Array<{ educator: EducatorModel; lastPdOn: string | null; pdThisYear: boolean }>> {
    const params = new SqlParams();
    const district = params.add(viewer.districtId);
    const rows: Array<EducatorRow & { last_pd_on: string | null; pd_this_year: boolean | null }> = await this.dataSource.query(
      `SELECT ${EDUCATOR_COLUMNS}, p.last_pd_on, p.pd_this_year
         FROM educator e
         LEFT JOIN LATERAL (
           SELECT max(r.completed_on) FILTER (WHERE r.completed_on <= ${params.add(asOf)}::date) AS last_pd_on,
                  bool_or(r.completed_on BETWEEN ${params.add(pdStart)}::date AND ${params.add(pdEnd)}::date) AS pd_this_year
             FROM pd_record r
            WHERE r.district_id = e.district_id AND r.educator_id = e.id AND r.status = ANY(${params.add(COUNTED_STATUSES)}::text[])
         ) p ON TRUE
        WHERE e.district_id = ${district} AND e.active AND ${educatorAccessSql(viewer, 'e.id', params)}
          AND EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id
                        AND es.educator_id = e.id AND es.school_id = ${params.add(schoolId)}::uuid)
        ORDER BY lower(e.last_name), lower(e.first_name), e.id`,
      params.values,
    );
    return rows.map((row) => ({
      educator: toEducatorModel(row),
      lastPdOn: row.last_pd_on,
      pdThisYear: row.pd_this_year === true,
    }));
  }

  private async competencyAreas(viewer: Viewer, schoolId: string, range: SchoolYearRange): Promise<CompetencyAreaTotalModel[]> {
    const rows: Array<{ area: string; credential_count: number; educator_count: number; hours: string }> =
      await this.dataSource.query(
        `SELECT c.competency_area AS area, count(*)::int AS credential_count, count(DISTINCT r.educator_id)::int AS educator_count,
              COALESCE(sum(c.stated_hours), 0)::text AS hours
         FROM pd_record r
         JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
         JOIN educator e ON e.district_id = r.district_id AND e.id = r.educator_id AND e.active
        WHERE r.district_id = $1
          AND r.unit = 'MICRO_CREDENTIAL'
          AND r.status = ANY($2::text[])
          AND r.completed_on BETWEEN $3 AND $4
          AND c.competency_area IS NOT NULL
          AND EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = r.district_id AND es.educator_id = r.educator_id AND es.school_id = $5)
        GROUP BY c.competency_area
        ORDER BY credential_count DESC, c.competency_area`,
        [viewer.districtId, COUNTED_STATUSES, range.start, range.end, schoolId],
      );
    return rows.map((row) => ({
      area: row.area,
      credentialCount: row.credential_count,
      educatorCount: row.educator_count,
      hourEquivalents: normalizeDecimal(row.hours),
    }));
  }

  private async hoursByCategory(viewer: Viewer, range: SchoolYearRange): Promise<NamedTotalModel[]> {
    const rows: Array<{ key: string | null; hours: string; record_count: number }> = await this.dataSource.query(
      `SELECT cat.key, sum(${hourEquivalentsSql('r', 'c')})::text AS hours, count(*)::int AS record_count
         FROM pd_record r
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
         CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.categories) = 0 THEN ARRAY[NULL::text] ELSE r.categories END) AS cat(key)
        WHERE r.district_id = $1 AND r.status = ANY($2::text[]) AND r.completed_on BETWEEN $3 AND $4
        GROUP BY cat.key
        ORDER BY sum(${hourEquivalentsSql('r', 'c')}) DESC, cat.key NULLS LAST`,
      [viewer.districtId, COUNTED_STATUSES, range.start, range.end],
    );
    return rows.map((row) => ({ key: row.key, hourEquivalents: normalizeDecimal(row.hours), recordCount: row.record_count }));
  }

  private async hoursByActivityType(viewer: Viewer, range: SchoolYearRange): Promise<NamedTotalModel[]> {
    const rows: Array<{ key: string; hours: string; record_count: number }> = await this.dataSource.query(
      `SELECT r.activity_type AS key, sum(${hourEquivalentsSql('r', 'c')})::text AS hours, count(*)::int AS record_count
         FROM pd_record r
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.status = ANY($2::text[]) AND r.completed_on BETWEEN $3 AND $4
        GROUP BY r.activity_type
        ORDER BY sum(${hourEquivalentsSql('r', 'c')}) DESC, r.activity_type`,
      [viewer.districtId, COUNTED_STATUSES, range.start, range.end],
    );
    return rows.map((row) => ({ key: row.key, hourEquivalents: normalizeDecimal(row.hours), recordCount: row.record_count }));
  }

  /**
   * Cumulative hour equivalents by month, the school year shown against the one before. The month
   * of `asOf` is only partly over, so last year's figure for it runs to the same day a year before
   * (December 6 against December 6, never against all of last December); other months compare
   * whole months.
   */
  private async trend(viewer: Viewer, range: SchoolYearRange, asOf: string): Promise<TrendMonthModel[]> {
    const previous = schoolYearRange(range.schoolYear - 1);
    const asOfMonth = asOf.slice(0, 7);
    const sameDayLastYear = sameDayAYearBefore(asOf);
    const rows: Array<{ month: string; hours: string; hours_to_day: string | null }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', r.completed_on), 'YYYY-MM') AS month, sum(${hourEquivalentsSql('r', 'c')})::text AS hours,
              (sum(${hourEquivalentsSql('r', 'c')}) FILTER (WHERE r.completed_on <= $5::date))::text AS hours_to_day
         FROM pd_record r
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.status = ANY($2::text[]) AND r.completed_on BETWEEN $3 AND $4
        GROUP BY 1`,
      [viewer.districtId, COUNTED_STATUSES, previous.start, range.end, sameDayLastYear],
    );
    const byMonth = new Map(rows.map((row) => [row.month, row]));
    let current = new Decimal(0);
    let before = new Decimal(0);
    const out: TrendMonthModel[] = [];
    for (let i = 0; i < 12; i++) {
      const month = monthOf(range.schoolYear, i);
      const previousMonth = monthOf(previous.schoolYear, i);
      current = current.plus(byMonth.get(month)?.hours ?? 0);
      const partial = month === asOfMonth;
      const previousRow = byMonth.get(previousMonth);
      const previousCumulative = before.plus((partial ? previousRow?.hours_to_day : previousRow?.hours) ?? 0);
      before = before.plus(previousRow?.hours ?? 0);
      out.push({
        month,
        cumulative: month > asOfMonth ? null : current.toFixed(),
        previousCumulative: previousCumulative.toFixed(),
        previousThrough: partial ? sameDayLastYear : lastDayOf(previousMonth),
      });
    }
    return out;
  }

  /** What waits for HR, and when the import problems count next changes without a write (null: never). */
  private async actionQueue(viewer: Viewer): Promise<{ counts: ActionQueueModel; countedUntil: Date | null }> {
    const params = new SqlParams();
    const district = params.add(viewer.districtId);
    const window = params.add(`${IMPORT_PROBLEM_DAYS} days`);
    const [row] = (await this.dataSource.query(
      `WITH problems AS (
         SELECT count(*)::int AS n, min(i.created_at) + ${window}::interval AS counted_until
           FROM import_run i WHERE i.district_id = ${district}
            AND i.created_at >= now() - ${window}::interval
            AND (i.status = 'FAILED' OR (i.status = 'PREVIEW' AND i.error_count > 0)))
       SELECT
         (SELECT count(*)::int FROM pd_record r JOIN educator e ON e.district_id = r.district_id AND e.id = r.educator_id
           WHERE r.district_id = ${district} AND r.status = ${params.add(PdStatus.SUBMITTED)}) AS submissions,
         (SELECT count(*)::int FROM pre_approval_request p WHERE p.district_id = ${district} AND p.status = 'PENDING') AS pre_approvals,
         problems.n AS import_problems, problems.counted_until
         FROM problems`,
      params.values,
    )) as Array<{ submissions: number; pre_approvals: number; import_problems: number; counted_until: Date | null }>;
    return {
      counts: {
        submissionsWaiting: row!.submissions,
        preApprovalsPending: row!.pre_approvals,
        importRunsWithProblems: row!.import_problems,
      },
      countedUntil: row!.counted_until,
    };
  }
}

/** The i-th month (0 = July) of a school year, YYYY-MM. */
/** 2026-12-06 -> 2025-12-06; February 29 -> February 28. */
export function sameDayAYearBefore(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1;
  const monthDay = isoDate.slice(5);
  if (monthDay === '02-29') return `${year}-02-28`;
  return `${year}-${monthDay}`;
}

/** "2025-02" -> "2025-02-28". */
function lastDayOf(month: string): string {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

function monthOf(schoolYear: number, index: number): string {
  const monthNumber = ((6 + index) % 12) + 1;
  const year = index < 6 ? schoolYear : schoolYear + 1;
  return `${year}-${String(monthNumber).padStart(2, '0')}`;
}
