import { Field, InputType } from '@nestjs/graphql';
import { ActivityType } from '../../domain/pd-enums';
import { DistrictRuleOverrideKind } from '../district-rules.models';

@InputType()
export class DistrictRuleOverrideInput {
  @Field(() => String, { description: 'Preset id of one of the district’s states.' })
  presetId!: string;

  @Field(() => DistrictRuleOverrideKind)
  kind!: DistrictRuleOverrideKind;

  @Field(() => String, { description: "Decimal in the preset's unit, at most 4 decimal places." })
  amount!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CATEGORY_MINIMUM: category id or name ("Literacy", "students_with_disabilities").',
  })
  category?: string | null;

  @Field(() => ActivityType, { nullable: true, description: 'ACTIVITY_CAP: the activity type capped.' })
  activityType?: ActivityType | null;

  @Field(() => String, { description: 'Short name, e.g. "In-district PD".' })
  label!: string;

  @Field(() => String, {
    description: 'The district’s basis, shown as the citation, e.g. "Board policy 4120, adopted 2026-05-12".',
  })
  basis!: string;

  @Field(() => String, { nullable: true, description: 'http(s) address of the policy.' })
  policyUrl?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD: governs renewal cycles ending (or starting, per preset) on or after it.' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after effectiveFrom; first day it no longer applies.' })
  endsOn?: string | null;
}
