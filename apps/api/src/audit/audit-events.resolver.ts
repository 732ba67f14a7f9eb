import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from './audit-chain';
import { AuditChainProblemKind, AuditChainVerificationModel } from './audit-chain.model';
import { AuditBrowseService } from './audit-browse.service';
import { AuditEventFilter } from './dto/audit-event-filter.input';
import { AuditEventModel, AuditEventPageModel } from './audit-event.model';

/** Read-only on purpose: no mutation edits or deletes audit events, and the table refuses it too. */
@Resolver(() => AuditEventModel)
export class AuditEventsResolver {
  constructor(
    private readonly browseService: AuditBrowseService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

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

  @Roles(Role.HR_ADMIN)
  @Query(() => AuditChainVerificationModel, {
    description: "Recomputes the district's audit chain and reports the first altered, inserted or missing event (HR).",
  })
  async auditChainVerification(@CurrentViewer() viewer: Viewer): Promise<AuditChainVerificationModel> {
    const report = await verifyAuditChain(this.dataSource, viewer.districtId);
    return {
      intact: report.problem === null,
      eventsChecked: report.eventsChecked,
      headSeq: report.headSeq,
      headHash: report.headHash,
      checkedAt: new Date().toISOString(),
      problem: report.problem ? { ...report.problem, kind: AuditChainProblemKind[report.problem.kind] } : null,
    };
  }
}
