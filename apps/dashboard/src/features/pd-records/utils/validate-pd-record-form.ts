import type { ActivityType, CourseLevel, PdUnit, SubmitPdRecordInput } from '../../../gql/graphql';

export interface PdRecordFormValues {
  title: string;
  activityType: ActivityType;
  amount: string;
  unit: PdUnit;
  completedOn: string;
  /** When it began (optional): the state hour upload reports it. */
  startedOn: string;
  /** Who gave it (optional): a university, an intermediate unit, a conference. */
  provider: string;
  /** A college course's level, or '' when not a course or not known (never counted as graduate). */
  level: CourseLevel | '';
  evidenceUrl: string;
  /** Comma-separated, as typed. */
  categories: string;
  /** The district catalog item this PD was, or '' for a free title. */
  catalogItemId: string;
}

export type PdRecordFormErrors = Partial<Record<keyof PdRecordFormValues, string>>;

// These mirror the API's checks (apps/api/src/pd-records/dto/validate-submit-pd-record.ts) so a
// person hears about a problem before sending; the API still checks everything itself.
const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const EARLIEST_DATE = '1950-01-01';

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function splitCategories(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}

/** Field-by-field problems in words; an empty object means the form can be sent. */
export function validatePdRecordForm(values: PdRecordFormValues, today: string): PdRecordFormErrors {
  const errors: PdRecordFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter a title, e.g. the course or workshop name.';
  else if (title.length > 200) errors.title = `Keep the title to 200 characters (it has ${title.length}).`;

  const amount = values.amount.trim();
  if (amount === '') errors.amount = 'Enter the amount, e.g. 3 or 1.5.';
  else if (!AMOUNT_PATTERN.test(amount)) errors.amount = 'Enter a number with at most 2 decimal places, e.g. 1.5.';
  else if (!/[1-9]/.test(amount)) errors.amount = 'The amount must be more than zero.';

  if (values.completedOn === '') errors.completedOn = 'Enter the date you completed it.';
  else if (!isRealDate(values.completedOn)) errors.completedOn = 'Enter a real date (YYYY-MM-DD).';
  else if (values.completedOn > today) errors.completedOn = 'The date cannot be in the future.';
  else if (values.completedOn < EARLIEST_DATE) errors.completedOn = 'The date cannot be before 1950.';

  if (values.startedOn !== '') {
    if (!isRealDate(values.startedOn)) errors.startedOn = 'Enter a real date (YYYY-MM-DD), or leave it empty.';
    else if (values.completedOn !== '' && values.startedOn > values.completedOn)
      errors.startedOn = 'The start cannot be after the completion date.';
    else if (values.startedOn < EARLIEST_DATE) errors.startedOn = 'The date cannot be before 1950.';
  }

  if (values.provider.trim().length > 200) errors.provider = 'Keep the provider to 200 characters.';

  const evidenceUrl = values.evidenceUrl.trim();
  if (evidenceUrl !== '' && (evidenceUrl.length > 2048 || !isHttpUrl(evidenceUrl))) {
    errors.evidenceUrl = 'Enter a web address starting with https:// or http://, or leave it empty.';
  }

  const categories = splitCategories(values.categories);
  if (categories.length > 20) errors.categories = 'Use at most 20 categories.';
  else if (categories.some((category) => category.length > 60)) errors.categories = 'Keep each category to 60 characters.';

  return errors;
}

export function toSubmitPdRecordInput(values: PdRecordFormValues): SubmitPdRecordInput {
  const evidenceUrl = values.evidenceUrl.trim();
  return {
    title: values.title.trim(),
    activityType: values.activityType,
    amount: values.amount.trim(),
    unit: values.unit,
    completedOn: values.completedOn,
    startedOn: values.startedOn === '' ? null : values.startedOn,
    provider: values.provider.trim() === '' ? null : values.provider.trim(),
    level: values.level === '' ? null : values.level,
    categories: splitCategories(values.categories),
    evidenceUrl: evidenceUrl === '' ? null : evidenceUrl,
    catalogItemId: values.catalogItemId === '' ? null : values.catalogItemId,
  };
}
