import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { resolveSchoolYear } from '../common/school-year';
import { PdSummaryModel, SchoolModel } from './school.model';
import { SchoolsService } from './schools.service';

@Resolver(() => SchoolModel)
export class SchoolsResolver {
  constructor(private readonly schoolsService: SchoolsService) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => [SchoolModel], { description: "HR admins: the district's schools. Principals: their schools." })
  schools(@CurrentViewer() viewer: Viewer): Promise<SchoolModel[]> {
    return this.schoolsService.listForViewer(viewer);
  }

  @ResolveField(() => Int)
  staffCount(@Parent() school: SchoolModel, @Context() context: GraphQLContext): Promise<number> {
    return this.schoolsService.staffCount(context.req, viewerOf(context), school.id);
  }

  @ResolveField(() => PdSummaryModel, { description: 'Approved and verified PD in the school year (default: current).' })
  pdSummary(
    @Parent() school: SchoolModel,
    @Context() context: GraphQLContext,
    @Args('schoolYear', { type: () => Int, nullable: true }) schoolYear?: number | null,
  ): Promise<PdSummaryModel> {
    return this.schoolsService.pdSummary(context.req, viewerOf(context), school.id, resolveSchoolYear(schoolYear));
  }
}
