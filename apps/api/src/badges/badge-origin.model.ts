import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BadgeOrigin', { description: 'An issuer origin PD Ledger may contact to verify badges (hosted assertions, keys).' })
export class BadgeOriginModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'scheme://host[:port], e.g. https://badges.example.org' })
  origin!: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt!: string;
}
