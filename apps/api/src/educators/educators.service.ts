import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { educatorAccessSql } from '../auth/access-scope';
import type { Viewer } from '../auth/viewer';
import { normalizeDecimal } from '../common/decimal';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { SchoolYearRange } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { hourEquivalentsSql } from '../pd-records/hour-equivalents';
import { COUNTED_STATUSES, PdUnit } from '../pd-records/pd-enums';
import { EDUCATOR_COLUMNS, EducatorModel, EducatorRow, PdTotalsModel, toEducatorModel } from './educator.model';
import { LicenseModel } from './license.model';

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

  licenses(request: object, viewer: Viewer, educatorId: string): Promise<LicenseModel[]> {
    return requestLoader<string, LicenseModel[]>(request, 'educators.licenses', async (ids) => {
      const params = new SqlParams();
      const rows: Array<{
        id: string; educator_id: string; state_code: string; license_type: string; number: string;
        issued_on: string; cycle_start: string; cycle_end: string;
      }> = await this.dataSource.query(
        `SELECT l.id, l.educator_id, l.state_code, l.license_type, l.number, l.issued_on, l.cycle_start, l.cycle_end
           FROM license l
          WHERE l.district_id = ${params.add(viewer.districtId)} AND l.educator_id = ANY(${params.add(ids)}::uuid[])
            AND ${educatorAccessSql(viewer, 'l.educator_id', params)}
          ORDER BY l.cycle_end DESC, l.id`,
        params.values,
      );
      return groupByKeys(ids, rows, (row) => row.educator_id).map((group) =>
        group.map((row) => ({
          id: row.id,
          stateCode: row.state_code,
          licenseType: row.license_type,
          number: row.number,
          issuedOn: row.issued_on,
          cycleStart: row.cycle_start,
          cycleEnd: row.cycle_end,
        })),
      );
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
