import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { educatorAccessSql } from '../access/access-scope';
import type { Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { SchoolYearRange } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { hourEquivalentsSql } from '../domain/hour-equivalents';
import { COUNTED_STATUSES, PdUnit } from '../domain/pd-enums';
import { EDUCATOR_COLUMNS, EducatorModel, EducatorRow, PdTotalsModel, toEducatorModel } from './educator.model';
import { LicenseModel } from './license.model';
import { LICENSE_COLUMNS, LicenseRow, toLicenseModel } from './license-row';
import type { SchoolModel } from '../schools/school.model';

@Injectable()
export class EducatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The educator if the viewer may see them; null otherwise (callers answer NOT_FOUND). */
  findAccessible(request: object, viewer: Viewer, educatorId: string): Promise<EducatorModel | null> {
    return requestLoader<string, EducatorModel | null>(request, 'educators.byId', async (ids) => {
      const params = new SqlParams();
      const rows: EducatorRow[] = await this.dataSource.query(
        `SELECT ${EDUCATOR_COLUMNS} FROM educator e
          WHERE e.district_id = ${params.add(viewer.districtId)} AND e.id = ANY(${params.add(ids)}::uuid[])
            AND ${educatorAccessSql(viewer, 'e.id', params)}`,
        params.values,
      );
      const byId = new Map(rows.map((row) => [row.id, toEducatorModel(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(educatorId);
  }

  /**
   * `findAccessible` and the educator's schools (as `SchoolsService.schoolsOfEducator` reads them)
   * in one statement, for the viewer's own educator on `me`, whose `educator` and `schools` fields
   * both need it: one round trip instead of two on every teacher's first screen. Same access rule
   * for both (the schools are read only for an educator the viewer may see), once per request.
   */
  findAccessibleWithSchools(
    request: object,
    viewer: Viewer,
    educatorId: string,
  ): Promise<{ educator: EducatorModel | null; schools: SchoolModel[] }> {
    return requestLoader<string, { educator: EducatorModel | null; schools: SchoolModel[] }>(
      request,
      'educators.byIdWithSchools',
      async (ids) => {
        const params = new SqlParams();
        const district = params.add(viewer.districtId);
        const rows: Array<EducatorRow & { schools: Array<{ id: string; district_id: string; name: string }> }> =
          await this.dataSource.query(
            `SELECT ${EDUCATOR_COLUMNS},
                    COALESCE((SELECT json_agg(json_build_object('id', s.id, 'district_id', s.district_id, 'name', s.name)
                                              ORDER BY s.name, s.id)
                                FROM educator_school es
                                JOIN school s ON s.district_id = es.district_id AND s.id = es.school_id
                               WHERE es.district_id = e.district_id AND es.educator_id = e.id), '[]'::json) AS schools
               FROM educator e
              WHERE e.district_id = ${district} AND e.id = ANY(${params.add(ids)}::uuid[])
                AND ${educatorAccessSql(viewer, 'e.id', params)}`,
            params.values,
          );
        const byId = new Map(
          rows.map((row) => [
            row.id,
            {
              educator: toEducatorModel(row),
              schools: row.schools.map((school) => ({ id: school.id, districtId: school.district_id, name: school.name })),
            },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? { educator: null, schools: [] });
      },
    ).load(educatorId);
  }

  licenses(request: object, viewer: Viewer, educatorId: string): Promise<LicenseModel[]> {
    return requestLoader<string, LicenseModel[]>(request, 'educators.licenses', async (ids) => {
      const params = new SqlParams();
      const rows: LicenseRow[] = await this.dataSource.query(
        `SELECT ${LICENSE_COLUMNS}
           FROM license l
          WHERE l.district_id = ${params.add(viewer.districtId)} AND l.educator_id = ANY(${params.add(ids)}::uuid[])
            AND ${educatorAccessSql(viewer, 'l.educator_id', params)}
          ORDER BY l.cycle_end DESC, l.id`,
        params.values,
      );
      return groupByKeys(ids, rows, (row) => row.educator_id).map((group) => group.map(toLicenseModel));
    }).load(educatorId);
  }

  pdTotals(request: object, viewer: Viewer, educatorId: string, range: SchoolYearRange): Promise<PdTotalsModel> {
    return requestLoader<string, PdTotalsModel>(request, `educators.pdTotals.${range.schoolYear}`, async (ids) => {
      const params = new SqlParams();
      const rows: Array<{ educator_id: string; unit: PdUnit; amount: string; hour_equivalents: string; record_count: number }> =
        await this.dataSource.query(
          `SELECT r.educator_id, r.unit, sum(r.amount)::text AS amount,
                  sum(${hourEquivalentsSql('r', 'c')})::text AS hour_equivalents, count(*)::int AS record_count
             FROM pd_record r
             LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
            WHERE r.district_id = ${params.add(viewer.districtId)} AND r.educator_id = ANY(${params.add(ids)}::uuid[])
              AND r.status = ANY(${params.add(COUNTED_STATUSES)}::text[])
              AND r.completed_on BETWEEN ${params.add(range.start)} AND ${params.add(range.end)}
              AND ${educatorAccessSql(viewer, 'r.educator_id', params)}
            GROUP BY r.educator_id, r.unit
            ORDER BY r.educator_id, r.unit`,
          params.values,
        );
      return groupByKeys(ids, rows, (row) => row.educator_id).map((group) => ({
        hourEquivalents: group.reduce((sum, row) => sum.plus(row.hour_equivalents), new Decimal(0)).toFixed(),
        recordCount: group.reduce((sum, row) => sum + row.record_count, 0),
        byUnit: group.map((row) => ({ unit: row.unit, amount: normalizeDecimal(row.amount), recordCount: row.record_count })),
      }));
    }).load(educatorId);
  }
}
