import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, notFound } from '../common/errors';
import { returningRows } from '../common/returning-rows';
import { parseUuid } from '../common/validation';
import { BadgeOriginModel } from './badge-origin.model';
import { CONTEXT_HOSTS } from './verification';

const MAX_ORIGINS = 200;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Normalises what HR typed into an origin (scheme://host[:port]). https is required, except on
 * the loopback interface (a local issuer during development and tests).
 */
export function parseBadgeOrigin(value: string): string {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('origin', value, 'is not a URL (expected e.g. https://badges.example.org)');
  }
  if (url.username || url.password) throw badUserInput('origin', value, 'must not contain a user name or password');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw badUserInput('origin', value, 'must be an https:// address');
  }
  if (CONTEXT_HOSTS.has(url.hostname))
    throw badUserInput(
      'origin',
      value,
      'publishes JSON-LD contexts, not badges or keys: contexts are bundled with PD Ledger and never fetched',
    );
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw badUserInput('origin', value, 'must be an origin only (scheme and host, no path), e.g. https://badges.example.org');
  }
  return url.origin;
}

interface OriginRow {
  id: string;
  origin: string;
  created_at: Date;
}

function toModel(row: OriginRow): BadgeOriginModel {
  return { id: row.id, origin: row.origin, createdAt: new Date(row.created_at).toISOString() };
}

@Injectable()
export class BadgeOriginsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async originsOfDistrict(districtId: string): Promise<string[]> {
    const rows: Array<{ origin: string }> = await this.dataSource.query(
      `SELECT origin FROM district_badge_origin WHERE district_id = $1`,
      [districtId],
    );
    return rows.map((row) => row.origin);
  }

  async list(viewer: Viewer): Promise<BadgeOriginModel[]> {
    const rows: OriginRow[] = await this.dataSource.query(
      `SELECT id, origin, created_at FROM district_badge_origin WHERE district_id = $1 ORDER BY origin`,
      [viewer.districtId],
    );
    return rows.map(toModel);
  }

  async add(viewer: Viewer, value: string, request: ApiRequest): Promise<BadgeOriginModel> {
    if (typeof value !== 'string' || value.length > 300) throw badUserInput('origin', value, 'must be at most 300 characters');
    const origin = parseBadgeOrigin(value);
    return this.dataSource.transaction(async (manager) => {
      const existing: OriginRow[] = await manager.query(
        `SELECT id, origin, created_at FROM district_badge_origin WHERE district_id = $1 AND origin = $2`,
        [viewer.districtId, origin],
      );
      if (existing[0]) return toModel(existing[0]);
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `SELECT count(*)::int AS count FROM district_badge_origin WHERE district_id = $1`,
        [viewer.districtId],
      );
      if (count >= MAX_ORIGINS)
        throw badUserInput('origin', value, `cannot be added: the district already allows ${MAX_ORIGINS} origins`);
      const [row]: OriginRow[] = await manager.query(
        `INSERT INTO district_badge_origin (district_id, origin) VALUES ($1, $2) RETURNING id, origin, created_at`,
        [viewer.districtId, origin],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'BADGE_ORIGIN_ADDED',
        entityType: 'district_badge_origin',
        entityId: row.id,
        details: { before: null, after: { origin } },
      });
      return toModel(row);
    });
  }

  async remove(viewer: Viewer, idValue: string, request: ApiRequest): Promise<boolean> {
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const rows = returningRows<OriginRow>(
        await manager.query(
          `DELETE FROM district_badge_origin WHERE district_id = $1 AND id = $2 RETURNING id, origin, created_at`,
          [viewer.districtId, id],
        ),
      );
      if (rows.length === 0) throw notFound('Badge origin');
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'BADGE_ORIGIN_REMOVED',
        entityType: 'district_badge_origin',
        entityId: id,
        details: { before: { origin: rows[0].origin }, after: null },
      });
      return true;
    });
  }
}
