import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import { notFound } from '../common/errors';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { LaneWhatIfModel, RenewalWhatIfModel, RulePresetModel, RulePresetSummaryModel } from '../domain/evaluation.models';
import { HypotheticalRecordInput, toHypotheticalRecords } from './dto/hypothetical-record.input';
import { RenewalsService, resolveAsOf } from './renewals.service';
import { rulePresetSummaries, rulePresetView } from './rule-preset-view';
import { PortabilityModel } from '../portability/portability.models';

@Resolver()
export class RenewalsResolver {
  constructor(private readonly credit: RenewalsService) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => RenewalWhatIfModel, {
    description:
      'Renewal with planned records added (never stored). Same access as educator(id). licenseId: default the newest evaluable license.',
  })
  renewalWhatIf(
    @Args('educatorId', { type: () => ID }) educatorId: string,
    @Args('hypotheticals', { type: () => [HypotheticalRecordInput] }) hypotheticals: HypotheticalRecordInput[],
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('licenseId', { type: () => ID, nullable: true }) licenseId?: string | null,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD, default today' }) asOf?: string | null,
  ): Promise<RenewalWhatIfModel> {
    const records = toHypotheticalRecords(hypotheticals);
    return this.credit.renewalWhatIf(context.req, viewer, educatorId, licenseId, records, resolveAsOf(asOf));
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => LaneWhatIfModel, {
    description: 'Lane progress with planned records added (never stored). Same access as educator(id).',
  })
  laneWhatIf(
    @Args('educatorId', { type: () => ID }) educatorId: string,
    @Args('hypotheticals', { type: () => [HypotheticalRecordInput] }) hypotheticals: HypotheticalRecordInput[],
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD, default today' }) asOf?: string | null,
  ): Promise<LaneWhatIfModel> {
    const records = toHypotheticalRecords(hypotheticals);
    return this.credit.laneWhatIf(context.req, viewer, educatorId, records, resolveAsOf(asOf));
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => PortabilityModel, {
    description:
      "The educator's PD record under another state's rules (presetId: lower-case postal code), in a cycle of that state's length ending on asOf. Same access as educator(id). licenseType: an id of that state (default its default type).",
  })
  portability(
    @Args('educatorId', { type: () => ID }) educatorId: string,
    @Args('presetId', { type: () => String }) presetId: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('licenseType', { type: () => String, nullable: true }) licenseType?: string | null,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD, default today' }) asOf?: string | null,
  ): Promise<PortabilityModel> {
    return this.credit.portability(context.req, viewer, educatorId, presetId, licenseType, resolveAsOf(asOf));
  }

  @Roles(...ALL_ROLES)
  @Query(() => [RulePresetSummaryModel], {
    description: 'The state rule-set presets the converter ships (public facts; every signed-in role).',
  })
  rulePresets(): RulePresetSummaryModel[] {
    return rulePresetSummaries();
  }

  @Roles(...ALL_ROLES)
  @Query(() => RulePresetModel, {
    description: 'One preset (lower-case state code) with every rule, citation and uncertain flag; NOT_FOUND if unknown.',
  })
  rulePreset(@Args('id', { type: () => String }) id: string): RulePresetModel {
    const view = rulePresetView(id);
    if (!view) throw notFound('Rule preset');
    return view;
  }
}
