import { Field, InputType } from '@nestjs/graphql';
import { CREDIT_LEVELS, isDecimalString, isLocalDate, type CreditLevel, type PdRecordInput } from '@pd-ledger/credit-rules';
import { badUserInput } from '../../common/errors';
import { parseUuid } from '../../common/validation';
import { ActivityType, PdUnit } from '../../domain/pd-enums';
import { toCategoryId, toConverterActivityType, toConverterUnit } from '../../domain/converter-records';

@InputType('HypotheticalRecordInput', { description: 'A planned PD activity for a what-if; counted as approved, never stored.' })
export class HypotheticalRecordInput {
  @Field(() => String, { nullable: true, description: '1..200 characters; default "Planned activity".' })
  title?: string | null;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { description: 'Positive decimal, at most 4 decimal places.' })
  amount!: string;

  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  completedOn!: string;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;

  @Field(() => String, { nullable: true, description: 'graduate or undergraduate (college credit).' })
  level?: string | null;

  @Field(() => String, { nullable: true, description: "A micro-credential's stated hours." })
  statedHours?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'District-provided PD.' })
  inDistrict?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Pre-approved where the salary schedule requires it.' })
  preApproved?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A micro-credential planned from the district catalog (its id): salary compensation rules count catalog entries, never typed titles.',
  })
  catalogItemId?: string | null;
}

export const MAX_HYPOTHETICALS = 50;

/** Validates what-if records at the trust boundary and maps them to the converter's records. */
export function toHypotheticalRecords(inputs: readonly HypotheticalRecordInput[]): PdRecordInput[] {
  if (inputs.length > MAX_HYPOTHETICALS)
    throw badUserInput('hypotheticals', `${inputs.length} records`, `must have at most ${MAX_HYPOTHETICALS} records`);
  return inputs.map((input, index) => {
    const at = (field: string) => `hypotheticals[${index}].${field}`;
    const title = input.title?.trim() || 'Planned activity';
    if (title.length > 200) throw badUserInput(at('title'), input.title, 'must be at most 200 characters');
    const amount = input.amount.trim();
    if (!isDecimalString(amount) || /^0*(\.0*)?$/.test(amount)) {
      throw badUserInput(at('amount'), input.amount, 'must be a positive decimal with at most 4 decimal places');
    }
    if (!isLocalDate(input.completedOn))
      throw badUserInput(at('completedOn'), input.completedOn, 'must be a calendar date YYYY-MM-DD');
    const categories = input.categories ?? [];
    if (categories.length > 20)
      throw badUserInput(at('categories'), `${categories.length} categories`, 'must have at most 20 categories');
    categories.forEach((category, c) => {
      if (category.trim().length === 0 || category.length > 100)
        throw badUserInput(`${at('categories')}[${c}]`, category, 'must be 1..100 characters');
    });
    let level: CreditLevel | null = null;
    if (input.level != null) {
      if (!(CREDIT_LEVELS as readonly string[]).includes(input.level))
        throw badUserInput(at('level'), input.level, `must be one of ${CREDIT_LEVELS.join(', ')}`);
      level = input.level as CreditLevel;
    }
    if (input.statedHours != null && !isDecimalString(input.statedHours)) {
      throw badUserInput(at('statedHours'), input.statedHours, 'must be a non-negative decimal with at most 4 decimal places');
    }
    return {
      id: `hypothetical-${index + 1}`,
      title,
      completedOn: input.completedOn,
      activityType: toConverterActivityType(input.activityType),
      amount,
      unit: toConverterUnit(input.unit),
      categories: categories.map(toCategoryId),
      status: 'approved',
      level,
      statedHours: input.statedHours ?? null,
      inDistrict: input.inDistrict ?? false,
      preApproved: input.preApproved ?? false,
      hypothetical: true,
      catalogItemId: input.catalogItemId == null ? null : parseUuid(at('catalogItemId'), input.catalogItemId),
    };
  });
}
