import type { ActivityType, HypotheticalRecordInput, PdUnit } from '../../../gql/graphql';
import { activityTypeLabels, formatAmount } from '../../../utils/format';

/** One line of a what-if plan: "2 micro-credentials in literacy, 15 stated hours each". */
export interface PlanItem {
  activityType: ActivityType;
  /** Exact decimal string per activity, in `unit`. */
  amount: string;
  unit: PdUnit;
  /** How many such activities (1..MAX_PLANNED_RECORDS). */
  count: number;
  categories: string[];
  /** A micro-credential's stated hours (exact decimal), which many rule sets convert. */
  statedHours: string | null;
  level: CreditLevel | null;
  inDistrict: boolean;
  /** Planned under an approved pre-approval, where the salary schedule asks for one. */
  preApproved: boolean;
  title: string | null;
}

export type CreditLevel = 'graduate' | 'undergraduate';

/** The API evaluates at most 50 planned records per what-if. */
export const MAX_PLANNED_RECORDS = 50;

export const ACTIVITY_TYPES = Object.keys(activityTypeLabels) as ActivityType[];
export const PD_UNITS: readonly PdUnit[] = ['CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL'];
const LEVELS: readonly CreditLevel[] = ['graduate', 'undergraduate'];

// The same rule as the API: positive, at most 4 decimal places, no exponent or sign.
const AMOUNT = /^\d{1,6}(\.\d{1,4})?$/;
const STATED_HOURS = /^\d{1,6}(\.\d{1,2})?$/;
const isZero = (value: string) => /^0*(\.0*)?$/.test(value);

/** The planner form as typed, every field a string, so a half-typed value survives a reload. */
export interface PlanItemDraft {
  activityType: string;
  amount: string;
  unit: string;
  count: string;
  /** Categories ticked from the rule set's required ones. */
  categories: string[];
  /** Any other categories, comma-separated as typed. */
  otherCategories: string;
  statedHours: string;
  level: string;
  inDistrict: boolean;
  preApproved: boolean;
  title: string;
}

export const emptyDraft: PlanItemDraft = {
  activityType: 'MICRO_CREDENTIAL',
  amount: '1',
  unit: 'MICRO_CREDENTIAL',
  count: '1',
  categories: [],
  otherCategories: '',
  statedHours: '',
  level: '',
  inDistrict: false,
  preApproved: true,
  title: '',
};

export type DraftErrors = Partial<Record<keyof PlanItemDraft, string>>;

/**
 * Checks the form and returns the item, or a message per field naming the value and what is
 * wanted. `plannedSoFar` is the number of planned records already in the plan (counts expanded).
 */
export function validateDraft(draft: PlanItemDraft, plannedSoFar = 0): { item: PlanItem | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const activityType = draft.activityType as ActivityType;
  if (!ACTIVITY_TYPES.includes(activityType)) errors.activityType = 'Choose the kind of activity.';
  const unit = draft.unit as PdUnit;
  if (!PD_UNITS.includes(unit)) errors.unit = 'Choose a unit.';
  const amount = draft.amount.trim();
  if (amount === '') errors.amount = 'Enter the amount of one activity, e.g. 3 or 1.5.';
  else if (!AMOUNT.test(amount) || isZero(amount))
    errors.amount = `“${draft.amount}” is not a positive number with at most 4 decimal places.`;
  const countText = draft.count.trim();
  const count = /^\d{1,3}$/.test(countText) ? Number(countText) : NaN;
  const room = MAX_PLANNED_RECORDS - plannedSoFar;
  if (!Number.isInteger(count) || count < 1) errors.count = `“${draft.count}” is not a whole number of activities (1 or more).`;
  else if (count > room) {
    errors.count =
      room > 0
        ? `A plan holds at most ${MAX_PLANNED_RECORDS} activities; ${room} more fit.`
        : `A plan holds at most ${MAX_PLANNED_RECORDS} activities; remove one first.`;
  }
  const statedHours = draft.statedHours.trim();
  if (statedHours !== '' && !STATED_HOURS.test(statedHours))
    errors.statedHours = `“${draft.statedHours}” is not a number of hours with at most 2 decimal places.`;
  const level = draft.level === '' ? null : (draft.level as CreditLevel);
  if (level !== null && !LEVELS.includes(level)) errors.level = 'Choose graduate or undergraduate.';
  const categories = [
    ...new Set([...draft.categories, ...draft.otherCategories.split(',')].map((c) => c.trim()).filter((c) => c.length > 0)),
  ];
  const longCategory = categories.find((c) => c.length > 100);
  if (longCategory) errors.otherCategories = `“${longCategory.slice(0, 20)}…” is longer than 100 characters.`;
  else if (categories.length > 20) errors.otherCategories = `${categories.length} categories; at most 20.`;
  const title = draft.title.trim();
  if (title.length > 150) errors.title = `The title has ${title.length} characters; at most 150.`;
  if (Object.keys(errors).length > 0) return { item: null, errors };
  return {
    item: {
      activityType,
      amount,
      unit,
      count,
      categories,
      statedHours: statedHours === '' ? null : statedHours,
      level,
      inDistrict: draft.inDistrict,
      preApproved: draft.preApproved,
      title: title === '' ? null : title,
    },
    errors,
  };
}

// In the URL each item is one `plan` parameter, fields joined by "~" (a character no field needs;
// the URL carries it as %7E, and a hand-typed "~" reads the same): type~amount~unit~count~categories(,)~statedHours~level~inDistrict~preApproved~title.
const SEPARATOR = '~';

export function serializeItem(item: PlanItem): string {
  return [
    item.activityType,
    item.amount,
    item.unit,
    String(item.count),
    item.categories.map((c) => c.replace(/[~,]/g, ' ')).join(','),
    item.statedHours ?? '',
    item.level ?? '',
    item.inDistrict ? '1' : '',
    item.preApproved ? '1' : '',
    item.title ?? '',
  ].join(SEPARATOR);
}

/**
 * The plan from the URL. A hand-edited or truncated parameter is reported, not silently dropped,
 * so a bookmarked plan never quietly changes.
 */
export function parsePlan(values: readonly string[]): { items: PlanItem[]; problems: string[] } {
  const items: PlanItem[] = [];
  const problems: string[] = [];
  let planned = 0;
  values.forEach((value, index) => {
    const parts = value.split(SEPARATOR);
    const [
      activityType = '',
      amount = '',
      unit = '',
      count = '',
      categories = '',
      statedHours = '',
      level = '',
      inDistrict = '',
      preApproved = '',
      ...title
    ] = parts;
    const draft: PlanItemDraft = {
      activityType,
      amount,
      unit,
      count,
      categories: categories === '' ? [] : categories.split(','),
      otherCategories: '',
      statedHours,
      level,
      inDistrict: inDistrict === '1',
      preApproved: preApproved === '1',
      title: title.join(SEPARATOR),
    };
    const { item, errors } =
      parts.length < 4 ? { item: null, errors: { amount: 'it is incomplete.' } } : validateDraft(draft, planned);
    if (item) {
      items.push(item);
      planned += item.count;
    } else {
      problems.push(`Planned activity ${index + 1} in the link was left out: ${Object.values(errors).join(' ')}`);
    }
  });
  return { items, problems };
}

export function plannedRecordCount(items: readonly PlanItem[]): number {
  return items.reduce((sum, item) => sum + item.count, 0);
}

/** "2 × Micro-credential, 1 micro-credential (15 stated hours) · Literacy". */
export function describeItem(item: PlanItem): string {
  const what = item.title ?? activityTypeLabels[item.activityType];
  const extras = [
    item.statedHours ? `${item.statedHours} stated hours` : null,
    item.level,
    item.inDistrict ? 'district-provided' : null,
    item.preApproved ? null : 'not pre-approved',
  ].filter((part): part is string => part !== null);
  const amount = `${formatAmount(item.amount, item.unit)}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
  const categories = item.categories.length > 0 ? ` · ${item.categories.join(', ')}` : '';
  return `${item.count > 1 ? `${item.count} × ` : ''}${what}, ${amount}${categories}`;
}

/**
 * The what-if input: each item expanded to `count` planned records, completed on `completedOn`.
 * Category names that match a rule set's category label are sent as its id.
 */
export function toHypotheticals(
  items: readonly PlanItem[],
  completedOn: string,
  categoryIds: ReadonlyMap<string, string> = new Map(),
): HypotheticalRecordInput[] {
  return items.flatMap((item, index) =>
    Array.from({ length: item.count }, (_, n): HypotheticalRecordInput => ({
      title: `${item.title ?? `Planned ${activityTypeLabels[item.activityType].toLowerCase()}`} (plan line ${index + 1}${item.count > 1 ? `, ${n + 1} of ${item.count}` : ''})`,
      activityType: item.activityType,
      amount: item.amount,
      unit: item.unit,
      completedOn,
      categories: item.categories.map((category) => categoryIds.get(category.toLowerCase()) ?? category),
      statedHours: item.statedHours,
      level: item.level,
      inDistrict: item.inDistrict,
      preApproved: item.preApproved,
    })),
  );
}
