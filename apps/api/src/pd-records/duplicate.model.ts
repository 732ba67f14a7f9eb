import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PdStatus, PdUnit } from '../domain/pd-enums';

/** Why two records of one educator look like the same PD. */
export enum DuplicateMatch {
  /** The same catalog item: the same issuer and achievement for badges. */
  SAME_ACHIEVEMENT = 'SAME_ACHIEVEMENT',
  /** The same title (ignoring case and spacing), completion date, amount and unit. */
  SAME_COURSE = 'SAME_COURSE',
}

registerEnumType(DuplicateMatch, { name: 'DuplicateMatch' });

@ObjectType('PdRecordDuplicate', { description: 'Another record of the same educator that looks like the same PD.' })
export class PdRecordDuplicateModel {
  @Field(() => ID, { description: 'The other record.' })
  id!: string;

  @Field(() => ID)
  educatorId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => PdStatus)
  status!: PdStatus;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  completedOn!: string;

  @Field(() => String)
  amount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => DuplicateMatch)
  matchedBy!: DuplicateMatch;

  @Field(() => Boolean, { description: 'Whether the other record counts now (APPROVED or VERIFIED).' })
  counted!: boolean;
}

@InputType('PossibleDuplicateInput', { description: 'A record the teacher is about to submit, checked against her own records.' })
export class PossibleDuplicateInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  completedOn!: string;

  @Field(() => String, { description: 'Positive decimal with at most 2 decimal places.' })
  amount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => ID, { nullable: true })
  catalogItemId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record being edited (a resubmission), left out of the check.' })
  excludeId?: string | null;
}
