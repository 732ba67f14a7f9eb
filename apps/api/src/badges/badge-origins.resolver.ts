import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { BadgeOriginModel } from './badge-origin.model';
import { BadgeOriginsService } from './badge-origins.service';

/** HR manages the district's badge issuer allow-list. */
@Resolver(() => BadgeOriginModel)
export class BadgeOriginsResolver {
  constructor(private readonly origins: BadgeOriginsService) {}

  @Roles(Role.HR_ADMIN)
  @Query(() => [BadgeOriginModel], { description: "The district's allowed badge issuer origins (HR)." })
  badgeOrigins(@CurrentViewer() viewer: Viewer): Promise<BadgeOriginModel[]> {
    return this.origins.list(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => BadgeOriginModel, { description: 'Allows an issuer origin (https; idempotent). Audited.' })
  addBadgeOrigin(
    @Args('origin', { type: () => String }) origin: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<BadgeOriginModel> {
    return this.origins.add(viewer, origin, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes an issuer origin from the allow-list. Audited.' })
  removeBadgeOrigin(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.origins.remove(viewer, id, context.req);
  }
}
