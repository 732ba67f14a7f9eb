import { Module } from '@nestjs/common';
import { AuditBrowseService } from './audit-browse.service';
import { AuditEventsResolver } from './audit-events.resolver';

/** HR's audit trail browser; kept apart from the global AuditModule, which only writes. */
@Module({ providers: [AuditBrowseService, AuditEventsResolver] })
export class AuditBrowseModule {}
