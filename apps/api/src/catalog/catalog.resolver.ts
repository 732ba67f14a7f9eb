import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import type { GraphQLContext } from '../access/viewer';
import { notFound } from '../common/errors';
import { CatalogItemModel, IssuerModel } from './catalog.model';
import { CatalogService } from './catalog.service';

@Resolver(() => CatalogItemModel)
export class CatalogItemResolver {
  constructor(private readonly catalogService: CatalogService) {}

  @Query(() => [CatalogItemModel], {
    description: "The district's catalog of micro-credentials and other PD, by name, competency area or stack.",
  })
  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  catalogItems(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit = 20,
  ): Promise<CatalogItemModel[]> {
    return this.catalogService.searchCatalog(viewer, search, limit);
  }

  @ResolveField(() => IssuerModel)
  async issuer(@Parent() item: CatalogItemModel, @Context() context: GraphQLContext): Promise<IssuerModel> {
    const issuer = await this.catalogService.issuer(context.req, viewerOf(context), item.issuerId);
    if (!issuer) throw notFound('Issuer');
    return issuer;
  }
}
