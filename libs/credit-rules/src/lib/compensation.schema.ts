// Compensation rules of a salary schedule, alongside its lanes: how a district pays for
// micro-credentials other than lane credit. Money is integer cents; percentages are integer basis
// points (1% = 100) applied to integer cents with the rounding the rule states.
import { z } from 'zod';
import type { PdRecordInput } from './pd-record';
import { citationSchema } from './rule-set.schema';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_+-]*$/, 'must be a lower-case id');
const centsSchema = z.number().int().min(0).max(100_000_000);
const countSchema = z.number().int().min(1).max(1000);
const rule = { id: idSchema, citation: citationSchema, uncertain: z.string().min(1).optional() };

/**
 * One catalog entry, named explicitly: the district's catalog item id, the badge achievement id
 * (OB 2.0 BadgeClass / OB 3.0 Achievement id), or the catalog item's name. A record matches through
 * the catalog item it was recorded against, never through the title a teacher typed.
 */
export const catalogRefSchema = z.union([
  z.strictObject({ catalogItemId: z.string().min(1) }),
  z.strictObject({ achievementId: z.string().min(1) }),
  z.strictObject({ name: z.string().min(1) }),
]);

/** Which records are "a micro-credential" for pay. */
export const microCredentialDefinitionSchema = z.strictObject({
  ...rule,
  description: z.string().min(1),
  /**
   * `catalog`: an approved or verified micro-credential record linked to a catalog item (a badge
   * imported from a trusted issuer is one). `listed`: only the catalog entries in `items`.
   */
  source: z.enum(['catalog', 'listed']),
  items: z.array(catalogRefSchema).min(1).optional(),
});

/** A named list of catalog entries ("foundational" micro-credentials). */
export const namedSetSchema = z.strictObject({
  ...rule,
  name: z.string().min(1),
  members: z.array(catalogRefSchema).min(1),
});

/** How a percentage of an amount in cents becomes whole cents. */
export const centsRoundingSchema = z.enum(['half_up', 'down']);

const common = {
  ...rule,
  label: z.string().min(1),
  /** Compensation rules whose credentials this rule may not also use (checked in list order). */
  notCombinableWith: z.array(z.string().min(1)).min(1).optional(),
};

/** A one-off payment per credential, capped per contract year by count and/or amount. */
export const stipendRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('stipend'),
  amountCents: centsSchema.min(1),
  maxPerYear: countSchema.optional(),
  maxCentsPerYear: centsSchema.min(1).optional(),
});

/**
 * A permanent increase reached at cumulative credential counts (Dysart: 15 = +4%, 30 = a further
 * +4%). Each step adds `basisPoints` of the lane salary (rounded per `rounding`) or `amountCents`.
 * With `minPerYear`, only contract years in which at least that many credentials were earned count.
 */
export const countStepRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('count_step'),
  steps: z
    .array(
      z
        .strictObject({
          count: countSchema,
          basisPoints: z.number().int().min(1).max(10_000).optional(),
          amountCents: centsSchema.min(1).optional(),
        })
        .refine((s) => (s.basisPoints === undefined) !== (s.amountCents === undefined), {
          message: 'give exactly one of basisPoints and amountCents',
        }),
    )
    .min(1),
  rounding: centsRoundingSchema.default('half_up'),
  minPerYear: z.strictObject({ ...rule, count: countSchema }).optional(),
});

/**
 * A degree equivalency: N credentials from named sets plus M other credentials (electives) grant a
 * lane (paid as that lane's salary at the same step) or a fixed annual amount.
 */
export const equivalencyRuleSchema = z
  .strictObject({
    ...common,
    kind: z.literal('equivalency'),
    required: z.array(z.strictObject({ set: idSchema, count: countSchema })).min(1),
    electives: z.number().int().min(0).max(1000),
    grantsLane: z.string().min(1).optional(),
    amountCents: centsSchema.min(1).optional(),
  })
  .refine((r) => (r.grantsLane === undefined) !== (r.amountCents === undefined), {
    message: 'give exactly one of grantsLane and amountCents',
    path: ['grantsLane'],
  });

/** A permanent base-salary increase per credential once the district's review accepted it. */
export const baseIncreaseRuleSchema = z.strictObject({
  ...common,
  kind: z.literal('base_increase'),
  amountCents: centsSchema.min(1),
  /** Who reviews each credential before it pays (Kettle Moraine: a peer panel); approval in PD Ledger records it. */
  review: z.string().min(1),
  maxPerYear: countSchema.optional(),
});

export const compensationRuleSchema = z.discriminatedUnion('kind', [
  stipendRuleSchema,
  countStepRuleSchema,
  equivalencyRuleSchema,
  baseIncreaseRuleSchema,
]);

export const compensationSchema = z.strictObject({
  microCredentials: microCredentialDefinitionSchema,
  sets: z.array(namedSetSchema).default([]),
  rules: z.array(compensationRuleSchema).min(1),
});

export type CatalogRef = z.infer<typeof catalogRefSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
export type CompensationRule = z.infer<typeof compensationRuleSchema>;
export type NamedSet = z.infer<typeof namedSetSchema>;
export type CentsRounding = z.infer<typeof centsRoundingSchema>;

/** `cents` x `basisPoints` / 10000, in whole cents by `rounding` (half_up: halves away from zero). */
export function basisPointsOf(cents: number, basisPoints: number, rounding: CentsRounding): number {
  const product = cents * basisPoints;
  if (!Number.isSafeInteger(product)) throw new RangeError('amount too large for exact cents');
  return rounding === 'down' ? Math.floor(product / 10_000) : Math.floor((product + 5_000) / 10_000);
}

function norm(text: string): string {
  return text.trim().toLowerCase();
}

/** True when the record was made against the catalog entry `ref` names. */
export function matchesCatalogRef(record: PdRecordInput, ref: CatalogRef): boolean {
  if ('catalogItemId' in ref) return record.catalogItemId === ref.catalogItemId;
  if ('achievementId' in ref) return record.achievementId != null && record.achievementId === ref.achievementId;
  return record.catalogItemName != null && norm(record.catalogItemName) === norm(ref.name);
}

/**
 * Whether a record is "a micro-credential" under the schedule's definition, whatever its status:
 * a micro-credential record linked to the catalog (by item or achievement id), and, for a listed
 * definition, one of the listed entries. Free-text titles never qualify.
 */
export function isCompensableMicroCredential(c: Compensation, record: PdRecordInput): boolean {
  if (record.activityType !== 'micro_credential') return false;
  if (!record.catalogItemId && !record.achievementId) return false;
  if (c.microCredentials.source === 'listed')
    return (c.microCredentials.items ?? []).some((ref) => matchesCatalogRef(record, ref));
  return true;
}

/** The schedule's lane credit, as a `notCombinableWith` target: credentials a rule pays do not also earn lane credit. */
export const LANE_CREDIT = 'lanes';

/** The compensation rule whose credentials may not also earn lane credit, if any. */
export function ruleExcludingLaneCredit(c: Compensation | undefined): CompensationRule | null {
  return c?.rules.find((r) => (r.notCombinableWith ?? []).includes(LANE_CREDIT)) ?? null;
}
