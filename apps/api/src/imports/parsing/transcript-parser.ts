import { CsvReadOptions, HeaderSpec, openCsvTable } from './csv-table';
import { openUploadedFile, UploadedFile } from './file-bundle';
import { normaliseAmount, normaliseEmail, normaliseEnumToken, normaliseHttpUrl, isIsoDate } from './field-values';
import { DEFAULT_MAX_PROBLEMS, ProblemCollector, ProblemTally } from './import-problem';
import { Batcher, KeyIndex, newFileSummary, RowCheck } from './row-check';
import type { ImportFileSummary } from './roster-types';

/** Mirrors the API's ActivityType enum (kept here so the parser has no Nest dependency). */
export const TRANSCRIPT_ACTIVITY_TYPES = [
  'COURSE',
  'WORKSHOP',
  'CONFERENCE',
  'MICRO_CREDENTIAL',
  'INDEPENDENT_STUDY',
  'PRESENTING',
  'MENTORING',
  'ACTION_RESEARCH',
  'NATIONAL_BOARD',
  'EVALUATION',
  'EXAM',
  'OTHER',
] as const;
export type TranscriptActivityType = (typeof TRANSCRIPT_ACTIVITY_TYPES)[number];

/** Mirrors the API's PdUnit enum. */
export const TRANSCRIPT_UNITS = ['CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL'] as const;
export type TranscriptUnit = (typeof TRANSCRIPT_UNITS)[number];

export const TRANSCRIPT_COLUMNS = [
  'external_id',
  'educator_key',
  'title',
  'provider',
  'activity_type',
  'amount',
  'unit',
  'completed_on',
  'categories',
  'evidence_url',
] as const;
export const TRANSCRIPT_REQUIRED = [
  'external_id',
  'educator_key',
  'title',
  'activity_type',
  'amount',
  'unit',
  'completed_on',
] as const;

/** Who a transcript row belongs to; the API resolves it to an educator of the district. */
export type EducatorKey = { kind: 'email'; email: string } | { kind: 'stateEducatorId'; stateEducatorId: string };

export interface TranscriptRow {
  /** The vendor's id for the record: the idempotency key (re-importing it changes nothing). */
  externalId: string;
  educatorKey: EducatorKey;
  title: string;
  provider: string | null;
  activityType: TranscriptActivityType;
  /** Positive, at most 2 decimal places, normalised ("12.50" -> "12.5"). */
  amount: string;
  unit: TranscriptUnit;
  completedOn: string;
  categories: string[];
  evidenceUrl: string | null;
  line: number;
}

export interface TranscriptSummary extends ProblemTally {
  file: ImportFileSummary;
  records: number;
}

export interface TranscriptImport {
  batches(): AsyncGenerator<TranscriptRow[]>;
  summary(): TranscriptSummary;
}

export interface TranscriptParseOptions {
  /** Today's date (YYYY-MM-DD) in the district's zone; completion dates after it are refused. */
  today: string;
  batchSize?: number;
  maxProblems?: number;
  csv?: CsvReadOptions;
}

const SPEC: HeaderSpec = { mode: 'named', columns: TRANSCRIPT_COLUMNS, required: TRANSCRIPT_REQUIRED };
const EARLIEST_DATE = '1950-01-01';
const STATE_EDUCATOR_ID = /^[A-Za-z0-9-]{3,32}$/;
const MAX_CATEGORIES = 20;

// Common ways vendors write the enum values; anything else must match the value itself.
const UNIT_ALIASES: Readonly<Record<string, TranscriptUnit>> = {
  CLOCK_HOURS: 'CLOCK_HOUR',
  HOURS: 'CLOCK_HOUR',
  HOUR: 'CLOCK_HOUR',
  CEUS: 'CEU',
  SEMESTER_CREDITS: 'SEMESTER_CREDIT',
  QUARTER_CREDITS: 'QUARTER_CREDIT',
};

/**
 * Reads a vendor transcript CSV of PD records (columns in README.md), streamed in batches, with
 * the same rules the API applies to a teacher's own submission.
 */
export function parseTranscript(file: UploadedFile, options: TranscriptParseOptions): TranscriptImport {
  const problems = new ProblemCollector(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const batchSize = options.batchSize ?? 500;
  const name = file.name;
  const fileSummary = newFileSummary(name, 'bulk');
  let started = false;

  const summary = (): TranscriptSummary => ({ file: { ...fileSummary }, records: fileSummary.accepted, ...problems.tally() });

  async function* batches(): AsyncGenerator<TranscriptRow[]> {
    if (started) throw new Error('batches() can only be iterated once');
    started = true;
    const table = await openCsvTable(openUploadedFile(file), name, SPEC, problems, options.csv);
    if (!table?.readable) {
      await table?.close();
      return;
    }
    const ids = new KeyIndex();
    const batcher = new Batcher<TranscriptRow>(batchSize);
    for await (const row of table.rows()) {
      fileSummary.dataRows += 1;
      const check = new RowCheck(problems, name, row);
      const externalId = check.required('external_id');
      if (externalId !== '') {
        const first = ids.claim(externalId, row.line);
        if (first !== undefined)
          check.error(
            'duplicate-id',
            'external_id',
            externalId,
            `external_id "${externalId}" is already used on line ${first}; each record needs its own.`,
          );
      }
      const keyText = check.required('educator_key', 'educator_key (the educator’s e-mail or state educator id)');
      let educatorKey: EducatorKey | null = null;
      if (keyText.includes('@')) {
        const email = normaliseEmail(keyText);
        if (email === null) check.error('bad-email', 'educator_key', keyText, `"${keyText}" is not a valid e-mail address.`);
        else educatorKey = { kind: 'email', email };
      } else if (keyText !== '') {
        if (STATE_EDUCATOR_ID.test(keyText)) educatorKey = { kind: 'stateEducatorId', stateEducatorId: keyText };
        else
          check.error(
            'bad-value',
            'educator_key',
            keyText,
            `"${keyText}" is neither an e-mail address nor a state educator id (3–32 letters, digits or dashes).`,
          );
      }
      const title = check.required('title');
      if (title.length > 200) check.error('bad-value', 'title', title, 'title must be at most 200 characters.');
      const activityType = enumValue(check, 'activity_type', TRANSCRIPT_ACTIVITY_TYPES, {});
      const unit = enumValue(check, 'unit', TRANSCRIPT_UNITS, UNIT_ALIASES);
      const amountText = check.required('amount');
      const amount = amountText === '' ? null : normaliseAmount(amountText);
      if (amountText !== '' && amount === null)
        check.error(
          'bad-value',
          'amount',
          amountText,
          `"${amountText}" is not a positive number with at most 2 decimal places (e.g. 3 or 1.5).`,
        );
      const completedOn = check.required('completed_on');
      if (completedOn !== '') {
        if (!isIsoDate(completedOn))
          check.error(
            'bad-date',
            'completed_on',
            completedOn,
            `"${completedOn}" is not a date; write dates as YYYY-MM-DD (e.g. 2025-08-15).`,
          );
        else if (completedOn > options.today)
          check.error(
            'future-date',
            'completed_on',
            completedOn,
            `${completedOn} is in the future; only completed PD can be imported.`,
          );
        else if (completedOn < EARLIEST_DATE)
          check.error('bad-date', 'completed_on', completedOn, `${completedOn} is before ${EARLIEST_DATE}.`);
      }
      const categories = row
        .get('categories')
        .split(';')
        .map((category) => category.trim())
        .filter((category) => category !== '');
      if (categories.length > MAX_CATEGORIES)
        check.error('bad-value', 'categories', row.get('categories'), `At most ${MAX_CATEGORIES} categories are allowed.`);
      const longCategory = categories.find((category) => category.length > 60);
      if (longCategory) check.error('bad-value', 'categories', longCategory, 'Each category must be at most 60 characters.');
      const urlText = row.get('evidence_url');
      const evidenceUrl = urlText === '' ? null : normaliseHttpUrl(urlText);
      if (urlText !== '' && evidenceUrl === null)
        check.error('bad-value', 'evidence_url', urlText, `"${urlText}" is not an http or https link.`);

      if (check.failed || educatorKey === null || activityType === null || unit === null || amount === null) {
        fileSummary.rejected += 1;
        continue;
      }
      fileSummary.accepted += 1;
      const full = batcher.add({
        externalId,
        educatorKey,
        title,
        provider: check.optional('provider'),
        activityType,
        amount,
        unit,
        completedOn,
        categories: [...new Set(categories)],
        evidenceUrl,
        line: row.line,
      });
      if (full) yield full;
    }
    await table.close();
    const rest = batcher.take();
    if (rest) yield rest;
  }

  return { batches, summary };
}

function enumValue<T extends string>(
  check: RowCheck,
  column: string,
  allowed: readonly T[],
  aliases: Readonly<Record<string, T>>,
): T | null {
  const text = check.row.get(column);
  if (text === '') {
    check.error('required-value', column, text, `${column} is required. Use one of: ${allowed.join(', ')}.`);
    return null;
  }
  const token = normaliseEnumToken(text);
  const value = (allowed as readonly string[]).includes(token) ? (token as T) : aliases[token];
  if (value === undefined)
    check.error('bad-value', column, text, `"${text}" is not a valid ${column}. Use one of: ${allowed.join(', ')}.`);
  return value ?? null;
}
