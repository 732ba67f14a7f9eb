import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DistrictModel } from '../districts/district.model';
import { DistrictsService } from '../districts/districts.service';
import { EducatorModel } from '../educators/educator.model';
import { EducatorsService } from '../educators/educators.service';
import { SchoolModel } from '../schools/school.model';
import { SchoolsService } from '../schools/schools.service';
import { AuthService } from './auth.service';
import { Role } from '../access/role';
import { ALL_ROLES, CurrentViewer, OptionalViewer, Public, Roles } from '../access/decorators';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { toViewerModel, ViewerModel } from './viewer.model';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly districtsService: DistrictsService,
    private readonly educatorsService: EducatorsService,
    private readonly schoolsService: SchoolsService,
  ) {}

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in account, or null when signed out.' })
  me(@OptionalViewer() viewer: Viewer | null): ViewerModel | null {
    return viewer ? toViewerModel(viewer) : null;
  }

  @Public()
  @Mutation(() => ViewerModel, { description: 'Signs in and sets the session cookie.' })
  async signIn(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphQLContext,
  ): Promise<ViewerModel> {
    return toViewerModel(await this.authService.signIn(email, password, context.req, context.res));
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: 'Ends the session and clears the cookie.' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext): Promise<boolean> {
    await this.authService.signOut(viewer, context.req, context.res);
    return true;
  }

  @ResolveField(() => DistrictModel)
  district(@Parent() parent: ViewerModel): Promise<DistrictModel> {
    return this.districtsService.viewerDistrict(parent.viewer);
  }

  // A teacher's own educator record and its schools come from one statement
  // (`EducatorsService.findAccessibleWithSchools`), shared by these two fields.
  @ResolveField(() => EducatorModel, { nullable: true })
  async educator(@Parent() parent: ViewerModel, @Context() context: GraphQLContext): Promise<EducatorModel | null> {
    const { viewer } = parent;
    if (!viewer.educatorId) return null;
    return (await this.educatorsService.findAccessibleWithSchools(context.req, viewer, viewer.educatorId)).educator;
  }

  @ResolveField(() => [SchoolModel])
  async schools(@Parent() parent: ViewerModel, @Context() context: GraphQLContext): Promise<SchoolModel[]> {
    const { viewer } = parent;
    if (viewer.role === Role.TEACHER && viewer.educatorId)
      return (await this.educatorsService.findAccessibleWithSchools(context.req, viewer, viewer.educatorId)).schools;
    return this.schoolsService.viewerSchools(context.req, viewer);
  }
}
