import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Roles } from '../access/decorators';
import { SecretKeyring } from '../secrets/secret-keyring';
import { exportToken } from './export-intent.guard';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { SchoolsService } from '../schools/schools.service';
import { SortDirection } from '../staff/staff.model';
import { LaneChangeFilterInput, RelicensureFilterInput, RelicensureSortField } from './dto/relicensure-filter.input';
import { LaneChangeReportModel } from './lane-change-report.model';
import { LaneChangeReportService } from './lane-change-report.service';
import { resolveLaneChangeCriteria, resolveRelicensureCriteria } from './report-filters';
import { RelicensureReportPageModel, RelicensureSummaryModel } from './relicensure-report.model';
import { RelicensureReportService } from './relicensure-report.service';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly relicensure: RelicensureReportService,
    private readonly laneChange: LaneChangeReportService,
    private readonly schools: SchoolsService,
    private readonly keyring: SecretKeyring,
  ) {}

  @Roles(...ALL_ROLES)
  @Query(() => String, {
    description:
      'A token proving same-site intent for GET /api/reports/* from clients that send no Sec-Fetch-Site header (X-PDLedger-Export-Token header or exportToken parameter); valid for this session only.',
  })
  reportExportToken(@CurrentViewer() viewer: Viewer): string {
    return exportToken(this.keyring, viewer);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => RelicensureReportPageModel, {
    description:
      "One row per educator and license with the converter's figures. HR admins: the district; principals: their schools.",
  })
  async relicensureReport(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => RelicensureFilterInput, nullable: true }) filter?: RelicensureFilterInput | null,
    @Args('sortBy', { type: () => RelicensureSortField, nullable: true, defaultValue: RelicensureSortField.NAME })
    sortBy?: RelicensureSortField,
    @Args('sortDirection', { type: () => SortDirection, nullable: true, defaultValue: SortDirection.ASC })
    sortDirection?: SortDirection,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number,
  ): Promise<RelicensureReportPageModel> {
    const criteria = await resolveRelicensureCriteria(viewer, this.schools, filter ?? {});
    return this.relicensure.page(context.req, viewer, criteria, {
      field: sortBy ?? RelicensureSortField.NAME,
      direction: sortDirection ?? SortDirection.ASC,
      offset: offset ?? 0,
      limit: limit ?? 25,
    });
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => RelicensureSummaryModel, {
    description: 'License counts per renewal status, per school and in total, under the same filters.',
  })
  async relicensureSummary(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => RelicensureFilterInput, nullable: true }) filter?: RelicensureFilterInput | null,
  ): Promise<RelicensureSummaryModel> {
    const criteria = await resolveRelicensureCriteria(viewer, this.schools, filter ?? {});
    return this.relicensure.summary(context.req, viewer, criteria);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => LaneChangeReportModel, {
    description:
      'HR admins: who qualifies for the next salary lane at their next effective date (now, or once pending work is approved), and the cost.',
  })
  async laneChangeReport(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => LaneChangeFilterInput, nullable: true }) filter?: LaneChangeFilterInput | null,
  ): Promise<LaneChangeReportModel> {
    const criteria = await resolveLaneChangeCriteria(viewer, this.schools, filter ?? {});
    return this.laneChange.report(context.req, viewer, criteria);
  }
}
