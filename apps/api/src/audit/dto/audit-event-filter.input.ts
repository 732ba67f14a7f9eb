import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, UTC day.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive, UTC day.' }) to?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Words (up to 100 characters) found in the action, the record or person it is about, who did it, or the details.',
  })
  search?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Sign-ins and sign-outs are left out unless true (or the action filter names one).',
  })
  includeSignIns?: boolean | null;
}
