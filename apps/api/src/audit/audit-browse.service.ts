import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { badUserInput } from '../common/errors';
import { SqlParams } from '../common/sql-params';
import { checkIntRange, isIsoDate, parseUuid } from '../common/validation';
import { AuditEventFilter } from './dto/audit-event-filter.input';
import { AuditEventModel, AuditEventPageModel } from './audit-event.model';

const NAME_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;

interface AuditRow {
  id: string;
  occurred_at: Date;
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_account_id: string | null;
  actor_display_name: string | null;
  actor_email: string | null;
  details: unknown;
  request_id: string | null;
  ip: string | null;
  entity_name: string | null;
}

/** Actions that are about signing in, left out unless asked for: they would drown everything else. */
const SIGN_IN_ACTIONS = ['SIGNED_IN', 'SIGNED_OUT'];

/** The name of what an event is about, for the entity types that have one (a LATERAL subquery over `e`). */
const ENTITY_NAME = `CASE e.entity_type
    WHEN 'pd_record' THEN (SELECT r.title || ' (' || ed.first_name || ' ' || ed.last_name || ')' FROM pd_record r
      JOIN educator ed ON ed.district_id = r.district_id AND ed.id = r.educator_id WHERE r.district_id = e.district_id AND r.id = e.entity_id)
    WHEN 'educator' THEN (SELECT ed.first_name || ' ' || ed.last_name FROM educator ed WHERE ed.district_id = e.district_id AND ed.id = e.entity_id)
    WHEN 'user_account' THEN (SELECT u.display_name FROM user_account u WHERE u.district_id = e.district_id AND u.id = e.entity_id)
    WHEN 'school' THEN (SELECT s.name FROM school s WHERE s.district_id = e.district_id AND s.id = e.entity_id)
    WHEN 'goal' THEN (SELECT g.title FROM goal g WHERE g.district_id = e.district_id AND g.id = e.entity_id)
    WHEN 'pre_approval_request' THEN (SELECT p.title || ' (' || ed.first_name || ' ' || ed.last_name || ')' FROM pre_approval_request p
      JOIN educator ed ON ed.district_id = p.district_id AND ed.id = p.educator_id WHERE p.district_id = e.district_id AND p.id = e.entity_id)
    WHEN 'district' THEN (SELECT d.name FROM district d WHERE d.id = e.entity_id)
    WHEN 'evidence_file' THEN (SELECT f.original_name FROM evidence_file f WHERE f.district_id = e.district_id AND f.id = e.entity_id)
  END`;

const FROM = `audit_event e
  LEFT JOIN user_account a ON a.id = e.actor_account_id AND a.district_id = e.district_id
  LEFT JOIN LATERAL (SELECT ${ENTITY_NAME} AS entity_name) n ON true`;

/** HR's read-only view of the district's audit trail. There is no way to change it through the API. */
@Injectable()
export class AuditBrowseService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async browse(
    viewer: Viewer,
    filter: AuditEventFilter | null | undefined,
    offsetValue?: number | null,
    limitValue?: number | null,
  ): Promise<AuditEventPageModel> {
    checkIntRange('offset', offsetValue, 0, 1_000_000);
    checkIntRange('limit', limitValue, 1, 200);
    const f = filter ?? {};
    const params = new SqlParams();
    const conditions = [`e.district_id = ${params.add(viewer.districtId)}`];
    if (f.entityType) {
      if (!NAME_PATTERN.test(f.entityType)) throw badUserInput('entityType', f.entityType, 'is not an entity type name');
      conditions.push(`e.entity_type = ${params.add(f.entityType)}`);
    }
    if (f.action) {
      if (!NAME_PATTERN.test(f.action)) throw badUserInput('action', f.action, 'is not an action name');
      conditions.push(`e.action = ${params.add(f.action)}`);
    }
    if (f.entityId) conditions.push(`e.entity_id = ${params.add(parseUuid('entityId', f.entityId))}`);
    if (f.actorId) conditions.push(`e.actor_account_id = ${params.add(parseUuid('actorId', f.actorId))}`);
    // Days are UTC days, so the same filter means the same rows on every server.
    if (f.from) {
      if (!isIsoDate(f.from)) throw badUserInput('from', f.from, 'is not a date in YYYY-MM-DD form');
      conditions.push(`e.occurred_at >= (${params.add(f.from)}::date)::timestamp AT TIME ZONE 'UTC'`);
    }
    if (f.to) {
      if (!isIsoDate(f.to)) throw badUserInput('to', f.to, 'is not a date in YYYY-MM-DD form');
      if (f.from && f.to < f.from) throw badUserInput('to', f.to, `is before from (${f.from})`);
      conditions.push(`e.occurred_at < (${params.add(f.to)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
    }
    if (!f.includeSignIns && !(f.action && SIGN_IN_ACTIONS.includes(f.action))) {
      conditions.push(`e.action <> ALL(${params.add(SIGN_IN_ACTIONS)}::text[])`);
    }
    const search = (f.search ?? '').trim();
    if (search.length > 100) throw badUserInput('search', f.search, 'must be at most 100 characters');
    for (const word of search.split(/\s+/).filter((w) => w !== '')) {
      // Every word must appear somewhere; "approved" finds PD_RECORD_APPROVED, "alvarez" her records and her actions.
      const pattern = params.add(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(
        `(replace(e.action, '_', ' ') ILIKE ${pattern} OR n.entity_name ILIKE ${pattern} OR a.display_name ILIKE ${pattern}
          OR a.email ILIKE ${pattern} OR e.details::text ILIKE ${pattern})`,
      );
    }
    const where = conditions.join(' AND ');
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${FROM} WHERE ${where}`,
      params.values,
    );
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.action, e.entity_type, e.entity_id, e.actor_account_id, a.display_name AS actor_display_name,
              a.email AS actor_email, e.details, e.request_id, e.ip, n.entity_name
         FROM ${FROM}
        WHERE ${where}
        ORDER BY e.occurred_at DESC, e.id DESC
        OFFSET ${params.add(offsetValue ?? 0)} LIMIT ${params.add(limitValue ?? 50)}`,
      params.values,
    );
    const actions: Array<{ action: string }> = await this.dataSource.query(
      `SELECT DISTINCT action FROM audit_event WHERE district_id = $1 ORDER BY action`,
      [viewer.districtId],
    );
    const actors: Array<{ id: string; display_name: string; email: string }> = await this.dataSource.query(
      `SELECT a.id, a.display_name, a.email FROM user_account a
        WHERE a.district_id = $1 AND EXISTS (SELECT 1 FROM audit_event e WHERE e.district_id = a.district_id AND e.actor_account_id = a.id)
        ORDER BY a.display_name, a.email`,
      [viewer.districtId],
    );
    return {
      totalCount: count,
      rows: rows.map(toModel),
      actions: actions.map((row) => row.action),
      actors: actors.map((row) => ({ id: row.id, displayName: row.display_name, email: row.email })),
    };
  }
}

function toModel(row: AuditRow): AuditEventModel {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorAccountId: row.actor_account_id,
    actorDisplayName: row.actor_display_name,
    actorEmail: row.actor_email,
    details: JSON.stringify(row.details ?? {}),
    entityName: row.entity_name,
    changes: changesOf(row.details),
    requestId: row.request_id,
    ip: row.ip,
  };
}

/** "voidReason" -> "void reason". */
function fieldName(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((item) => asText(item) ?? '—').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The fields that differ between `details.before` and `details.after`, in words, in the order written. */
export function changesOf(details: unknown): Array<{ field: string; before: string | null; after: string | null }> {
  if (!details || typeof details !== 'object') return [];
  const { before, after } = details as { before?: unknown; after?: unknown };
  const b = before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null))
    .map((key) => ({ field: fieldName(key), before: asText(b[key]), after: asText(a[key]) }));
}
