import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AuditChainProblemKind {
  ALTERED = 'ALTERED',
  INSERTED = 'INSERTED',
  MISSING = 'MISSING',
}

registerEnumType(AuditChainProblemKind, {
  name: 'AuditChainProblemKind',
  description:
    'ALTERED: an event changed after it was recorded; INSERTED: an event the chain never recorded; MISSING: a recorded event is gone.',
});

@ObjectType('AuditChainProblem', { description: 'The first place where the audit chain does not hold.' })
export class AuditChainProblemModel {
  @Field(() => AuditChainProblemKind)
  kind!: AuditChainProblemKind;

  @Field(() => Int, { description: "The event's number in the district's chain." })
  seq!: number;

  @Field(() => ID, { nullable: true, description: 'The event concerned, when it still exists.' })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 instant of that event.' })
  occurredAt!: string | null;

  @Field(() => String, { nullable: true })
  action!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('AuditChainVerification', {
  description:
    "The district's audit chain recomputed from its events: each event's hash covers its content and the previous event's hash.",
})
export class AuditChainVerificationModel {
  @Field(() => Boolean, { description: 'True when every event is intact, in order and none is missing.' })
  intact!: boolean;

  @Field(() => Int, { description: 'Events checked before the first problem (all of them when intact).' })
  eventsChecked!: number;

  @Field(() => Int, { description: 'How many events the chain has recorded.' })
  headSeq!: number;

  @Field(() => String, { nullable: true, description: 'The hash of the last recorded event: keep a copy to compare later.' })
  headHash!: string | null;

  @Field(() => String, { description: 'ISO 8601 instant of this check.' })
  checkedAt!: string;

  @Field(() => AuditChainProblemModel, { nullable: true })
  problem!: AuditChainProblemModel | null;
}
