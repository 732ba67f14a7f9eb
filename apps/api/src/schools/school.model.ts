import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('School')
export class SchoolModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  /** Not exposed; used to scope nested queries. */
  districtId!: string;
}

@ObjectType('PdSummary')
export class PdSummaryModel {
  @Field(() => String, { description: 'Hour equivalents of approved and verified PD, an exact decimal.' })
  hourEquivalents!: string;

  @Field(() => Int)
  recordCount!: number;

  @Field(() => Int)
  educatorsWithPd!: number;
}
