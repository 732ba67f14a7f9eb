import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { csvCellText, neutralizeFormula, normalizeCell } from './cell-format';
import type { ColumnDef } from './columns';
import type { RowSource } from './report-rows';

export interface CsvWriteOptions {
  /**
   * Starts the file with a UTF-8 byte order mark. Excel on Windows needs it to read UTF-8
   * (otherwise "José" shows as "JosÃ©"); state upload portals and scripts usually do not want it.
   */
  bom?: boolean;
}

export interface CsvWriteResult {
  /** Data rows written, not counting the header. */
  rowCount: number;
}

// Rows are turned into string arrays one at a time, pulled by the stream as the consumer reads,
// so memory stays constant however many rows the source yields: Readable.from() only asks the
// source for the next row when its small object buffer drains, and the HTTP response's
// back-pressure reaches it through the pipeline.
async function* csvRecords<Row>(
  rows: RowSource<Row>,
  columns: readonly ColumnDef<Row>[],
  counter: { rowCount: number },
): AsyncGenerator<string[]> {
  yield columns.map((column) => neutralizeFormula(column.header));
  for await (const row of rows) {
    counter.rowCount += 1;
    const rowNumber = counter.rowCount;
    yield columns.map((column) => csvCellText(normalizeCell(column, row, rowNumber)));
  }
}

function csvStringifier(options: CsvWriteOptions) {
  // RFC 4180: CRLF record separators, fields quoted only when they hold a comma, quote, CR or LF,
  // quotes doubled. Formula neutralisation is ours (cell-format.ts), so csv-stringify's own
  // `escape_formulas` stays off to avoid prefixing twice.
  return stringify({
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quote: '"',
    escape: '"',
    delimiter: ',',
  });
}

/**
 * A readable byte stream of the CSV (header row first), to hand to an HTTP response. The source is
 * read lazily; destroying the returned stream (client went away) stops reading the source and
 * calls its iterator's `return()`, which closes a database cursor.
 */
export function createCsvStream<Row>(
  rows: RowSource<Row>,
  columns: readonly ColumnDef<Row>[],
  options: CsvWriteOptions = {},
): Readable {
  const records = Readable.from(csvRecords(rows, columns, { rowCount: 0 }));
  const stringifier = csvStringifier(options);
  // Errors in the source (a bad cell, a failed query) destroy the stringifier with that error,
  // so the consumer sees a failed stream rather than a silently truncated file.
  records.on('error', (error) => stringifier.destroy(error));
  stringifier.on('close', () => records.destroy());
  records.pipe(stringifier);
  return stringifier;
}

/** Writes the CSV to `output` (ending it) and resolves when everything has been flushed. */
export async function writeCsv<Row>(
  rows: RowSource<Row>,
  columns: readonly ColumnDef<Row>[],
  output: Writable,
  options: CsvWriteOptions = {},
): Promise<CsvWriteResult> {
  const counter = { rowCount: 0 };
  await pipeline(Readable.from(csvRecords(rows, columns, counter)), csvStringifier(options), output);
  return { rowCount: counter.rowCount };
}
