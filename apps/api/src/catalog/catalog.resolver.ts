import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../auth/decorators';
import type { GraphQLContext } from '../auth/viewer';
import { notFound } from '../common/errors';
import { CatalogItemModel, IssuerModel } from './catalog.model';
import { CatalogService } from './catalog.service';

@Resolver(() => CatalogItemModel)
export class CatalogItemResolver {
  constructor(private readonly catalogService: CatalogService) {}

  @ResolveField(() => IssuerModel)
  async issuer(@Parent() item: CatalogItemModel, @Context() context: GraphQLContext): Promise<IssuerModel> {
    const issuer = await this.catalogService.issuer(context.req, viewerOf(context), item.issuerId);
    if (!issuer) throw notFound('Issuer');
    return issuer;
  }
}
