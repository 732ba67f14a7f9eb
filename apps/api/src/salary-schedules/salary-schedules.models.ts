import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CitationModel, RuleReferenceModel } from '../domain/evaluation.models';

@ObjectType('SalaryScheduleSet', { description: 'A named list of catalog entries ("foundational" micro-credentials).' })
export class SalaryScheduleSetModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Each member as "name: …", "achievement: …" or "catalog item: …".' })
  members!: string[];

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;
}

@ObjectType('SalaryScheduleCompensationRule', { description: 'How the district pays for micro-credentials besides lane credit.' })
export class SalaryScheduleCompensationRuleModel {
  @Field(() => String)
  ruleId!: string;

  @Field(() => String, { description: 'stipend, count_step, equivalency or base_increase.' })
  kind!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'What it pays, in words and exact amounts.' })
  description!: string;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;
}

@ObjectType('SalarySchedule', {
  description: 'A salary schedule (a version in force, or a shipped preset) with its rules and citations.',
})
export class SalaryScheduleModel {
  @Field(() => ID, { nullable: true, description: "The district's stored version; null for a preset." })
  id!: string | null;

  @Field(() => String, { nullable: true, description: 'The preset it was made from, or null for a district’s own.' })
  presetId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD from which the version applies; null for a preset.' })
  effectiveFrom!: string | null;

  @Field(() => CitationModel)
  citation!: CitationModel;

  @Field(() => String, { nullable: true })
  uncertain!: string | null;

  @Field(() => [String])
  lanes!: string[];

  @Field(() => [RuleReferenceModel], { description: 'Lane-credit rules: conversions, caps, earned-after, windows, pay dates.' })
  laneRules!: RuleReferenceModel[];

  @Field(() => RuleReferenceModel, { nullable: true, description: 'Which records count as a micro-credential for pay.' })
  microCredentialDefinition!: RuleReferenceModel | null;

  @Field(() => [SalaryScheduleSetModel])
  sets!: SalaryScheduleSetModel[];

  @Field(() => [SalaryScheduleCompensationRuleModel])
  compensationRules!: SalaryScheduleCompensationRuleModel[];

  @Field(() => String, { description: 'The whole definition as JSON, to edit and send back with setSalarySchedule.' })
  definitionJson!: string;
}

@ObjectType('DistrictSalarySchedule', { description: "The district's salary schedule in force on a date." })
export class DistrictSalaryScheduleModel {
  @Field(() => String)
  asOf!: string;

  @Field(() => SalaryScheduleModel, { nullable: true, description: 'Null when the district has no schedule in force then.' })
  schedule!: SalaryScheduleModel | null;
}

@InputType('SetSalaryScheduleInput', {
  description: 'Exactly one of presetId (a shipped preset as it is) and definitionJson (an edited definition).',
})
export class SetSalaryScheduleInput {
  @Field(() => String, { nullable: true })
  presetId?: string | null;

  @Field(() => String, { nullable: true, description: 'A salary schedule definition (JSON), validated field by field.' })
  definitionJson?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD from which the version applies.' })
  effectiveFrom!: string;
}
