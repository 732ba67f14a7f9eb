import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { notFound } from '../common/errors';
import { resolveSchoolYear } from '../common/school-year';
import { parseUuid } from '../common/validation';
import { SchoolModel } from '../schools/school.model';
import { SchoolsService } from '../schools/schools.service';
import { EducatorModel, PdTotalsModel } from './educator.model';
import { EducatorsService } from './educators.service';
import { LicenseModel } from './license.model';

@Resolver(() => EducatorModel)
export class EducatorsResolver {
  constructor(
    private readonly educatorsService: EducatorsService,
    private readonly schoolsService: SchoolsService,
  ) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => EducatorModel, {
    description: 'Teachers: only themselves. Principals: staff of their schools. HR admins: the district. Else NOT_FOUND.',
  })
  async educator(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<EducatorModel> {
    const educator = await this.educatorsService.findAccessible(context.req, viewer, parseUuid('id', id));
    if (!educator) throw notFound('Educator');
    return educator;
  }

  @ResolveField(() => [SchoolModel])
  schools(@Parent() educator: EducatorModel, @Context() context: GraphQLContext): Promise<SchoolModel[]> {
    return this.schoolsService.schoolsOfEducator(context.req, viewerOf(context), educator.id);
  }

  @ResolveField(() => [LicenseModel])
  licenses(@Parent() educator: EducatorModel, @Context() context: GraphQLContext): Promise<LicenseModel[]> {
    return this.educatorsService.licenses(context.req, viewerOf(context), educator.id);
  }

  @ResolveField(() => PdTotalsModel, { description: 'Approved and verified PD in the school year (default: current).' })
  pdTotals(
    @Parent() educator: EducatorModel,
    @Context() context: GraphQLContext,
    @Args('schoolYear', { type: () => Int, nullable: true }) schoolYear?: number | null,
  ): Promise<PdTotalsModel> {
    return this.educatorsService.pdTotals(context.req, viewerOf(context), educator.id, resolveSchoolYear(schoolYear));
  }
}
