import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'Who did what, when; written in the same transaction as the change. Read-only.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  occurredAt!: string;

  @Field(() => String, { description: 'e.g. PD_RECORD_APPROVED, PD_RECORD_BADGE_IMPORTED, EDUCATOR_CREATED.' })
  action!: string;

  @Field(() => String, { description: 'e.g. pd_record, pre_approval_request, educator, district.' })
  entityType!: string;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Null for system actions or a removed account.' })
  actorAccountId!: string | null;

  @Field(() => String, { nullable: true })
  actorDisplayName!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => String, { description: 'JSON text: usually { before, after } plus context.' })
  details!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AuditEventModel], { description: 'Newest first.' })
  rows!: AuditEventModel[];
}
