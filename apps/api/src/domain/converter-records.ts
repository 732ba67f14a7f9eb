import type { ActivityType as ConverterActivityType, PdRecordInput, RecordStatus, RecordUnit } from '@pd-ledger/credit-rules';
import { types } from 'pg';
import { PdStatus } from './pd-enums';

/** The pd_record columns (plus the catalog's stated hours) the converter needs. */
export interface ConverterRecordRow {
  id: string;
  educator_id: string;
  title: string;
  activity_type: string;
  amount: string;
  unit: string;
  completed_on: string;
  level: string | null;
  categories: string[] | null;
  status: string;
  source: string;
  pre_approval_id: string | null;
  stated_hours: string | null;
  catalog_item_id: string | null;
  catalog_item_name: string | null;
  achievement_id: string | null;
}

/** SELECT list for `pd_record r LEFT JOIN catalog_item c`; pairs with `toConverterRecord`. */
export const CONVERTER_RECORD_COLUMNS = `r.id, r.educator_id, r.title, r.activity_type, r.amount::text AS amount, r.unit,
  r.completed_on, r.level, r.categories, r.status, r.source, r.pre_approval_id, c.stated_hours::text AS stated_hours,
  r.catalog_item_id, c.name AS catalog_item_name, c.achievement_id`;

// A changes-requested record is back with the teacher: like a submission, it does not count yet.
// A voided record is HR's decision that it does not count: the converter excludes it and says so
// (it is not pending either, so "with pending" what-ifs leave it out).
const STATUS: Readonly<Record<string, RecordStatus>> = {
  [PdStatus.APPROVED]: 'approved',
  [PdStatus.VERIFIED]: 'verified',
  [PdStatus.SUBMITTED]: 'submitted',
  [PdStatus.CHANGES_REQUESTED]: 'submitted',
  [PdStatus.REJECTED]: 'rejected',
  [PdStatus.VOIDED]: 'voided',
};

// The platform's categories are free text chosen by people ("Special Education"); the rule sets
// use canonical ids. Known names map here; anything else becomes a snake_case id, so a record
// already tagged with a canonical id ("students_with_disabilities") keeps it.
const CATEGORY_IDS: Readonly<Record<string, string>> = {
  literacy: 'literacy',
  reading: 'literacy',
  'special education': 'students_with_disabilities',
  'students with disabilities': 'students_with_disabilities',
  'english learners': 'english_language_learners',
  'english language learners': 'english_language_learners',
  ell: 'english_language_learners',
  mathematics: 'subject_area',
  stem: 'subject_area',
  'subject area': 'subject_area',
  leadership: 'leadership',
  technology: 'digital_learning',
  'digital learning': 'digital_learning',
  equity: 'equity',
};

export function toCategoryId(category: string): string {
  const key = category.trim().toLowerCase();
  return CATEGORY_IDS[key] ?? key.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

export function toConverterUnit(unit: string): RecordUnit {
  return unit.toLowerCase() as RecordUnit;
}

export function toConverterActivityType(activityType: string): ConverterActivityType {
  return activityType.toLowerCase() as ConverterActivityType;
}

/**
 * The one place a stored PD record becomes the converter's record: lower-case activity type and
 * unit, converter status, canonical category ids, the catalog's stated hours for micro-credentials.
 * `inDistrict`: records the district itself recorded (its inservice imports) — salary schedules
 * convert in-district PD hours differently. `preApproved`: planned under an approved pre-approval.
 * `level`: a course's graduate/undergraduate level; a record without one stays unknown, and no
 * rule counts an unknown level as graduate credit.
 */
export function toConverterRecord(row: ConverterRecordRow): PdRecordInput {
  return {
    id: row.id,
    title: row.title,
    completedOn: row.completed_on,
    activityType: toConverterActivityType(row.activity_type),
    amount: normalizeAmount(row.amount),
    unit: toConverterUnit(row.unit),
    categories: [...new Set((row.categories ?? []).map(toCategoryId).filter((id) => id.length > 0))],
    status: STATUS[row.status] ?? 'submitted',
    level: row.level === 'GRADUATE' ? 'graduate' : row.level === 'UNDERGRADUATE' ? 'undergraduate' : null,
    statedHours: row.stated_hours == null ? null : normalizeAmount(row.stated_hours),
    inDistrict: row.source === 'DISTRICT_IMPORT',
    preApproved: row.pre_approval_id != null,
    // The catalog entry (never the typed title) is what salary compensation rules name.
    catalogItemId: row.catalog_item_id ?? null,
    catalogItemName: row.catalog_item_name ?? null,
    achievementId: row.achievement_id ?? null,
  };
}

/**
 * What the renewal evaluation reads of a record and nothing else (no title, no catalog names, no
 * pre-approval: those serve explanations and salary lanes), as positional columns for a query in
 * pg's array row mode; pairs with `toRenewalRecord`. `RenewalScanService` uses it for exports of
 * renewal figures, where the record query is most of the work: every column left out is 2,000,000
 * strings fewer to decode in a district of 100,000 educators.
 */
// Amounts come without trailing zeros (`trim_scale`, what `normalizeAmount` does), so they need no
// work per record on this side. Categories come as the array's text ('{Literacy,"Special Education"}',
// NULL when empty): a district has a few distinct lists across many records, each parsed once.
export const RENEWAL_RECORD_COLUMNS = `r.id, r.activity_type, trim_scale(r.amount)::text AS amount, r.unit, r.completed_on,
  r.level, NULLIF(r.categories, '{}')::text AS categories, r.status, r.source = 'DISTRICT_IMPORT' AS in_district,
  trim_scale(c.stated_hours)::text AS stated_hours`;

/**
 * A row of `RENEWAL_RECORD_COLUMNS` (from position `at`) as the converter's record: the same values
 * `toConverterRecord` gives those fields, without the ones only explanations and lanes read.
 */
export function toRenewalRecord(row: readonly unknown[], at: number): PdRecordInput {
  const level = row[at + 5] as string | null;
  const statedHours = row[at + 9] as string | null;
  return {
    id: row[at] as string,
    completedOn: row[at + 4] as string,
    activityType: toConverterActivityType(row[at + 1] as string),
    amount: row[at + 2] as string,
    unit: toConverterUnit(row[at + 3] as string),
    categories: renewalCategoryIds(row[at + 6] as string | null),
    status: STATUS[row[at + 7] as string] ?? 'submitted',
    level: level === 'GRADUATE' ? 'graduate' : level === 'UNDERGRADUATE' ? 'undergraduate' : null,
    statedHours,
    inDistrict: row[at + 8] === true,
  };
}

// Most records carry no category: in these read-only records they share one frozen empty list
// instead of a Set and two arrays each; records with the same list share its frozen ids.
const NO_CATEGORIES: readonly string[] = Object.freeze([]);

/** pg's own parser for a value of type text[] (PostgreSQL's `_text`, oid 1009) in text form. */
const parseTextArray = types.getTypeParser(1009 as Parameters<typeof types.getTypeParser>[0], 'text') as (
  value: string,
) => string[];

/**
 * Category ids by the array text they were read from; emptied when it holds this many lists (a list
 * that records and imports accept is at most 20 categories of at most 60 characters, so this holds
 * a few megabytes at worst).
 */
const CATEGORY_LISTS_KEPT = 1_000;
const categoryIdsByList = new Map<string, readonly string[]>();

function renewalCategoryIds(list: string | null): readonly string[] {
  if (list === null) return NO_CATEGORIES;
  let ids = categoryIdsByList.get(list);
  if (!ids) {
    ids = Object.freeze([
      ...new Set(
        parseTextArray(list)
          .map(toCategoryId)
          .filter((id) => id.length > 0),
      ),
    ]);
    if (categoryIdsByList.size >= CATEGORY_LISTS_KEPT) categoryIdsByList.clear();
    categoryIdsByList.set(list, ids);
  }
  return ids;
}

/** "12.50" -> "12.5", "3.00" -> "3": numeric columns come back padded to their scale. */
function normalizeAmount(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
