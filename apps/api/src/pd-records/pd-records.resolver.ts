import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { CatalogItemModel } from '../catalog/catalog.model';
import { CatalogService } from '../catalog/catalog.service';
import { notFound } from '../common/errors';
import { EducatorModel } from '../educators/educator.model';
import { EducatorsService } from '../educators/educators.service';
import { SubmitPdRecordInput } from './dto/submit-pd-record.input';
import { PdRecordModel } from './pd-record.model';
import { PD_RECORDS_MAX_LIMIT, PdRecordsService } from './pd-records.service';

@Resolver(() => PdRecordModel)
export class PdRecordsResolver {
  constructor(
    private readonly pdRecordsService: PdRecordsService,
    private readonly educatorsService: EducatorsService,
    private readonly catalogService: CatalogService,
  ) {}

  @Roles(Role.TEACHER)
  @Query(() => [PdRecordModel], {
    description: `The teacher's own records, newest first: the newest \`limit\` (1-${PD_RECORDS_MAX_LIMIT}).`,
  })
  myPdRecords(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('limit', { type: () => Int, defaultValue: PD_RECORDS_MAX_LIMIT }) limit: number,
  ): Promise<PdRecordModel[]> {
    return this.pdRecordsService.myRecords(viewer, limit, context.req);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => PdRecordModel, { description: 'Records PD for the signed-in teacher, status SUBMITTED.' })
  submitPdRecord(
    @Args('input', { type: () => SubmitPdRecordInput }) input: SubmitPdRecordInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.pdRecordsService.submit(viewer, input, context.req);
  }

  @ResolveField(() => CatalogItemModel, { nullable: true })
  catalogItem(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<CatalogItemModel | null> {
    if (!record.catalogItemId) return Promise.resolve(null);
    return this.catalogService.catalogItem(context.req, viewerOf(context), record.catalogItemId);
  }

  @ResolveField(() => EducatorModel)
  async educator(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<EducatorModel> {
    const educator = await this.educatorsService.findAccessible(context.req, viewerOf(context), record.educatorId);
    if (!educator) throw notFound('Educator');
    return educator;
  }
}
