import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput } from '../common/errors';
import { escapeLikePattern } from '../common/sql-params';
import { checkIntRange } from '../common/validation';
import { primeRequestLoader, requestLoader } from '../common/request-loader';
import { ActivityType } from '../domain/pd-enums';
import { CatalogItemModel, IssuerModel } from './catalog.model';

const MAX_CATALOG_SEARCH = 100;
const CATALOG_COLUMNS = 'id, issuer_id, name, kind, competency_area, stack, stated_hours';

interface CatalogItemRow {
  id: string;
  issuer_id: string;
  name: string;
  kind: ActivityType;
  competency_area: string | null;
  stack: string | null;
  stated_hours: string | null;
}

function toCatalogItemModel(row: CatalogItemRow): CatalogItemModel {
  return {
    id: row.id,
    issuerId: row.issuer_id,
    name: row.name,
    kind: row.kind,
    competencyArea: row.competency_area,
    stack: row.stack,
    statedHours: row.stated_hours === null ? null : normalizeDecimal(row.stated_hours),
  };
}

/** The request loaders of `CatalogService.catalogItem` and `CatalogService.issuer`. */
const CATALOG_ITEMS = 'catalog.items';
const CATALOG_ISSUERS = 'catalog.issuers';

export interface CatalogItemWithIssuerRow extends CatalogItemRow {
  issuer_name: string | null;
  issuer_url: string | null;
}

/**
 * SQL: the catalog item `c` (a catalog_item row, or nulls from a LEFT JOIN) with its issuer as a
 * JSON object (null without an item): the row `CatalogService.catalogItem` reads, for a list that
 * reads it in its own statement and hands it over with `primeCatalogItems`.
 */
export const CATALOG_ITEM_JSON_SQL = `CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'issuer_id', c.issuer_id,
    'name', c.name, 'kind', c.kind, 'competency_area', c.competency_area, 'stack', c.stack, 'stated_hours', c.stated_hours::text,
    'issuer_name', (SELECT i.name FROM issuer i WHERE i.district_id = c.district_id AND i.id = c.issuer_id),
    'issuer_url', (SELECT i.url FROM issuer i WHERE i.district_id = c.district_id AND i.id = c.issuer_id)) END`;

function primeIssuers(request: object, rows: readonly CatalogItemWithIssuerRow[]): void {
  primeRequestLoader<string, IssuerModel>(
    request,
    CATALOG_ISSUERS,
    rows
      .filter((row) => row.issuer_name !== null)
      .map((row) => [row.issuer_id, { id: row.issuer_id, name: row.issuer_name!, url: row.issuer_url }]),
  );
}

/** Hands `CATALOG_ITEM_JSON_SQL` objects (and their issuers) to this request's catalog loaders. */
export function primeCatalogItems(request: object, rows: readonly CatalogItemWithIssuerRow[]): void {
  primeRequestLoader<string, CatalogItemModel | null>(
    request,
    CATALOG_ITEMS,
    rows.map((row) => [row.id, toCatalogItemModel(row)]),
  );
  primeIssuers(request, rows);
}

/** The district's catalog is visible to everyone in the district; never to other districts. */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Catalog items by id, once per request (DataLoader). Each item's issuer comes in the same
   * statement and is handed to `issuer`'s loader, so `catalogItem { issuer }` is one query.
   */
  catalogItem(request: object, viewer: Viewer, id: string): Promise<CatalogItemModel | null> {
    return requestLoader<string, CatalogItemModel | null>(request, CATALOG_ITEMS, async (ids) => {
      const rows: CatalogItemWithIssuerRow[] = await this.dataSource.query(
        `SELECT c.id, c.issuer_id, c.name, c.kind, c.competency_area, c.stack, c.stated_hours, i.name AS issuer_name, i.url AS issuer_url
           FROM catalog_item c LEFT JOIN issuer i ON i.district_id = c.district_id AND i.id = c.issuer_id
          WHERE c.district_id = $1 AND c.id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      primeIssuers(request, rows);
      const byId = new Map(rows.map((row) => [row.id, toCatalogItemModel(row)]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  /** The district's catalog by name, competency area or stack, for choosing what PD was done. */
  async searchCatalog(viewer: Viewer, search: string | null | undefined, limit: number): Promise<CatalogItemModel[]> {
    checkIntRange('limit', limit, 1, 100);
    const term = (search ?? '').trim().toLowerCase();
    if (term.length > MAX_CATALOG_SEARCH)
      throw badUserInput('search', search, `must be at most ${MAX_CATALOG_SEARCH} characters`);
    const rows: CatalogItemRow[] = await this.dataSource.query(
      `SELECT ${CATALOG_COLUMNS} FROM catalog_item
        WHERE district_id = $1
          AND ($2 = '' OR lower(name || ' ' || coalesce(competency_area, '') || ' ' || coalesce(stack, '')) LIKE $3)
        ORDER BY lower(name), id
        LIMIT $4`,
      [viewer.districtId, term, `%${escapeLikePattern(term)}%`, limit],
    );
    return rows.map(toCatalogItemModel);
  }

  issuer(request: object, viewer: Viewer, id: string): Promise<IssuerModel | null> {
    return this.issuers(request, viewer).load(id);
  }

  private issuers(request: object, viewer: Viewer) {
    return requestLoader<string, IssuerModel | null>(request, CATALOG_ISSUERS, async (ids) => {
      const rows: IssuerModel[] = await this.dataSource.query(
        `SELECT id, name, url FROM issuer WHERE district_id = $1 AND id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    });
  }
}
