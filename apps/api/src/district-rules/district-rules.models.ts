import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityType } from '../domain/pd-enums';
import { CitationModel } from '../domain/evaluation.models';

export enum DistrictRuleOverrideKind {
  EXTRA_REQUIRED = 'EXTRA_REQUIRED',
  CATEGORY_MINIMUM = 'CATEGORY_MINIMUM',
  ACTIVITY_CAP = 'ACTIVITY_CAP',
}
registerEnumType(DistrictRuleOverrideKind, {
  name: 'DistrictRuleOverrideKind',
  description:
    "EXTRA_REQUIRED: amount added to every license type's requirement; CATEGORY_MINIMUM: an extra required category (category, amount); ACTIVITY_CAP: at most amount from one activity type per cycle (0 = not accepted).",
});

@ObjectType('DistrictRuleState', { description: 'A state rule set the district works with.' })
export class DistrictRuleStateModel {
  @Field(() => String, { description: 'Preset id (lower-case postal code).' })
  presetId!: string;

  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => Boolean, { description: "The district's home state (listed first)." })
  home!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'ISO timestamp; null for the default (the district’s own state, never chosen).',
  })
  addedAt!: string | null;

  @Field(() => String, { nullable: true })
  addedByName!: string | null;
}

@ObjectType('DistrictRuleOverride', {
  description: "A district policy on top of a state's rule set, in force from effectiveFrom until the day before endsOn.",
})
export class DistrictRuleOverrideModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  presetId!: string;

  @Field(() => String)
  presetName!: string;

  @Field(() => String, { description: "The preset's unit the amount is in." })
  unitName!: string;

  @Field(() => DistrictRuleOverrideKind)
  kind!: DistrictRuleOverrideKind;

  @Field(() => String, { description: 'Exact decimal in the unit.' })
  amount!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => ActivityType, { nullable: true })
  activityType!: ActivityType | null;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'The override in words.' })
  description!: string;

  @Field(() => String, { description: 'The district’s basis (board policy, contract article).' })
  basis!: string;

  @Field(() => String, { nullable: true })
  policyUrl!: string | null;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'First day it no longer applies; null = open-ended.' })
  endsOn!: string | null;

  @Field(() => String)
  createdAt!: string;

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field(() => String, { nullable: true })
  endedAt!: string | null;

  @Field(() => String, { nullable: true })
  endedByName!: string | null;
}

@ObjectType('DistrictRules', { description: "The district's state rule sets and its own overrides." })
export class DistrictRulesModel {
  @Field(() => [DistrictRuleStateModel], { description: 'Home state first.' })
  states!: DistrictRuleStateModel[];

  @Field(() => [DistrictRuleOverrideModel], { description: 'By state, then effective date.' })
  overrides!: DistrictRuleOverrideModel[];
}
