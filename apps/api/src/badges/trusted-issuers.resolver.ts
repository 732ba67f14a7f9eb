import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { BadgeVerificationModel, TrustedIssuerInput, TrustedIssuerModel, WaitingIssuerModel } from './trusted-issuer.model';
import { TrustedIssuersService } from './trusted-issuers.service';

/** HR manages which badge issuers the district trusts (by issuer id and pinned keys). */
@Resolver(() => TrustedIssuerModel)
export class TrustedIssuersResolver {
  constructor(private readonly trusted: TrustedIssuersService) {}

  @Roles(Role.HR_ADMIN)
  @Query(() => [TrustedIssuerModel], { description: "The district's trusted badge issuers (HR)." })
  trustedIssuers(@CurrentViewer() viewer: Viewer): Promise<TrustedIssuerModel[]> {
    return this.trusted.list(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [WaitingIssuerModel], {
    description: 'Issuer ids named by badges waiting in review that the district does not trust yet, with those badges (HR).',
  })
  waitingIssuers(@CurrentViewer() viewer: Viewer): Promise<WaitingIssuerModel[]> {
    return this.trusted.waiting(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => TrustedIssuerModel, {
    description:
      'Trusts a badge issuer by its id, with a note and pinned keys. Badges already in review stay there for a person. Audited.',
  })
  addTrustedIssuer(
    @Args('input', { type: () => TrustedIssuerInput }) input: TrustedIssuerInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<TrustedIssuerModel> {
    return this.trusted.add(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => TrustedIssuerModel, { description: 'Pins a signing key for a trusted issuer (idempotent). Audited.' })
  pinTrustedIssuerKey(
    @Args('id', { type: () => ID }) id: string,
    @Args('key', { type: () => String }) key: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<TrustedIssuerModel> {
    return this.trusted.pinKey(viewer, id, key, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => TrustedIssuerModel, { description: 'Unpins a signing key of a trusted issuer. Audited.' })
  unpinTrustedIssuerKey(
    @Args('id', { type: () => ID }) id: string,
    @Args('key', { type: () => String }) key: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<TrustedIssuerModel> {
    return this.trusted.unpinKey(viewer, id, key, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => Boolean, {
    description: 'Stops trusting an issuer for new imports; verified records are not changed. Audited.',
  })
  removeTrustedIssuer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.trusted.remove(viewer, id, context.req);
  }
}

/** PdRecord.badgeVerification: what an imported badge's check found (null for other records). */
@Resolver(() => PdRecordModel)
export class PdRecordBadgeVerificationResolver {
  constructor(private readonly trusted: TrustedIssuersService) {}

  @ResolveField(() => BadgeVerificationModel, {
    nullable: true,
    description: 'For imported badges: what was and was not verified, and the hours claimed vs the catalog.',
  })
  badgeVerification(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<BadgeVerificationModel | null> {
    if (record.source !== 'OPEN_BADGES') return Promise.resolve(null);
    return this.trusted.verificationOf(context.req, viewerOf(context), record.id);
  }
}
