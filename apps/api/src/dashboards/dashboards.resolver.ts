import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { DistrictDashboardModel, SchoolDashboardModel } from './dashboards.model';
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
