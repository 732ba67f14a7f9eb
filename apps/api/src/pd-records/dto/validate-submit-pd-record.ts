import Decimal from 'decimal.js';
import { badUserInput } from '../../common/errors';
import { isIsoDate, parseUuid } from '../../common/validation';
import { ActivityType, CourseLevel, PdUnit } from '../../domain/pd-enums';
import { SubmitPdRecordInput } from './submit-pd-record.input';

export interface ValidSubmitPdRecord {
  title: string;
  activityType: ActivityType;
  amount: string;
  unit: PdUnit;
  completedOn: string;
  startedOn: string | null;
  provider: string | null;
  level: CourseLevel | null;
  categories: string[];
  evidenceUrl: string | null;
  catalogItemId: string | null;
  evidenceFileIds: string[];
  preApprovalId: string | null;
}

const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const MAX_CATEGORIES = 20;
export const MAX_EVIDENCE_FILES_PER_RECORD = 10;
const EARLIEST_DATE = '1950-01-01';

/**
 * Checks a submission field by field; the first problem becomes a BAD_USER_INPUT error naming the
 * field and value. Returns normalised values ready to store.
 */
export function validateSubmitPdRecord(input: SubmitPdRecordInput, today: string): ValidSubmitPdRecord {
  const title = input.title.trim();
  if (title.length < 1 || title.length > 200) {
    throw badUserInput('title', input.title, 'must be 1 to 200 characters');
  }

  if (!Object.values(ActivityType).includes(input.activityType)) {
    throw badUserInput('activityType', input.activityType, 'is not an activity type');
  }
  if (!Object.values(PdUnit).includes(input.unit)) throw badUserInput('unit', input.unit, 'is not a unit');

  const amountText = input.amount.trim();
  if (!AMOUNT_PATTERN.test(amountText) || new Decimal(amountText).lte(0)) {
    throw badUserInput('amount', input.amount, 'must be a positive decimal number with at most 2 decimal places');
  }

  if (!isIsoDate(input.completedOn)) {
    throw badUserInput('completedOn', input.completedOn, 'is not a date in YYYY-MM-DD form');
  }
  // ISO dates compare correctly as strings, without any time zone.
  if (input.completedOn > today) throw badUserInput('completedOn', input.completedOn, 'is in the future');
  if (input.completedOn < EARLIEST_DATE) throw badUserInput('completedOn', input.completedOn, `is before ${EARLIEST_DATE}`);

  let startedOn: string | null = null;
  if (input.startedOn !== null && input.startedOn !== undefined && input.startedOn.trim() !== '') {
    startedOn = input.startedOn.trim();
    if (!isIsoDate(startedOn)) throw badUserInput('startedOn', input.startedOn, 'is not a date in YYYY-MM-DD form');
    if (startedOn > input.completedOn) throw badUserInput('startedOn', input.startedOn, 'is after the completion date');
    if (startedOn < EARLIEST_DATE) throw badUserInput('startedOn', input.startedOn, `is before ${EARLIEST_DATE}`);
  }

  let provider: string | null = null;
  if (input.provider !== null && input.provider !== undefined && input.provider.trim() !== '') {
    provider = input.provider.trim();
    if (provider.length > 200) throw badUserInput('provider', input.provider, 'must be at most 200 characters');
  }

  const level = input.level ?? null;
  if (level !== null && !Object.values(CourseLevel).includes(level)) {
    throw badUserInput('level', level, 'must be GRADUATE or UNDERGRADUATE');
  }

  const categories = (input.categories ?? []).map((category) => category.trim());
  if (categories.length > MAX_CATEGORIES) {
    throw badUserInput('categories', `${categories.length} categories`, `has more than ${MAX_CATEGORIES} entries`);
  }
  for (const category of categories) {
    if (category.length < 1 || category.length > 60) {
      throw badUserInput('categories', category, 'entries must be 1 to 60 characters');
    }
  }

  let evidenceUrl: string | null = null;
  if (input.evidenceUrl !== null && input.evidenceUrl !== undefined && input.evidenceUrl.trim() !== '') {
    evidenceUrl = input.evidenceUrl.trim();
    if (evidenceUrl.length > 2048 || !isHttpUrl(evidenceUrl)) {
      throw badUserInput('evidenceUrl', input.evidenceUrl, 'must be an http or https URL of at most 2048 characters');
    }
  }

  const catalogItemId =
    input.catalogItemId === null || input.catalogItemId === undefined ? null : parseUuid('catalogItemId', input.catalogItemId);

  const evidenceFileIds = [...new Set((input.evidenceFileIds ?? []).map((id) => parseUuid('evidenceFileIds', id)))];
  if (evidenceFileIds.length > MAX_EVIDENCE_FILES_PER_RECORD) {
    throw badUserInput(
      'evidenceFileIds',
      `${evidenceFileIds.length} files`,
      `has more than ${MAX_EVIDENCE_FILES_PER_RECORD} entries`,
    );
  }
  const preApprovalId =
    input.preApprovalId === null || input.preApprovalId === undefined ? null : parseUuid('preApprovalId', input.preApprovalId);

  return {
    title,
    activityType: input.activityType,
    amount: new Decimal(amountText).toFixed(),
    unit: input.unit,
    completedOn: input.completedOn,
    startedOn,
    provider,
    level,
    categories: [...new Set(categories)],
    evidenceUrl,
    catalogItemId,
    evidenceFileIds,
    preApprovalId,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
