// The relicensure rule-set model: versioned, cited data validated by zod. A state's rules are
// data, not code — the evaluator reads any rule set that passes this schema. Every rule carries a
// citation (source URL and the wording relied on) and may be flagged `uncertain`, with the reason,
// so that users are told to check with the state.
import { z } from 'zod';
import { ACTIVITY_TYPES, CREDIT_LEVELS, DEGREE_LEVELS, RECORD_UNITS } from './canonical-ids';
import { isDecimalString, isRationalString, parseRational } from './exact-amount';
import { isLocalDate, isMonthDay } from './local-date';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_+-]*$/, 'must be a lower-case id (a-z, 0-9, _ + -)');
const amountSchema = z.string().refine(isDecimalString, 'must be a non-negative decimal string with at most 4 decimal places');
const rationalSchema = z.string().refine(isRationalString, 'must be a decimal ("1.5") or a fraction ("2/3")');
const shareSchema = rationalSchema.refine((s) => {
  if (!isRationalString(s)) return true;
  const r = parseRational(s);
  return r.num > 0 && r.num <= r.den;
}, 'must be a share greater than 0 and at most 1');
const localDateSchema = z.string().refine(isLocalDate, 'must be a calendar date YYYY-MM-DD');
const monthDaySchema = z.string().refine(isMonthDay, 'must be a month and day MM-DD');

/**
 * Whether someone compared the cited page with the wording relied on: `confirmed` only after seeing
 * the page text (a stored public copy or the live page); `unconfirmed` when the page could not be
 * found or did not say it, so the fact rests on an unconfirmed source.
 */
export const citationCheckSchema = z.strictObject({
  status: z.enum(['confirmed', 'unconfirmed']),
  checkedOn: localDateSchema,
  /** What was (or could not be) seen, e.g. "page not in any stored copy". */
  note: z.string().min(1).optional(),
});

/** Where a rule comes from: the page and the wording relied on. */
export const citationSchema = z.strictObject({
  url: z.url(),
  text: z.string().min(1),
  /** Section or paragraph, e.g. "19 TAC 232.11(e)". */
  section: z.string().min(1).optional(),
  /** The last check of the page against `text`; absent = never checked (shown as unverified). */
  check: citationCheckSchema.optional(),
});

/** Fields every rule has. */
const ruleFields = {
  id: idSchema,
  citation: citationSchema,
  /** Why the fact is uncertain; present means the preset says "check with the state". */
  uncertain: z.string().min(1).optional(),
};

const unitListSchema = z.array(z.enum(RECORD_UNITS)).min(1);
const activityListSchema = z.array(z.enum(ACTIVITY_TYPES)).min(1);
const levelListSchema = z.array(z.enum([...CREDIT_LEVELS, 'unknown'])).min(1);

/** Which records a conversion applies to; an absent field matches everything. */
export const conversionMatchSchema = z.strictObject({
  units: unitListSchema.optional(),
  activityTypes: activityListSchema.optional(),
  /** Credit level of the course; `unknown` matches records without a level. */
  levels: levelListSchema.optional(),
  /** Only records of PD the district itself provided (or only others, when false). */
  inDistrict: z.boolean().optional(),
});

/** How one record's amount becomes the rule set's unit. */
export const conversionValueSchema = z.discriminatedUnion('kind', [
  /** credited = amount x factor (PA: 1 semester credit = 30 hours). */
  z.strictObject({ kind: z.literal('factor'), factor: rationalSchema }),
  /** credited = a fixed amount per record, whatever its amount (NC: National Board = 8 credits). */
  z.strictObject({ kind: z.literal('per_record'), amount: amountSchema }),
  /** credited = amount x the catalog item's stated hours x factor (0 when the catalog states none). */
  z.strictObject({ kind: z.literal('catalog_hours'), factor: rationalSchema.default('1') }),
  /** credited = the amount of the highest band whose `min` the record's amount reaches (TN LOE 5 = 20). */
  z.strictObject({
    kind: z.literal('bands'),
    bands: z.array(z.strictObject({ min: amountSchema, amount: amountSchema })).min(1),
  }),
  /** Recorded but worth nothing here (the explanation says so). */
  z.strictObject({ kind: z.literal('not_accepted') }),
]);

const positiveAmountSchema = amountSchema.refine((s) => !/^0(\.0+)?$/.test(s), 'must be greater than 0');

/**
 * Each record is one event, converted on its own: hours from different events are never combined
 * (AK: "one non-academic credit per 15 contact hours at a single institute or workshop; hours from
 * various events may not be combined"). A record below `minimum` adds nothing; with `step`, only
 * whole steps of the recorded amount count (20 hours at one workshop = one 15-hour credit).
 */
export const perEventSchema = z.strictObject({
  minimum: positiveAmountSchema,
  step: positiveAmountSchema.optional(),
});

/** A conversion rule; the first rule (in order) whose match fits a record converts it. */
export const conversionSchema = z
  .strictObject({
    ...ruleFields,
    description: z.string().min(1),
    match: conversionMatchSchema,
    value: conversionValueSchema,
    perEvent: perEventSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.perEvent && c.value.kind !== 'factor') {
      ctx.addIssue({ code: 'custom', path: ['perEvent'], message: 'only with a "factor" conversion' });
    }
  });

const selectorSchema = z
  .strictObject({
    activityTypes: activityListSchema.optional(),
    categories: z.array(idSchema).min(1).optional(),
    units: unitListSchema.optional(),
    levels: levelListSchema.optional(),
  })
  .refine((s) => Object.keys(s).length > 0, 'must name at least one of activityTypes, categories, units, levels');

const limitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('amount'), amount: amountSchema }),
  /** A share of the cycle's required amount, e.g. "0.2" for 20%. */
  z.strictObject({ kind: z.literal('share'), share: shareSchema }),
]);

/** At most this much of the matching records counts in a cycle (TX: independent study <= 20%). */
export const capSchema = z.strictObject({
  ...ruleFields,
  label: z.string().min(1),
  appliesTo: selectorSchema,
  limit: limitSchema,
});

/** A minimum in a category (FL: 20 points on students with disabilities). */
export const categoryRequirementSchema = z.strictObject({
  ...ruleFields,
  category: idSchema,
  label: z.string().min(1),
  minimum: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('amount'), amount: amountSchema }),
    z.strictObject({ kind: z.literal('share'), share: shareSchema }),
    /** Some PD in the category is required but the source names no amount. */
    z.strictObject({ kind: z.literal('any') }),
    /**
     * A minimum per license level (VT: 15 endorsement hours on a Level I license, 30 on Level II);
     * license types not listed have no such requirement. `perAdditionalLicense` is added per
     * additional license or endorsement held, for that level.
     */
    z.strictObject({
      kind: z.literal('by_license_type'),
      amounts: z
        .array(z.strictObject({ licenseType: idSchema, amount: amountSchema, perAdditionalLicense: amountSchema.optional() }))
        .min(1),
    }),
  ]),
  /**
   * Required on every route to renewal, pathways included (FL: the students-with-disabilities
   * credit whether 120 points or 6 semester hours are used). Without it a met pathway renews alone.
   */
  allRoutes: z.boolean().optional(),
  /** Only for these license types (all when absent). */
  licenseTypes: z.array(idSchema).min(1).optional(),
  /** Only for these grade bands (all when absent). */
  gradeBands: z.array(idSchema).min(1).optional(),
  /** Every credited record counts here, tagged or not (NC's "general" credits). */
  countsAnyRecord: z.boolean().optional(),
  /**
   * A share from a source: credited records matching this selector count here, tagged or
   * not (SC: graduate coursework; KS: college credit).
   */
  source: selectorSchema.optional(),
  /** Only for educators whose highest degree is below this one, or unknown (SC, KS: "without a master's"). */
  onlyBelowDegree: z.enum(DEGREE_LEVELS).optional(),
  /** Added to an `amount` minimum per additional license or endorsement held (MA: 15 content PDPs per additional license; NH: 30 per endorsement). */
  perAdditionalLicense: amountSchema.optional(),
});

export const licenseTypeSchema = z.strictObject({
  ...ruleFields,
  name: z.string().min(1),
  /** Amount required per cycle, in the rule set's unit. */
  required: amountSchema,
  cycleYears: z.number().int().min(1).max(12),
  /** Added to `required` for each additional license or endorsement held (MA/NH). */
  perAdditionalLicense: amountSchema.optional(),
  /**
   * Required amount by the educator's highest degree (KS: 120 with a graduate degree, else 160): the
   * last entry whose `degree` the educator's degree reaches replaces `required`; unknown degree = `required`.
   */
  requiredByDegree: z
    .array(z.strictObject({ degree: z.enum(DEGREE_LEVELS), required: amountSchema }))
    .min(1)
    .optional(),
});

const cycleWindowSchema = z.discriminatedUnion('kind', [
  /** Starts on the license issue date (PA). */
  z.strictObject({ ...ruleFields, kind: z.literal('issue_date') }),
  /** Starts on the first day of the birth month on or after the issue date; ends the last day of the month before it (NY). */
  z.strictObject({ ...ruleFields, kind: z.literal('birth_month') }),
  /** Starts on the fiscal date (e.g. 07-01) on or before the issue date (FL). */
  z.strictObject({ ...ruleFields, kind: z.literal('fiscal_date'), startMonthDay: monthDaySchema }),
  /** Starts on the first July 1 after the issue date (IL). */
  z.strictObject({ ...ruleFields, kind: z.literal('july_1_after_issue') }),
  /** The cycle must be given by the caller. */
  z.strictObject({ ...ruleFields, kind: z.literal('explicit') }),
]);

/** When the cycle ends: the natural end (the day before start + cycle years) or moved on to a month-day. */
const expirySchema = z.strictObject({
  ...ruleFields,
  /** The license expires on this month-day, the first one on or after the natural end (NC 06-30, TN 08-31). */
  monthDay: monthDaySchema,
});

const graceSchema = z.strictObject({
  ...ruleFields,
  kind: z.enum(['late_renewal', 'extension', 'lapse_date']),
  /** Months after the deadline during which renewal is still possible. */
  months: z.number().int().min(1).max(36).optional(),
  /** The license lapses on the first such month-day after the cycle end (IL 09-01). */
  lapsesOnMonthDay: monthDaySchema.optional(),
});

const deadlineSchema = z.strictObject({
  ...ruleFields,
  /** Evidence must be submitted this many days before the cycle end (DE: 30). */
  daysBeforeEnd: z.number().int().min(0).max(730),
});

export const carryOverSchema = z.strictObject({
  ...ruleFields,
  /** At most this much carries into the next cycle; absent = no amount limit. */
  maxAmount: amountSchema.optional(),
  earnedWithin: z.discriminatedUnion('kind', [
    /** Earned in the last N years of the cycle (PA: 2). */
    z.strictObject({ kind: z.literal('last_years'), years: z.number().int().min(1).max(12) }),
    /** Earned between two month-days of the cycle's final year (IL: 04-01 .. 06-30). */
    z.strictObject({ kind: z.literal('final_year_dates'), from: monthDaySchema, to: monthDaySchema }),
    z.strictObject({ kind: z.literal('whole_cycle') }),
  ]),
});

export const roundingSchema = z.strictObject({
  ...ruleFields,
  /** Each record's credited amount is rounded to a multiple of this (e.g. "0.25" for quarter hours). */
  increment: amountSchema.refine((s) => s !== '0' && !/^0(\.0+)?$/.test(s), 'must be greater than 0'),
  mode: z.enum(['down', 'half_up', 'up']),
});

/** A category minimum of a pathway, in the pathway's unit, counted from records tagged with the category. */
export const pathwayCategoryRequirementSchema = z.strictObject({
  ...ruleFields,
  category: idSchema,
  label: z.string().min(1),
  minimum: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('amount'), amount: amountSchema }),
    z.strictObject({ kind: z.literal('any') }),
  ]),
});

/** An alternative way to renew: met by its own requirement, counted with its own conversions. */
export const pathwaySchema = z.strictObject({
  ...ruleFields,
  label: z.string().min(1),
  unit: z.strictObject({ id: idSchema, name: z.string().min(1) }),
  required: amountSchema,
  conversions: z.array(conversionSchema).min(1),
  licenseTypes: z.array(idSchema).min(1).optional(),
  /** Category minimums of this route (MD: the four 2024 areas on the 90-PDP route). */
  categoryRequirements: z.array(pathwayCategoryRequirementSchema).default([]),
});

/**
 * Only PD from the last `years` of the cycle counts (NE: a 10-year Professional certificate renews
 * on 6 graduate hours "within the past five years"). Must be shorter than the license's cycle.
 */
export const lookBackSchema = z.strictObject({
  ...ruleFields,
  years: z.number().int().min(1).max(11),
  /** Only for these license types (all when absent). */
  licenseTypes: z.array(idSchema).min(1).optional(),
});

/**
 * PD counts for the expiring license until this month-day, the first one on or after the cycle's
 * end (MT: "through August 31 of the year the license expires", after a June 30 expiry). Renewal
 * stays possible until then. PD in that overlap counts for the expiring license first, as far as it
 * needs it; the rest counts for the next cycle (no record counts twice).
 */
export const earningWindowSchema = z.strictObject({
  ...ruleFields,
  throughMonthDay: monthDaySchema,
});

/** A minimum per PD year inside the cycle (AR: 36 hours per July-June year). */
export const perYearMinimumSchema = z.strictObject({
  ...ruleFields,
  amount: amountSchema,
  yearStartMonthDay: monthDaySchema,
  /**
   * Check only PD years wholly inside the cycle (AR: a January-December license with July-June PD
   * years, whose edge years belong partly to the neighbouring license). Default: every year touched.
   */
  wholeYearsOnly: z.boolean().optional(),
});

/**
 * Minimum per topic before it counts (MA: a topic counts only with at least 10 PDPs). A
 * record's topic is its first category (untagged records share one topic); a topic whose credited
 * total (after conversion and rounding, before caps) is below `amount` adds nothing.
 */
export const topicMinimumSchema = z.strictObject({
  ...ruleFields,
  amount: amountSchema,
  label: z.string().min(1).optional(),
});

/** Something done once, ever (a literacy course), or kept current (a CPR card valid N months). */
export const standingRequirementSchema = z.strictObject({
  ...ruleFields,
  kind: z.enum(['one_time', 'current']),
  category: idSchema,
  label: z.string().min(1),
  validMonths: z.number().int().min(1).max(120).optional(),
});

export const ruleSetVersionSchema = z.strictObject({
  version: z.string().min(1),
  /** The version governs cycles whose end (or start, see `versionSelection`) is on or after this date. */
  effectiveFrom: localDateSchema,
  summary: z.string().min(1),
  unit: z.strictObject({
    id: idSchema,
    /** Display name, plural ("Act 48 hours", "PDPs"). */
    name: z.string().min(1),
  }),
  licenseTypes: z.array(licenseTypeSchema).min(1),
  defaultLicenseType: idSchema,
  gradeBands: z.array(z.strictObject({ id: idSchema, name: z.string().min(1) })).optional(),
  defaultGradeBand: idSchema.optional(),
  cycleWindow: cycleWindowSchema,
  expiry: expirySchema.optional(),
  deadline: deadlineSchema.optional(),
  grace: graceSchema.optional(),
  conversions: z.array(conversionSchema).min(1),
  caps: z.array(capSchema).default([]),
  categoryRequirements: z.array(categoryRequirementSchema).default([]),
  /** overlap: a record counts fully in each of its categories; exclusive: it may be split but not double counted (NC). */
  categoryAllocation: z.strictObject({ ...ruleFields, mode: z.enum(['overlap', 'exclusive']) }).optional(),
  carryOver: carryOverSchema.optional(),
  rounding: roundingSchema.optional(),
  pathways: z.array(pathwaySchema).default([]),
  perYearMinimum: perYearMinimumSchema.optional(),
  topicMinimum: topicMinimumSchema.optional(),
  standingRequirements: z.array(standingRequirementSchema).default([]),
  lookBack: lookBackSchema.optional(),
  earningWindow: earningWindowSchema.optional(),
  /** Facts shown to users that the evaluator does not compute (voluntary inactive status, ...). */
  notes: z
    .array(
      z.strictObject({
        ...ruleFields,
        text: z.string().min(1),
        /**
         * A requirement of the state that PD Ledger does not check: every evaluation it applies to
         * lists it ("not checked by PD Ledger: ...") so that `complete` is never read as the whole story.
         */
        notChecked: z.boolean().optional(),
        /** Only for these license types (all when absent). */
        licenseTypes: z.array(idSchema).min(1).optional(),
      }),
    )
    .default([]),
});

export const ruleSetSchema = z
  .strictObject({
    /** Lower-case jurisdiction code for presets ("pa"), or a district's own id. */
    id: idSchema,
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter upper-case code'),
    name: z.string().min(1),
    /** cycle_end (default): the version in force when the cycle ends governs it; cycle_start: when it begins. */
    versionSelection: z.enum(['cycle_end', 'cycle_start']).default('cycle_end'),
    versions: z.array(ruleSetVersionSchema).min(1),
  })
  .superRefine((ruleSet, ctx) => {
    ruleSet.versions.forEach((v, vi) => {
      const at = (...path: (string | number)[]) => ['versions', vi, ...path];
      if (vi > 0 && v.effectiveFrom <= ruleSet.versions[vi - 1]!.effectiveFrom) {
        ctx.addIssue({
          code: 'custom',
          path: at('effectiveFrom'),
          message: 'versions must be in increasing effectiveFrom order',
        });
      }
      const licenseIds = new Set(v.licenseTypes.map((l) => l.id));
      if (!licenseIds.has(v.defaultLicenseType)) {
        ctx.addIssue({
          code: 'custom',
          path: at('defaultLicenseType'),
          message: `unknown license type "${v.defaultLicenseType}"`,
        });
      }
      const bandIds = new Set((v.gradeBands ?? []).map((b) => b.id));
      if (v.defaultGradeBand && !bandIds.has(v.defaultGradeBand)) {
        ctx.addIssue({ code: 'custom', path: at('defaultGradeBand'), message: `unknown grade band "${v.defaultGradeBand}"` });
      }
      const seen = new Map<string, string>();
      const checkId = (id: string, path: (string | number)[]) => {
        const key = `${path[2]}:${id}`;
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: at(...path.slice(2), 'id'), message: `duplicate rule id "${id}"` });
        seen.set(key, id);
      };
      v.licenseTypes.forEach((l, i) => checkId(l.id, at('licenseTypes', i)));
      v.conversions.forEach((c, i) => checkId(c.id, at('conversions', i)));
      v.caps.forEach((c, i) => checkId(c.id, at('caps', i)));
      v.categoryRequirements.forEach((r, i) => {
        checkId(r.id, at('categoryRequirements', i));
        r.licenseTypes?.forEach((l, li) => {
          if (!licenseIds.has(l))
            ctx.addIssue({
              code: 'custom',
              path: at('categoryRequirements', i, 'licenseTypes', li),
              message: `unknown license type "${l}"`,
            });
        });
        r.gradeBands?.forEach((b, bi) => {
          if (!bandIds.has(b))
            ctx.addIssue({
              code: 'custom',
              path: at('categoryRequirements', i, 'gradeBands', bi),
              message: `unknown grade band "${b}"`,
            });
        });
      });
      v.categoryRequirements.forEach((r, i) => {
        if (r.perAdditionalLicense !== undefined && r.minimum.kind !== 'amount') {
          ctx.addIssue({
            code: 'custom',
            path: at('categoryRequirements', i, 'perAdditionalLicense'),
            message: 'only with an "amount" minimum',
          });
        }
        if (r.minimum.kind === 'by_license_type') {
          const listed = new Set<string>();
          r.minimum.amounts.forEach((a, ai) => {
            const path = at('categoryRequirements', i, 'minimum', 'amounts', ai, 'licenseType');
            if (!licenseIds.has(a.licenseType))
              ctx.addIssue({ code: 'custom', path, message: `unknown license type "${a.licenseType}"` });
            if (listed.has(a.licenseType))
              ctx.addIssue({ code: 'custom', path, message: `license type "${a.licenseType}" listed twice` });
            if (r.licenseTypes && !r.licenseTypes.includes(a.licenseType))
              ctx.addIssue({
                code: 'custom',
                path,
                message: `license type "${a.licenseType}" is outside the requirement's licenseTypes`,
              });
            listed.add(a.licenseType);
          });
        }
      });
      v.pathways.forEach((p, i) => {
        checkId(p.id, at('pathways', i));
        p.licenseTypes?.forEach((l, li) => {
          if (!licenseIds.has(l))
            ctx.addIssue({ code: 'custom', path: at('pathways', i, 'licenseTypes', li), message: `unknown license type "${l}"` });
        });
        const pathwayIds = new Set<string>();
        p.categoryRequirements.forEach((r, ri) => {
          if (pathwayIds.has(r.id))
            ctx.addIssue({
              code: 'custom',
              path: at('pathways', i, 'categoryRequirements', ri, 'id'),
              message: `duplicate rule id "${r.id}"`,
            });
          pathwayIds.add(r.id);
        });
      });
      if (v.lookBack) {
        const lookBack = v.lookBack;
        lookBack.licenseTypes?.forEach((l, li) => {
          if (!licenseIds.has(l))
            ctx.addIssue({ code: 'custom', path: at('lookBack', 'licenseTypes', li), message: `unknown license type "${l}"` });
        });
        for (const t of v.licenseTypes) {
          if (lookBack.licenseTypes && !lookBack.licenseTypes.includes(t.id)) continue;
          if (lookBack.years >= t.cycleYears) {
            ctx.addIssue({
              code: 'custom',
              path: at('lookBack', 'years'),
              message: `must be shorter than the ${t.cycleYears}-year cycle of license type "${t.id}" (name the license types it applies to)`,
            });
          }
        }
      }
      v.notes.forEach((n, i) => {
        n.licenseTypes?.forEach((l, li) => {
          if (!licenseIds.has(l))
            ctx.addIssue({ code: 'custom', path: at('notes', i, 'licenseTypes', li), message: `unknown license type "${l}"` });
        });
      });
      v.standingRequirements.forEach((r, i) => {
        if (r.kind === 'current' && r.validMonths === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('standingRequirements', i, 'validMonths'),
            message: 'required for a "current" requirement',
          });
        }
      });
      if (v.grace && v.grace.months === undefined && v.grace.lapsesOnMonthDay === undefined) {
        ctx.addIssue({ code: 'custom', path: at('grace'), message: 'needs months or lapsesOnMonthDay' });
      }
    });
  });

export type Citation = z.infer<typeof citationSchema>;
export type ConversionRule = z.infer<typeof conversionSchema>;
export type ConversionMatch = z.infer<typeof conversionMatchSchema>;
export type ConversionValue = z.infer<typeof conversionValueSchema>;
export type CapRule = z.infer<typeof capSchema>;
export type CategoryRequirementRule = z.infer<typeof categoryRequirementSchema>;
export type LicenseTypeRule = z.infer<typeof licenseTypeSchema>;
export type CarryOverRule = z.infer<typeof carryOverSchema>;
export type RoundingRule = z.infer<typeof roundingSchema>;
export type PathwayRule = z.infer<typeof pathwaySchema>;
export type PathwayCategoryRequirementRule = z.infer<typeof pathwayCategoryRequirementSchema>;
export type LookBackRule = z.infer<typeof lookBackSchema>;
export type EarningWindowRule = z.infer<typeof earningWindowSchema>;
export type PerEventRule = z.infer<typeof perEventSchema>;
export type CitationCheck = z.infer<typeof citationCheckSchema>;
export type StandingRequirementRule = z.infer<typeof standingRequirementSchema>;
export type TopicMinimumRule = z.infer<typeof topicMinimumSchema>;
export type RuleSetVersion = z.infer<typeof ruleSetVersionSchema>;
/** A validated rule set (defaults filled in). */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** A rule set as written in a preset or JSON file, before defaults are applied. */
export type RuleSetInput = z.input<typeof ruleSetSchema>;

/** One problem in a rule set or salary schedule, with the dotted path of the bad field. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Thrown when rule data does not pass its schema; `issues[].path` names each bad field. */
export class RuleDataValidationError extends Error {
  constructor(
    readonly what: string,
    readonly issues: readonly SchemaIssue[],
  ) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'RuleDataValidationError';
  }
}

/** Formats a zod path as `versions[0].caps[1].limit.share`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function toSchemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** Validates rule-set data (from a preset or a JSON file); throws RuleDataValidationError naming each bad field. */
export function parseRuleSet(data: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(data);
  if (!result.success) throw new RuleDataValidationError('rule set', toSchemaIssues(result.error));
  return result.data;
}
/** A conversion rule as written in a preset (defaults not yet applied). */
export type ConversionRuleInput = z.input<typeof conversionSchema>;
