import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditChange', { description: 'One field of a change, before and after, as text.' })
export class AuditChangeModel {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true, description: 'Null when the field was new.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the field was removed.' }) after!: string | null;
}

@ObjectType('AuditActor', { description: 'Someone who appears in the audit trail as the one who acted.' })
export class AuditActorModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
}

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

  @Field(() => String, {
    nullable: true,
    description: "What the event is about, by name: a PD record's title and educator, a person, a school, a goal.",
  })
  entityName!: string | null;

  @Field(() => [AuditChangeModel], { description: 'Each field that differs between details.before and details.after.' })
  changes!: AuditChangeModel[];

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

  @Field(() => [String], { description: "Every action in the district's trail, for an action picker." })
  actions!: string[];

  @Field(() => [AuditActorModel], { description: 'Everyone who acted in the district, by name, for a person picker.' })
  actors!: AuditActorModel[];
}
