import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('District')
export class DistrictModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Two-letter US state code, e.g. PA.' })
  stateCode!: string;
}
