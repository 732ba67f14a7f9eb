// District salary schedules as cited, versioned data: lanes, the steps x lanes table per contract
// year in integer cents, and the lane-credit rules (conversions, caps, eligibility, windows).
import { z } from 'zod';
import { ACTIVITY_TYPES } from './canonical-ids';
import { isDecimalString } from './exact-amount';
import { compensationSchema, LANE_CREDIT } from './compensation.schema';
import { isLocalDate, isMonthDay } from './local-date';
import { citationSchema, conversionSchema, RuleDataValidationError, toSchemaIssues } from './rule-set.schema';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_+-]*$/, 'must be a lower-case id');
const amountSchema = z.string().refine(isDecimalString, 'must be a non-negative decimal string with at most 4 decimal places');
const monthDaySchema = z.string().refine(isMonthDay, 'must be a month and day MM-DD');
const rule = { id: idSchema, citation: citationSchema, uncertain: z.string().min(1).optional() };

export const laneSchema = z.strictObject({
  /** Lane name as the district writes it ("BA+15"). */
  id: z.string().min(1),
  degree: z.string().min(1),
  /** Credits beyond the lane's degree that the lane needs (BA+15: 15). */
  credits: z.number().int().min(0),
  /** Credits beyond the previous degree that substitute for this lane's degree (Troy 30-C: 36 for MA). */
  degreeEquivalentCredits: z.number().int().min(1).optional(),
});

export const salaryScheduleSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1),
    citation: citationSchema,
    uncertain: z.string().min(1).optional(),
    /** Degrees from lowest to highest. */
    degrees: z.array(z.string().min(1)).min(1),
    lanes: z.array(laneSchema).min(2),
    contractYears: z
      .array(
        z.strictObject({
          /** Calendar year the contract year starts in. */
          year: z.number().int().min(1990).max(2100),
          start: z.string().refine(isLocalDate, 'must be a date'),
          end: z.string().refine(isLocalDate, 'must be a date'),
          /** Lane id -> annual salary in integer cents, index 0 = step 1. */
          salaries: z.record(z.string(), z.array(z.number().int().nonnegative()).min(1)),
        }),
      )
      .min(1),
    /** How records become lane credits (semester credit 1, quarter 2/3, micro-credential at the district rate ...). */
    conversions: z.array(conversionSchema).min(1),
    caps: z
      .array(
        z.strictObject({
          ...rule,
          label: z.string().min(1),
          appliesTo: z.strictObject({
            activityTypes: z.array(z.enum(ACTIVITY_TYPES)).min(1).optional(),
            units: z.array(z.string()).min(1).optional(),
            levels: z
              .array(z.enum(['graduate', 'undergraduate', 'unknown']))
              .min(1)
              .optional(),
            inDistrict: z.boolean().optional(),
          }),
          /** per_lane_change: max x lane changes from the degree's base lane; contract_year: per contract year; total: overall. */
          per: z.enum(['lane_change', 'contract_year', 'total']),
          max: amountSchema,
        }),
      )
      .default([]),
    earnedAfter: z.strictObject({ ...rule, basis: z.enum(['hire', 'highest_degree', 'later_of_hire_and_degree']) }),
    preApproval: z.strictObject({ ...rule, activityTypes: z.array(z.enum(ACTIVITY_TYPES)).min(1) }).optional(),
    /** Credits of in-district PD expire after N years (PBTA NY: 5). */
    inDistrictExpiry: z.strictObject({ ...rule, years: z.number().int().min(1).max(20) }).optional(),
    maxLaneChangesPerYear: z.strictObject({ ...rule, max: z.number().int().min(1) }).optional(),
    applicationWindows: z
      .array(z.strictObject({ ...rule, opens: monthDaySchema, closes: monthDaySchema, effective: monthDaySchema }))
      .min(1),
    retroactivePay: z.strictObject({ ...rule, allowed: z.boolean() }),
    /** How the district pays for micro-credentials besides lane credit (stipends, percentage steps, equivalencies, base increases). */
    compensation: compensationSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const laneIds = new Set(s.lanes.map((l) => l.id));
    s.lanes.forEach((l, i) => {
      if (!s.degrees.includes(l.degree))
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'degree'], message: `unknown degree "${l.degree}"` });
    });
    s.contractYears.forEach((y, i) => {
      for (const lane of laneIds)
        if (!y.salaries[lane])
          ctx.addIssue({ code: 'custom', path: ['contractYears', i, 'salaries', lane], message: 'missing lane' });
      for (const key of Object.keys(y.salaries))
        if (!laneIds.has(key))
          ctx.addIssue({ code: 'custom', path: ['contractYears', i, 'salaries', key], message: 'unknown lane' });
      if (y.end <= y.start) ctx.addIssue({ code: 'custom', path: ['contractYears', i, 'end'], message: 'must be after start' });
    });
    const c = s.compensation;
    if (!c) return;
    if (c.microCredentials.source === 'listed' && !c.microCredentials.items)
      ctx.addIssue({
        code: 'custom',
        path: ['compensation', 'microCredentials', 'items'],
        message: 'a listed definition needs items',
      });
    const setIds = new Set<string>();
    c.sets.forEach((set, i) => {
      if (setIds.has(set.id))
        ctx.addIssue({ code: 'custom', path: ['compensation', 'sets', i, 'id'], message: 'duplicate set id' });
      setIds.add(set.id);
    });
    const ruleIds = new Set<string>();
    c.rules.forEach((r, i) => {
      if (ruleIds.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['compensation', 'rules', i, 'id'], message: 'duplicate rule id' });
      ruleIds.add(r.id);
    });
    c.rules.forEach((r, i) => {
      (r.notCombinableWith ?? []).forEach((other, k) => {
        if ((!ruleIds.has(other) && other !== LANE_CREDIT) || other === r.id)
          ctx.addIssue({
            code: 'custom',
            path: ['compensation', 'rules', i, 'notCombinableWith', k],
            message: `unknown compensation rule "${other}"`,
          });
      });
      if (r.kind === 'equivalency') {
        r.required.forEach((req, k) => {
          if (!setIds.has(req.set))
            ctx.addIssue({
              code: 'custom',
              path: ['compensation', 'rules', i, 'required', k, 'set'],
              message: `unknown set "${req.set}"`,
            });
        });
        if (r.grantsLane !== undefined && !laneIds.has(r.grantsLane))
          ctx.addIssue({
            code: 'custom',
            path: ['compensation', 'rules', i, 'grantsLane'],
            message: `unknown lane "${r.grantsLane}"`,
          });
      }
      if (r.kind === 'count_step')
        r.steps.forEach((step, k) => {
          if (k > 0 && step.count <= r.steps[k - 1]!.count)
            ctx.addIssue({
              code: 'custom',
              path: ['compensation', 'rules', i, 'steps', k, 'count'],
              message: 'counts must increase',
            });
        });
    });
  });

export type SalarySchedule = z.infer<typeof salaryScheduleSchema>;
export type SalaryScheduleInput = z.input<typeof salaryScheduleSchema>;
export type Lane = z.infer<typeof laneSchema>;

/** Validates salary-schedule data; throws RuleDataValidationError naming each bad field. */
export function parseSalarySchedule(data: unknown): SalarySchedule {
  const result = salaryScheduleSchema.safeParse(data);
  if (!result.success) throw new RuleDataValidationError('salary schedule', toSchemaIssues(result.error));
  return result.data;
}
