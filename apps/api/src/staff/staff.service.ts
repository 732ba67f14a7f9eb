import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { resolveSchoolYear, SchoolYearRange, todayIsoDate } from '../common/school-year';
import { escapeLikePattern, SqlParams } from '../common/sql-params';
import { checkIntRange, parseUuid } from '../common/validation';
import { EDUCATOR_COLUMNS, EducatorRow, toEducatorModel } from '../educators/educator.model';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { COUNTED_STATUSES } from '../domain/pd-enums';
import { RenewalStatus } from '../domain/evaluation.models';
import { RenewalStandingStore } from '../renewal-standing/renewal-standing-store';
import { FiguresSnapshotStore } from '../figures-snapshot/figures-snapshot-store';
import { canSeeSchoolFigures } from '../access/access-scope';
import type { RenewalStanding } from '../renewal-standing/renewal-standing';
import { SchoolsService } from '../schools/schools.service';
import { MonthTotalModel, SortDirection, StaffPageModel, StaffSortField } from './staff.model';

export interface StaffQuery {
  schoolId?: string | null;
  search?: string | null;
  sortBy?: StaffSortField | null;
  sortDirection?: SortDirection | null;
  offset?: number | null;
  limit?: number | null;
  schoolYear?: number | null;
  /** Only staff whose current renewal (as of today) has this status. */
  renewalStatus?: RenewalStatus | null;
}

const MAX_SEARCH_LENGTH = 100;

// Matches the expression of educator_search_trgm_idx exactly, so the trigram index is used.
const SEARCH_EXPRESSION = `lower(e.first_name || ' ' || e.last_name || ' ' || e.email)`;

const SORT_EXPRESSIONS: Record<StaffSortField, string> = {
  [StaffSortField.NAME]: 'lower(e.last_name) {dir}, lower(e.first_name) {dir}',
  [StaffSortField.PD_HOURS]: 'COALESCE(t.hour_equivalents, 0) {dir}',
  [StaffSortField.RECORD_COUNT]: 'COALESCE(t.record_count, 0) {dir}',
  [StaffSortField.LAST_PD]: 't.last_pd_on {dir} NULLS LAST',
};

/** Staff tables and charts for principals (their schools) and HR admins (the district). */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schools: SchoolsService,
    private readonly standings: RenewalStandingStore,
    private readonly snapshots: FiguresSnapshotStore,
  ) {}

  async staffPage(viewer: Viewer, query: StaffQuery): Promise<StaffPageModel> {
    checkIntRange('offset', query.offset, 0, 1_000_000);
    checkIntRange('limit', query.limit, 1, 100);
    const range = resolveSchoolYear(query.schoolYear);
    const search = (query.search ?? '').trim().toLowerCase();
    if (search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput('search', query.search, `must be at most ${MAX_SEARCH_LENGTH} characters`);
    }
    if (viewer.role !== Role.HR_ADMIN && viewer.role !== Role.PRINCIPAL) throw forbidden();
    const schoolId = query.schoolId !== null && query.schoolId !== undefined ? parseUuid('schoolId', query.schoolId) : null;
    // As schoolScope answers: a school the viewer may not report on is not found. (A stored answer
    // exists only for a school that was found; deleting it moves the figures counter.)
    if (schoolId !== null && !canSeeSchoolFigures(viewer, schoolId)) throw notFound('School');
    const asOf = todayIsoDate();
    const compute = () => this.computeStaffPage(viewer, query, range, search, asOf);
    // A search term is typed letter by letter: those pages are computed, not stored.
    if (search) return compute();
    const question = [
      'staff',
      schoolId,
      query.sortBy ?? StaffSortField.NAME,
      query.sortDirection === SortDirection.DESC ? 'DESC' : 'ASC',
      query.offset ?? 0,
      query.limit ?? 25,
      range.schoolYear,
      query.renewalStatus ?? null,
    ];
    return this.snapshots.answer(viewer, question, asOf, async () => ({ value: await compute() }));
  }

  private async computeStaffPage(
    viewer: Viewer,
    query: StaffQuery,
    range: SchoolYearRange,
    search: string,
    asOf: string,
  ): Promise<StaffPageModel> {
    const schoolIds = await this.schoolScope(viewer, query.schoolId);

    // A renewal status filter needs the converter's verdict on everyone in scope: the stored
    // standings, brought up to date first; then search, sort and paging stay in SQL.
    const renewalStatus = query.renewalStatus ?? null;
    if (renewalStatus) await this.standings.refresh(viewer, { schoolIds }, asOf);

    // Educators in scope: the district's current staff (a roster import deactivates people who
    // left), narrowed to schools and a search term when given.
    const scope = (params: SqlParams): string => {
      const conditions = [`e.district_id = ${params.add(viewer.districtId)}`, 'e.active'];
      if (schoolIds) {
        conditions.push(`EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id
          AND es.educator_id = e.id AND es.school_id = ANY(${params.add(schoolIds)}::uuid[]))`);
      }
      if (search) conditions.push(`${SEARCH_EXPRESSION} LIKE ${params.add(`%${escapeLikePattern(search)}%`)}`);
      if (renewalStatus) conditions.push(this.standings.statusSql(viewer, 'e.id', renewalStatus, asOf, params));
      return conditions.join(' AND ');
    };

    const countParams = new SqlParams();
    const [{ total_count: totalCount }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total_count FROM educator e WHERE ${scope(countParams)}`,
      countParams.values,
    )) as Array<{ total_count: number }>;

    const params = new SqlParams();
    const direction = query.sortDirection === SortDirection.DESC ? 'DESC' : 'ASC';
    const sortBy = query.sortBy ?? StaffSortField.NAME;
    const order = SORT_EXPRESSIONS[sortBy].replace(/\{dir\}/g, direction);
    const rows: Array<EducatorRow & { hour_equivalents: string | null; record_count: number | null; last_pd_on: string | null }> =
      await this.dataSource.query(
        `WITH scoped AS (SELECT ${EDUCATOR_COLUMNS} FROM educator e WHERE ${scope(params)}),
         totals AS (
           SELECT r.educator_id, sum(${hourEquivalentsSql('r', 'c')}) AS hour_equivalents,
                  count(*)::int AS record_count, max(r.completed_on) AS last_pd_on
             FROM pd_record r
             LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
            WHERE r.district_id = ${params.add(viewer.districtId)}
              AND r.educator_id IN (SELECT id FROM scoped)
              AND r.status = ANY(${params.add(COUNTED_STATUSES)}::text[])
              AND r.completed_on BETWEEN ${params.add(range.start)} AND ${params.add(range.end)}
            GROUP BY r.educator_id)
         SELECT e.*, t.hour_equivalents::text AS hour_equivalents, t.record_count, t.last_pd_on
           FROM scoped e LEFT JOIN totals t ON t.educator_id = e.id
          ORDER BY ${order}, lower(e.last_name), lower(e.first_name), e.id
         OFFSET ${params.add(query.offset ?? 0)} LIMIT ${params.add(query.limit ?? 25)}`,
        params.values,
      );

    // The page's renewal standings (a page at most 100): the stored ones, brought up to date first
    // (the converter runs only for those whose PD, licenses or rules changed since, or on a new day).
    let standings = new Map<string, RenewalStanding | null>();
    if (rows.length > 0) {
      const ids = rows.map((row) => row.id);
      await this.standings.refresh(viewer, { educatorIds: ids }, asOf);
      standings = await this.standings.read(viewer, asOf, ids);
    }

    return {
      totalCount,
      rows: rows.map((row) => ({
        educator: toEducatorModel(row),
        hourEquivalents: normalizeDecimal(row.hour_equivalents ?? '0'),
        recordCount: row.record_count ?? 0,
        lastPdOn: row.last_pd_on,
        renewal: standings.get(row.id) ?? null,
      })),
    };
  }

  /** Twelve months, July to June, months without PD included as zero. */
  async pdHoursByMonth(
    viewer: Viewer,
    schoolId: string | null | undefined,
    schoolYear?: number | null,
  ): Promise<MonthTotalModel[]> {
    const range: SchoolYearRange = resolveSchoolYear(schoolYear);
    return this.pdHoursByMonthOf(viewer, await this.schoolScope(viewer, schoolId), range);
  }

  /**
   * `pdHoursByMonth` for schools the caller already checked the viewer may report on (null: the
   * whole district), so a home that found its school does not look it up again.
   */
  async pdHoursByMonthOf(
    viewer: Viewer,
    schoolIds: readonly string[] | null,
    range: SchoolYearRange,
  ): Promise<MonthTotalModel[]> {
    const params = new SqlParams();
    const schoolCondition = schoolIds
      ? `AND EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = r.district_id
           AND es.educator_id = r.educator_id AND es.school_id = ANY(${params.add(schoolIds)}::uuid[]))`
      : '';
    const rows: Array<{ month: string; hour_equivalents: string; record_count: number }> = await this.dataSource.query(
      `WITH totals AS (
         SELECT date_trunc('month', r.completed_on)::date AS month, sum(${hourEquivalentsSql('r', 'c')}) AS hour_equivalents,
                count(*)::int AS record_count
           FROM pd_record r
           LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
          WHERE r.district_id = ${params.add(viewer.districtId)}
            AND r.status = ANY(${params.add(COUNTED_STATUSES)}::text[])
            AND r.completed_on BETWEEN ${params.add(range.start)} AND ${params.add(range.end)}
            ${schoolCondition}
          GROUP BY 1)
       SELECT to_char(m.month, 'YYYY-MM') AS month, COALESCE(t.hour_equivalents, 0)::text AS hour_equivalents,
              COALESCE(t.record_count, 0) AS record_count
         FROM generate_series(${params.add(range.start)}::date, ${params.add(range.start)}::date + interval '11 months',
                              interval '1 month') AS m(month)
         LEFT JOIN totals t ON t.month = m.month::date
        ORDER BY m.month`,
      params.values,
    );
    return rows.map((row) => ({
      month: row.month,
      hourEquivalents: normalizeDecimal(row.hour_equivalents),
      recordCount: row.record_count,
    }));
  }

  /**
   * The school ids to narrow to, or null for the whole district (HR without a school filter).
   * A school the viewer may not report on is NOT_FOUND, exactly like one that does not exist.
   */
  private async schoolScope(viewer: Viewer, schoolId: string | null | undefined): Promise<string[] | null> {
    if (viewer.role !== Role.HR_ADMIN && viewer.role !== Role.PRINCIPAL) throw forbidden();
    if (schoolId !== null && schoolId !== undefined) {
      const id = parseUuid('schoolId', schoolId);
      if (!(await this.schools.findReportable(viewer, id))) throw notFound('School');
      return [id];
    }
    return viewer.role === Role.PRINCIPAL ? viewer.schoolIds : null;
  }
}
