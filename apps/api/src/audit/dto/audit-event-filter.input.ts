import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, UTC day.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, UTC day.' }) to?: string | null;
}
