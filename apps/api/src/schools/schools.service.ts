import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeSchoolFigures, educatorAccessSql } from '../access/access-scope';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { forbidden } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { SchoolYearRange, todayIsoDate } from '../common/school-year';
import { FiguresSnapshotStore } from '../figures-snapshot/figures-snapshot-store';
import { SqlParams } from '../common/sql-params';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { COUNTED_STATUSES } from '../domain/pd-enums';
import { PdSummaryModel, SchoolModel } from './school.model';

interface SchoolRow {
  id: string;
  district_id: string;
  name: string;
}

function toSchoolModel(row: SchoolRow): SchoolModel {
  return { id: row.id, districtId: row.district_id, name: row.name };
}

@Injectable()
export class SchoolsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: FiguresSnapshotStore,
  ) {}

  /** HR admins: every school of the district. Principals: their schools. */
  async listForViewer(viewer: Viewer): Promise<SchoolModel[]> {
    if (viewer.role === Role.HR_ADMIN) {
      const rows: SchoolRow[] = await this.dataSource.query(
        `SELECT id, district_id, name FROM school WHERE district_id = $1 ORDER BY name, id`,
        [viewer.districtId],
      );
      return rows.map(toSchoolModel);
    }
    if (viewer.role === Role.PRINCIPAL) return this.principalSchools(viewer);
    throw forbidden();
  }

  /** The schools an account is attached to: a principal's schools, a teacher's assignments. */
  async viewerSchools(request: object, viewer: Viewer): Promise<SchoolModel[]> {
    if (viewer.role === Role.PRINCIPAL) return this.principalSchools(viewer);
    if (viewer.role === Role.TEACHER && viewer.educatorId) return this.schoolsOfEducator(request, viewer, viewer.educatorId);
    return [];
  }

  /** A school the viewer may report on (staff, charts), or null: callers answer NOT_FOUND. */
  async findReportable(viewer: Viewer, schoolId: string): Promise<SchoolModel | null> {
    if (!canSeeSchoolFigures(viewer, schoolId)) return null;
    const rows: SchoolRow[] = await this.dataSource.query(
      `SELECT id, district_id, name FROM school WHERE district_id = $1 AND id = $2`,
      [viewer.districtId, schoolId],
    );
    return rows[0] ? toSchoolModel(rows[0]) : null;
  }

  schoolsOfEducator(request: object, viewer: Viewer, educatorId: string): Promise<SchoolModel[]> {
    return requestLoader<string, SchoolModel[]>(request, 'schools.byEducator', async (educatorIds) => {
      const params = new SqlParams();
      const rows: Array<SchoolRow & { educator_id: string }> = await this.dataSource.query(
        `SELECT es.educator_id, s.id, s.district_id, s.name
           FROM educator_school es
           JOIN school s ON s.district_id = es.district_id AND s.id = es.school_id
          WHERE es.district_id = ${params.add(viewer.districtId)}
            AND es.educator_id = ANY(${params.add(educatorIds)}::uuid[])
            AND ${educatorAccessSql(viewer, 'es.educator_id', params)}
          ORDER BY s.name, s.id`,
        params.values,
      );
      return groupByKeys(educatorIds, rows, (row) => row.educator_id).map((group) => group.map(toSchoolModel));
    }).load(educatorId);
  }

  staffCount(request: object, viewer: Viewer, schoolId: string): Promise<number> {
    if (!canSeeSchoolFigures(viewer, schoolId)) throw forbidden('Only HR admins and the school’s principals see its figures');
    return requestLoader<string, number>(request, 'schools.staffCount', (schoolIds) =>
      this.storedPerSchool(viewer, 'schools.staffCount', schoolIds, () => this.staffCounts(viewer, schoolIds)),
    ).load(schoolId);
  }

  private async staffCounts(viewer: Viewer, schoolIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ school_id: string; staff_count: number }> = await this.dataSource.query(
      `SELECT es.school_id, count(*)::int AS staff_count
           FROM educator_school es
           JOIN educator e ON e.district_id = es.district_id AND e.id = es.educator_id AND e.active
          WHERE es.district_id = $1 AND es.school_id = ANY($2::uuid[]) GROUP BY es.school_id`,
      [viewer.districtId, schoolIds],
    );
    const counts = new Map(rows.map((row) => [row.school_id, row.staff_count]));
    return schoolIds.map((id) => counts.get(id) ?? 0);
  }

  pdSummary(request: object, viewer: Viewer, schoolId: string, range: SchoolYearRange): Promise<PdSummaryModel> {
    if (!canSeeSchoolFigures(viewer, schoolId)) throw forbidden('Only HR admins and the school’s principals see its figures');
    // One loader per school year, so a query asking for several years still batches per year.
    return requestLoader<string, PdSummaryModel>(request, `schools.pdSummary.${range.schoolYear}`, (schoolIds) =>
      this.storedPerSchool(viewer, `schools.pdSummary.${range.schoolYear}`, schoolIds, () =>
        this.pdSummaries(viewer, schoolIds, range),
      ),
    ).load(schoolId);
  }

  private async pdSummaries(viewer: Viewer, schoolIds: readonly string[], range: SchoolYearRange): Promise<PdSummaryModel[]> {
    const rows: Array<{ school_id: string; hour_equivalents: string; record_count: number; educators_with_pd: number }> =
      await this.dataSource.query(
        `SELECT es.school_id, COALESCE(sum(${hourEquivalentsSql('r', 'c')}), 0)::text AS hour_equivalents,
                  count(r.id)::int AS record_count, count(DISTINCT r.educator_id)::int AS educators_with_pd
             FROM educator_school es
             JOIN pd_record r ON r.district_id = es.district_id AND r.educator_id = es.educator_id
             LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
            WHERE es.district_id = $1 AND es.school_id = ANY($2::uuid[])
              AND r.status = ANY($3::text[]) AND r.completed_on BETWEEN $4 AND $5
            GROUP BY es.school_id`,
        [viewer.districtId, schoolIds, COUNTED_STATUSES, range.start, range.end],
      );
    const bySchool = new Map(rows.map((row) => [row.school_id, row]));
    return schoolIds.map((id) => {
      const row = bySchool.get(id);
      return {
        hourEquivalents: normalizeDecimal(row?.hour_equivalents ?? '0'),
        recordCount: row?.record_count ?? 0,
        educatorsWithPd: row?.educators_with_pd ?? 0,
      };
    });
  }

  /**
   * Per-school figures of these schools, through the stored answers (`FiguresSnapshotStore`):
   * computed once per change to what they count, then one indexed read.
   */
  private async storedPerSchool<T>(
    viewer: Viewer,
    question: string,
    schoolIds: readonly string[],
    compute: () => Promise<T[]>,
  ): Promise<T[]> {
    const bySchool = await this.snapshots.answer<Record<string, T>>(
      viewer,
      [question, [...schoolIds].sort()],
      todayIsoDate(),
      async () => {
        const values = await compute();
        return { value: Object.fromEntries(schoolIds.map((id, i) => [id, values[i]!])) };
      },
    );
    return schoolIds.map((id) => bySchool[id]!);
  }

  private async principalSchools(viewer: Viewer): Promise<SchoolModel[]> {
    // Read with the session by the same request (SessionService): no older than this request.
    if (viewer.schools) return viewer.schools.map((school) => ({ ...school }));
    const rows: SchoolRow[] = await this.dataSource.query(
      `SELECT id, district_id, name FROM school WHERE district_id = $1 AND id = ANY($2::uuid[]) ORDER BY name, id`,
      [viewer.districtId, viewer.schoolIds],
    );
    return rows.map(toSchoolModel);
  }
}
