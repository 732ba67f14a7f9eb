import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../access/decorators';
import type { GraphQLContext } from '../access/viewer';
import { EducatorModel } from '../educators/educator.model';
import { LaneEvaluationModel, RenewalEvaluationModel } from '../domain/evaluation.models';
import { OwnEvaluationStore } from './own-evaluation-store';
import { RenewalsService, resolveAsOf } from './renewals.service';

/**
 * Renewal and lane evaluations on Educator. Evaluated per request from the stored records; only
 * when the field is asked for, and with the records of every educator in the response loaded in
 * one query (DataLoader). The parent Educator was already authorized, and the record query applies
 * the same access rule again. The viewer's own educator is served through `OwnEvaluationStore`
 * (the same evaluation, stored while none of its inputs changed).
 */
@Resolver(() => EducatorModel)
export class EducatorRenewalsResolver {
  constructor(
    private readonly credit: RenewalsService,
    private readonly own: OwnEvaluationStore,
  ) {}

  @ResolveField(() => [RenewalEvaluationModel], {
    description:
      "Each license's renewal cycle under its state's rule set, as of a date (default today). Licenses from states without a rule set are left out.",
  })
  renewals(
    @Parent() educator: EducatorModel,
    @Context() context: GraphQLContext,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) asOf?: string | null,
  ): Promise<RenewalEvaluationModel[]> {
    const viewer = viewerOf(context);
    if (this.own.covers(viewer, educator)) return this.own.renewals(context.req, viewer, educator, resolveAsOf(asOf));
    return this.credit.renewals(context.req, viewer, educator, resolveAsOf(asOf));
  }

  @ResolveField(() => LaneEvaluationModel, {
    nullable: true,
    description: "Salary-lane progress under the district's schedule in force on the date; null without a schedule or lane data.",
  })
  lane(
    @Parent() educator: EducatorModel,
    @Context() context: GraphQLContext,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) asOf?: string | null,
  ): Promise<LaneEvaluationModel | null> {
    const viewer = viewerOf(context);
    if (this.own.covers(viewer, educator)) return this.own.lane(context.req, viewer, educator, resolveAsOf(asOf));
    return this.credit.lane(context.req, viewer, educator, resolveAsOf(asOf));
  }
}
