import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ApiRequest } from '../access/viewer';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEventInput {
  districtId: string;
  actorAccountId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  /**
   * Records an audit event through the caller's transaction manager, so the event exists if and
   * only if the change it describes was committed.
   */
  async record(manager: EntityManager, request: ApiRequest | null, event: AuditEventInput): Promise<void> {
    await manager.insert(AuditEventEntity, {
      districtId: event.districtId,
      actorAccountId: event.actorAccountId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      details: event.details ?? {},
      ip: request?.ip ?? null,
      requestId: request?.id !== undefined ? String(request.id) : null,
    } as QueryDeepPartialEntity<AuditEventEntity>);
  }
}
