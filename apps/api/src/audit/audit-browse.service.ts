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
}

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
    const where = conditions.join(' AND ');
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event e WHERE ${where}`,
      params.values,
    );
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.action, e.entity_type, e.entity_id, e.actor_account_id, a.display_name AS actor_display_name,
              a.email AS actor_email, e.details, e.request_id, e.ip
         FROM audit_event e
         LEFT JOIN user_account a ON a.id = e.actor_account_id AND a.district_id = e.district_id
        WHERE ${where}
        ORDER BY e.occurred_at DESC, e.id DESC
        OFFSET ${params.add(offsetValue ?? 0)} LIMIT ${params.add(limitValue ?? 50)}`,
      params.values,
    );
    return { totalCount: count, rows: rows.map(toModel) };
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
    requestId: row.request_id,
    ip: row.ip,
  };
}
