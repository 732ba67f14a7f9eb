import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/decorators';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { AuditBrowseService } from './audit-browse.service';
import { AuditEventFilter, AuditEventModel, AuditEventPageModel } from './audit-event.model';

/** Read-only on purpose: no mutation edits or deletes audit events, and the table refuses it too. */
@Resolver(() => AuditEventModel)
export class AuditEventsResolver {
  constructor(private readonly browseService: AuditBrowseService) {}

  @Roles(Role.HR_ADMIN)
  @Query(() => AuditEventPageModel, { description: "The district's audit trail, newest first (HR)." })
  auditEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit?: number | null,
  ): Promise<AuditEventPageModel> {
    return this.browseService.browse(viewer, filter, offset, limit);
  }
}
