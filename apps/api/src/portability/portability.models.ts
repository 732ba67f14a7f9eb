import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  RenewalAdjustmentModel,
  RenewalCategoryModel,
  RenewalExplanationLineModel,
  RenewalPathwayModel,
  RenewalStatus,
  RuleReferenceModel,
} from '../domain/evaluation.models';

@ObjectType('PortabilityLicenseType', { description: 'A license type of the state, to choose the requirement evaluated.' })
export class PortabilityLicenseTypeModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  required!: string;

  @Field(() => Int)
  cycleYears!: number;
}

@ObjectType('Portability', {
  description:
    "An educator's PD record evaluated under another state's rules as shipped (no district overrides), in a hypothetical cycle: the cycleYears of the chosen license type ending on asOf.",
})
export class PortabilityModel {
  @Field(() => ID)
  educatorId!: string;

  @Field(() => String)
  presetId!: string;

  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String, { description: 'Rule set name.' })
  name!: string;

  @Field(() => String)
  ruleSetVersion!: string;

  @Field(() => String)
  licenseType!: string;

  @Field(() => String)
  licenseTypeName!: string;

  @Field(() => [PortabilityLicenseTypeModel], { description: 'License types of the version in force on asOf.' })
  licenseTypes!: PortabilityLicenseTypeModel[];

  @Field(() => String)
  unit!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => String)
  asOf!: string;

  @Field(() => String, { description: 'First day of the hypothetical cycle.' })
  windowStart!: string;

  @Field(() => String, { description: 'Last day of the hypothetical cycle (= asOf).' })
  windowEnd!: string;

  @Field(() => Int)
  cycleYears!: number;

  @Field(() => String, { description: 'How the hypothetical cycle was chosen, in words.' })
  windowBasis!: string;

  @Field(() => String)
  required!: string;

  @Field(() => String)
  earned!: string;

  @Field(() => String)
  remaining!: string;

  @Field(() => RenewalStatus, { description: 'As if renewing on asOf.' })
  status!: RenewalStatus;

  @Field(() => [RenewalCategoryModel])
  categories!: RenewalCategoryModel[];

  @Field(() => [RenewalAdjustmentModel])
  adjustments!: RenewalAdjustmentModel[];

  @Field(() => [RenewalPathwayModel])
  pathways!: RenewalPathwayModel[];

  @Field(() => String, { nullable: true, description: 'Id of the pathway closest to done, when the state has alternatives.' })
  closestPathway!: string | null;

  @Field(() => [RuleReferenceModel], { description: 'Rules used here whose facts are uncertain (check with the state).' })
  uncertain!: RuleReferenceModel[];

  @Field(() => [RuleReferenceModel], {
    description: "The state's notes (e.g. the real basis of renewal where no PD is required).",
  })
  notes!: RuleReferenceModel[];

  @Field(() => [RenewalExplanationLineModel], { description: 'Per record: the conversion, its rule and citation, what it adds.' })
  explanation!: RenewalExplanationLineModel[];
}
