import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { AttentionReason } from '../renewal-standing/renewal-standing';
import { ATTENTION_DEFAULT_LIMIT, ATTENTION_MAX_LIMIT, attentionPage } from './attention-page';
import { AttentionPageModel, DistrictDashboardModel, SchoolDashboardModel } from './dashboards.model';
import { DashboardsService } from './dashboards.service';

@Resolver()
export class DashboardsResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => SchoolDashboardModel, {
    description:
      "A school's home figures. Principals: their schools; HR admins: any school of the district. Renewal figures as of today.",
  })
  schoolDashboard(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('schoolYear', {
      type: () => Int,
      nullable: true,
      description: 'For PD sums and "no PD this year" (default: the current one).',
    })
    schoolYear?: number | null,
  ): Promise<SchoolDashboardModel> {
    return this.dashboards.schoolDashboard(viewer, schoolId, schoolYear);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => DistrictDashboardModel, { description: "HR's district home figures. Renewal figures as of today." })
  districtDashboard(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolYear', { type: () => Int, nullable: true }) schoolYear?: number | null,
    @Args('expiringLimit', { type: () => Int, nullable: true, description: 'Expiring licenses to list (1-500, default 100).' })
    expiringLimit?: number | null,
  ): Promise<DistrictDashboardModel> {
    return this.dashboards.districtDashboard(viewer, schoolYear, expiringLimit);
  }
}

/** Fields of a school home computed from the figures it was answered with. */
@Resolver(() => SchoolDashboardModel)
export class SchoolDashboardResolver {
  @ResolveField(() => AttentionPageModel, {
    description: `Who needs attention, a page at a time (limit 1-${ATTENTION_MAX_LIMIT}, default ${ATTENTION_DEFAULT_LIMIT}), optionally only those with one reason.`,
  })
  attention(
    @Parent() home: SchoolDashboardModel,
    @Args('reason', {
      type: () => AttentionReason,
      nullable: true,
      description: 'Only people with this reason (default: everyone).',
    })
    reason?: AttentionReason | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: ATTENTION_DEFAULT_LIMIT }) limit?: number | null,
  ): AttentionPageModel {
    // The home's whole list is already computed (and stored with its figures): this only slices it.
    return attentionPage(home.needsAttention, reason, offset, limit);
  }
}
