import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, STAFF_ROLES } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { DistrictRuleOverrideInput } from './dto/district-rule-override.input';
import { DistrictRuleOverrideModel, DistrictRulesModel } from './district-rules.models';
import { DistrictRulesService } from './district-rules.service';

/** The district's state rule sets and overrides: everyone in the district reads them, HR changes them. */
@Resolver(() => DistrictRulesModel)
export class DistrictRulesResolver {
  constructor(private readonly rules: DistrictRulesService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => DistrictRulesModel, {
    description:
      "The viewer's district: its state rule sets (home state first) and district overrides with who added them and when.",
  })
  districtRules(@CurrentViewer() viewer: Viewer): Promise<DistrictRulesModel> {
    return this.rules.view(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => DistrictRulesModel, {
    description:
      'HR: the district’s states, home state first (replaces the list). A state with overrides cannot be dropped. Audited.',
  })
  setDistrictRuleStates(
    @Args('presetIds', { type: () => [String] }) presetIds: string[],
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<DistrictRulesModel> {
    return this.rules.setStates(viewer, presetIds, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => DistrictRuleOverrideModel, {
    description: "HR: adds a district override to one of the district's states, from its effective date. Audited.",
  })
  addDistrictRuleOverride(
    @Args('input', { type: () => DistrictRuleOverrideInput }) input: DistrictRuleOverrideInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<DistrictRuleOverrideModel> {
    return this.rules.addOverride(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => DistrictRuleOverrideModel, {
    description: 'HR: ends an override; from endsOn (YYYY-MM-DD) it no longer applies. Audited.',
  })
  endDistrictRuleOverride(
    @Args('id', { type: () => ID }) id: string,
    @Args('endsOn', { type: () => String }) endsOn: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<DistrictRuleOverrideModel> {
    return this.rules.endOverride(viewer, id, endsOn, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => Boolean, { description: 'HR: removes an override entirely (also from past cycles). Audited with what it was.' })
  removeDistrictRuleOverride(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.rules.removeOverride(viewer, id, context.req);
  }
}
