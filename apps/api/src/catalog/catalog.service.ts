import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { normalizeDecimal } from '../common/decimal';
import { requestLoader } from '../common/request-loader';
import { ActivityType } from '../pd-records/pd-enums';
import { CatalogItemModel, IssuerModel } from './catalog.model';

/** The district's catalog is visible to everyone in the district; never to other districts. */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  catalogItem(request: object, viewer: Viewer, id: string): Promise<CatalogItemModel | null> {
    return requestLoader<string, CatalogItemModel | null>(request, 'catalog.items', async (ids) => {
      const rows: Array<{
        id: string; issuer_id: string; name: string; kind: ActivityType; competency_area: string | null;
        stack: string | null; stated_hours: string | null;
      }> = await this.dataSource.query(
        `SELECT id, issuer_id, name, kind, competency_area, stack, stated_hours
           FROM catalog_item WHERE district_id = $1 AND id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(
        rows.map((row) => [
          row.id,
          {
            id: row.id,
            issuerId: row.issuer_id,
            name: row.name,
            kind: row.kind,
            competencyArea: row.competency_area,
            stack: row.stack,
            statedHours: row.stated_hours === null ? null : normalizeDecimal(row.stated_hours),
          },
        ]),
      );
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  issuer(request: object, viewer: Viewer, id: string): Promise<IssuerModel | null> {
    return requestLoader<string, IssuerModel | null>(request, 'catalog.issuers', async (ids) => {
      const rows: IssuerModel[] = await this.dataSource.query(
        `SELECT id, name, url FROM issuer WHERE district_id = $1 AND id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }
}
