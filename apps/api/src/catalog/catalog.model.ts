import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActivityType } from '../domain/pd-enums';

@ObjectType('Issuer')
export class IssuerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('CatalogItem')
export class CatalogItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  competencyArea!: string | null;

  @Field(() => String, { nullable: true })
  stack!: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's stated hours, an exact decimal." })
  statedHours!: string | null;

  @Field(() => ActivityType)
  kind!: ActivityType;

  issuerId!: string;
}
