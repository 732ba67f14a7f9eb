import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RenewalStatus } from '../domain/evaluation.models';

@ObjectType('RenewalStanding', {
  description: "An educator's current license cycle (the one ending last) as the converter evaluates it.",
})
export class RenewalStandingModel {
  @Field(() => RenewalStatus) status!: RenewalStatus;
  @Field(() => String) licenseTypeName!: string;
  @Field(() => String, { description: "The state's unit (Act 48 hours)." }) unitName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) deadline!: string;
  @Field(() => Int, { description: 'Days from asOf to the deadline (negative once past).' }) daysLeft!: number;
  @Field(() => String) required!: string;
  @Field(() => String) earned!: string;
  @Field(() => String) remaining!: string;
}
