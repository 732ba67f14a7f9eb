import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('License')
export class LicenseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  stateCode!: string;

  @Field(() => String)
  licenseType!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => String, { description: 'First day of the renewal cycle, YYYY-MM-DD' })
  cycleStart!: string;

  @Field(() => String, { description: 'Last day of the renewal cycle, YYYY-MM-DD' })
  cycleEnd!: string;
}
