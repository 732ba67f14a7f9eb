import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { RenewalStatus } from '../domain/evaluation.models';
import { MonthTotalModel, SortDirection, StaffPageModel, StaffSortField } from './staff.model';
import { StaffService } from './staff.service';

@Resolver()
export class StaffResolver {
  constructor(private readonly staffService: StaffService) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => StaffPageModel, {
    description: 'Staff with PD totals for the school year. Principals: their schools. HR admins: the district.',
  })
  staff(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('sortBy', { type: () => StaffSortField, nullable: true, defaultValue: StaffSortField.NAME }) sortBy?: StaffSortField,
    @Args('sortDirection', { type: () => SortDirection, nullable: true, defaultValue: SortDirection.ASC })
    sortDirection?: SortDirection,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number,
    @Args('schoolYear', { type: () => Int, nullable: true }) schoolYear?: number | null,
    @Args('renewalStatus', {
      type: () => RenewalStatus,
      nullable: true,
      description: 'Only staff whose current renewal (as of today) has this status.',
    })
    renewalStatus?: RenewalStatus | null,
  ): Promise<StaffPageModel> {
    return this.staffService.staffPage(viewer, {
      schoolId,
      search,
      sortBy,
      sortDirection,
      offset,
      limit,
      schoolYear,
      renewalStatus,
    });
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => [MonthTotalModel], { description: 'Twelve months, July to June, zero months included.' })
  pdHoursByMonth(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string | null,
    @Args('schoolYear', { type: () => Int, nullable: true }) schoolYear?: number | null,
  ): Promise<MonthTotalModel[]> {
    return this.staffService.pdHoursByMonth(viewer, schoolId, schoolYear);
  }
}
