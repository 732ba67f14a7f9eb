import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { unsafeTextReason } from '../../common/text-input';
import { ProblemCollector } from './import-problem';
import { ImportContainerError } from './import-container-error';
import { Utf8EncodingError, Utf8Guard } from './utf8-guard';

/** A record as read from the file, before any column is interpreted. */
export interface CsvRecord {
  /** 1-based line where the record starts (header = 1). */
  line: number;
  fields: string[];
}

/** One data row, with its values looked up by column name. */
export interface TableRow {
  line: number;
  /** The trimmed value of a column; '' when the column is absent or blank. */
  get(column: string): string;
}

/**
 * How a header is checked. OneRoster headers are `exact`: every column present, case-sensitive,
 * in the binding's order, with `metadata.*` extension columns allowed at the end. Plain-CSV
 * headers are `named`: any order, case and spacing ignored, unknown columns ignored with a warning.
 */
export type HeaderSpec =
  { mode: 'exact'; columns: readonly string[] } | { mode: 'named'; columns: readonly string[]; required: readonly string[] };

export interface CsvReadOptions {
  /** A single record larger than this is almost always a quote that was never closed. */
  maxRecordBytes?: number;
}

const DEFAULT_MAX_RECORD_BYTES = 64 * 1024;
const FATAL_CSV_CODES = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);

/**
 * Streams CSV records from raw bytes: checks UTF-8, drops a BOM, skips blank lines, and turns
 * quoting mistakes into problems instead of exceptions. Only errors of the container (a broken
 * zip entry, a limit exceeded) escape, as ImportContainerError.
 */
export async function* readCsvRecords(
  input: Readable,
  file: string,
  problems: ProblemCollector,
  options: CsvReadOptions = {},
): AsyncGenerator<CsvRecord> {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let header: string[] = [];
  // End line of the last good record parsed (parsing runs ahead of the consumer).
  let lastEndLine = 0;
  const parser = parse({
    // Runs as records are parsed (ahead of the consumer), so quoting errors can name the column.
    // With info and raw on, csv-parse hands over { record, info, raw }.
    on_record: (chunk: string[]) => {
      const parsed = chunk as unknown as { record: string[]; info: { lines: number } };
      if (header.length === 0) header = parsed.record;
      lastEndLine = parsed.info.lines;
      return chunk;
    },
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordBytes,
  });
  const reported = new Set<string>();

  parser.on('skip', (error: CsvError) => {
    const fatal = FATAL_CSV_CODES.has(error.code);
    const line = fatal ? lastEndLine + 1 : Number((error as CsvError & { lines?: number }).lines ?? lastEndLine + 1);
    // csv-parse may report the same broken record more than once.
    const key = `${error.code}:${line}`;
    if (reported.has(key)) return;
    reported.add(key);
    const columnIndex = (error as CsvError & { index?: number }).index;
    const column = !fatal && typeof columnIndex === 'number' ? header[columnIndex] : undefined;
    const field = (error as CsvError & { field?: string }).field;
    problems.error(file, 'bad-quoting', describeCsvError(error, line, maxRecordBytes), {
      line,
      column,
      value: fatal ? undefined : field,
    });
    // After a quote that never closes, csv-parse keeps skipping (in bounded pieces) to the end of
    // the file without producing records, so the rows read before it are still handed out.
  });

  const stream = pipeline(input, new Utf8Guard(), parser, () => undefined);
  try {
    for await (const chunk of stream as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      const line = recordStartLine(chunk.info.lines, chunk.raw);
      yield { line, fields: chunk.record };
    }
  } catch (error) {
    if (error instanceof Utf8EncodingError) {
      problems.error(file, 'encoding', error.message, { line: error.line });
      return;
    }
    if (error instanceof ImportContainerError) throw error;
    if (error instanceof CsvError) {
      problems.error(file, 'bad-quoting', describeCsvError(error, lastEndLine + 1, maxRecordBytes), { line: lastEndLine + 1 });
      return;
    }
    throw new ImportContainerError('unreadable', `${file} could not be read: ${(error as Error).message}`);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** csv-parse gives the line a record ends on; a spreadsheet user wants the line it starts on. */
function recordStartLine(endLine: number, raw: string): number {
  let text = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw.endsWith('\n') || raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  // Blank lines skipped before the record are part of raw but not of the record.
  while (text.startsWith('\n') || text.startsWith('\r\n')) text = text.slice(text.startsWith('\r\n') ? 2 : 1);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines += 1;
  return endLine - newlines;
}

function describeCsvError(error: CsvError, line: number, maxRecordBytes: number): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return `Bad quoting on line ${line}: a double quote (") appears inside a value that does not start with one. Wrap the whole value in double quotes and write each quote inside it twice ("").`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `Bad quoting on line ${line}: a quoted value is followed by more text before the next comma. Write each double quote inside a quoted value twice ("").`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `Bad quoting: a quoted value starting on or after line ${line} is never closed, so the rest of the file cannot be read. Check for a missing closing double quote.`;
    case 'CSV_MAX_RECORD_SIZE':
      return `Bad quoting: the row starting on or after line ${line} is longer than ${Math.round(maxRecordBytes / 1024)} KB, which usually means a double quote is never closed. The rest of the file cannot be read.`;
    default:
      return `The CSV could not be read near line ${line}: ${error.message}`;
  }
}

/** An open CSV file whose header has been read and checked. */
export interface CsvTable {
  header: readonly string[];
  /** False when the header is too broken to read rows (columns missing); problems say why. */
  readable: boolean;
  rows(): AsyncGenerator<TableRow>;
  close(): Promise<void>;
}

/**
 * Reads the header of a CSV stream, checks it against the spec, and hands back the data rows.
 * Returns null (after recording an `empty-file` problem) when the file has no header at all.
 */
export async function openCsvTable(
  input: Readable,
  file: string,
  spec: HeaderSpec,
  problems: ProblemCollector,
  options: CsvReadOptions & { precheck?: (header: readonly string[], line: number) => boolean } = {},
): Promise<CsvTable | null> {
  const records = readCsvRecords(input, file, problems, options);
  const first = await records.next();
  if (first.done) {
    if (!problems.hasProblem(file, 'encoding') && !problems.hasProblem(file, 'bad-quoting')) {
      problems.error(file, 'empty-file', `${file} is empty: it needs a header row and at least one data row.`, { line: 1 });
    }
    return null;
  }
  const header = first.value.fields.map((name) => name.trim());
  // A precheck can refuse a header with a more specific message (e.g. the wrong OneRoster version).
  const index =
    options.precheck && !options.precheck(header, first.value.line)
      ? null
      : checkHeader(header, spec, file, problems, first.value.line);
  const width = header.length;
  let dataRows = 0;

  async function* rows(): AsyncGenerator<TableRow> {
    if (index === null) return;
    for await (const record of records) {
      const { fields, line } = record;
      if (fields.every((field) => field.trim() === '')) continue;
      dataRows += 1;
      if (fields.length !== width) {
        problems.error(
          file,
          'column-count',
          `Line ${line} has ${fields.length} values but the header has ${width} columns. A value that contains a comma must be wrapped in double quotes.`,
          { line, value: fields.join(',') },
        );
        continue;
      }
      // NUL is not text (PostgreSQL refuses it): the row is reported, never applied.
      const unsafeAt = fields.findIndex((field) => unsafeTextReason(field) !== null);
      if (unsafeAt !== -1) {
        const column = header[unsafeAt] ?? `column ${unsafeAt + 1}`;
        problems.error(
          file,
          'encoding',
          `Line ${line}, column "${column}" ${unsafeTextReason(fields[unsafeAt])}; remove it and upload the file again.`,
          { line, column, value: fields[unsafeAt].replaceAll('\u0000', '\u2400') },
        );
        continue;
      }
      yield {
        line,
        get(column: string): string {
          const at = index.get(column);
          return at === undefined ? '' : (fields[at] ?? '').trim();
        },
      };
    }
    if (dataRows === 0) {
      problems.error(file, 'no-data-rows', `${file} has a header but no data rows.`, { line: 2 });
    }
  }

  return {
    header,
    readable: index !== null,
    rows,
    close: async () => {
      await records.return(undefined);
    },
  };
}

/** Checks a header; returns the column index to read rows by, or null when rows cannot be read. */
function checkHeader(
  header: string[],
  spec: HeaderSpec,
  file: string,
  problems: ProblemCollector,
  line: number,
): Map<string, number> | null {
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  const key = (name: string) => (spec.mode === 'named' ? normaliseColumnName(name) : name);
  header.forEach((name, at) => {
    const k = key(name);
    if (seen.has(k)) duplicates.push(name);
    else seen.set(k, at);
  });
  if (duplicates.length > 0) {
    problems.error(
      file,
      'header-duplicate-columns',
      `The header names ${quoteList(duplicates)} more than once; each column must appear once.`,
      { line, column: duplicates[0] },
    );
  }

  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const column of spec.columns) {
    const at = seen.get(key(column));
    if (at === undefined) missing.push(column);
    else index.set(column, at);
  }
  const known = new Set(spec.columns.map(key));
  const unexpected = header.filter((name) => !known.has(key(name)) && !(spec.mode === 'exact' && name.startsWith('metadata.')));

  if (spec.mode === 'named') {
    const missingRequired = spec.required.filter((column) => missing.includes(column));
    if (unexpected.length > 0) {
      problems.warning(
        file,
        'ignored-column',
        `Column${unexpected.length > 1 ? 's' : ''} ${quoteList(unexpected)} ${unexpected.length > 1 ? 'are' : 'is'} not used and will be ignored.`,
        {
          line,
          column: unexpected[0],
        },
      );
    }
    if (missingRequired.length > 0) {
      problems.error(
        file,
        'header-missing-columns',
        `The header is missing the required column${missingRequired.length > 1 ? 's' : ''} ${quoteList(missingRequired)}. The first row must name the columns (see the import guide).`,
        { line, column: missingRequired[0], value: header.join(',') },
      );
      return null;
    }
    return index;
  }

  if (missing.length > 0 || unexpected.length > 0) {
    // One problem for the header, naming both lists: a renamed column shows up in each.
    const hints = missing
      .map((column) => {
        const lookalike = header.find((name) => name.toLowerCase() === column.toLowerCase() && name !== column);
        return lookalike ? ` "${lookalike}" must be spelled "${column}" (column names are case-sensitive).` : '';
      })
      .join('');
    const parts = [
      missing.length > 0 ? `is missing the column${missing.length > 1 ? 's' : ''} ${quoteList(missing)}` : '',
      unexpected.length > 0 ? `has unexpected column${unexpected.length > 1 ? 's' : ''} ${quoteList(unexpected)}` : '',
    ].filter((part) => part !== '');
    const extra = unexpected.length > 0 ? ' Extra columns must be named "metadata.<name>" and come last.' : '';
    problems.error(
      file,
      missing.length > 0 ? 'header-missing-columns' : 'header-unexpected-columns',
      `The header ${parts.join(' and ')}.${hints}${extra}`,
      {
        line,
        column: missing[0] ?? unexpected[0],
        value: header.join(','),
      },
    );
  }
  if (missing.length > 0) return null;

  const order = spec.columns.map((column) => index.get(column) ?? -1);
  const inOrder = order.every((at, i) => at === i);
  if (!inOrder && unexpected.length === 0) {
    problems.error(
      file,
      'header-column-order',
      `The columns are not in the required order. ${file} must start with: ${spec.columns.join(',')}`,
      {
        line,
        value: header.join(','),
      },
    );
  }
  return index;
}

/** "First Name", "first_name" and "FIRST-NAME" all name the same plain-CSV column. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
