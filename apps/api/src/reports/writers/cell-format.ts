import type { ColumnDef, ColumnKind } from './columns';

// Formula ("CSV") injection. A spreadsheet treats a cell whose first character is one of these as
// a formula, so text that came from users (titles, names, provider names, evidence links) could run
// `=HYPERLINK(...)` or DDE when HR opens an export. OWASP's CSV injection guidance and ASVS 1.2.10
// list = + - @ tab, carriage return and NUL; we add line feed and the full-width forms of = + - @
// because some spreadsheet locales fold them to the ASCII ones. Leading spaces are skipped before
// the check because some importers trim them and would then see the trigger.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Prefixes a single quote to text a spreadsheet would read as a formula. Only text columns go
 * through here: numeric columns are validated as plain numbers instead (see `formatNumericCell`),
 * so a negative difference is still a number in Excel.
 */
export function neutralizeFormula(text: string): string {
  let index = 0;
  while (text[index] === ' ') index += 1;
  if (index < text.length && FORMULA_TRIGGERS.has(text[index])) return `'${text}`;
  return text;
}

/** Thrown when a row value does not fit its column's kind; a report must not ship a wrong figure. */
export class ReportCellError extends Error {
  constructor(
    readonly columnKey: string,
    readonly rowNumber: number,
    detail: string,
  ) {
    super(`Column "${columnKey}", data row ${rowNumber}: ${detail}`);
    this.name = 'ReportCellError';
  }
}

// Plain decimal literals only: no exponent, no thousands separator, no leading "+". A string that
// matches can never be a formula, which is why numeric columns skip the quote prefix.
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Formats integer cents as a plain dollar amount ("-1234.05") with string arithmetic, never floats. */
export function centsToDollars(cents: number): string {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Formats integer cents for people: "$1,234.05", "-$20.00". */
export function formatUsd(cents: number): string {
  const plain = centsToDollars(cents);
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  return `${negative ? '-' : ''}$${groupThousands(whole)}.${fraction}`;
}

/** Groups a decimal string's integer part for display: "12345.5" -> "12,345.5". */
export function formatDecimalForDisplay(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction] = (negative ? value.slice(1) : value).split('.');
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The checked value of one cell, shared by the CSV and XLSX writers: text is neutralised, numbers
 * are validated, empty values become null.
 */
export type NormalizedCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'decimal'; text: string }
  | { kind: 'integer'; value: number }
  | { kind: 'money-cents'; cents: number }
  | { kind: 'date'; text: string };

export function normalizeCell<Row>(column: ColumnDef<Row>, row: Row, rowNumber: number): NormalizedCell {
  const raw = column.value(row);
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  const fail = (detail: string): never => {
    throw new ReportCellError(column.key, rowNumber, detail);
  };
  const kind: ColumnKind = column.kind;
  switch (kind) {
    case 'text':
      return { kind: 'text', text: neutralizeFormula(String(raw)) };
    case 'decimal': {
      const text = typeof raw === 'number' ? fail('decimals must be strings, not floats') : String(raw);
      if (!DECIMAL_PATTERN.test(text)) fail(`"${text}" is not a plain decimal`);
      return { kind: 'decimal', text };
    }
    case 'integer':
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) fail(`${String(raw)} is not a safe integer`);
      return { kind: 'integer', value: raw as number };
    case 'money-cents':
      if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) fail(`${String(raw)} is not a whole number of cents`);
      return { kind: 'money-cents', cents: raw as number };
    case 'date': {
      const text = String(raw);
      if (!isValidLocalDate(text)) fail(`"${text}" is not a YYYY-MM-DD date`);
      return { kind: 'date', text };
    }
  }
}

/** The CSV text of a cell. Money is written as plain dollars ("1234.50") so spreadsheets read a number. */
export function csvCellText(cell: NormalizedCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'decimal':
    case 'date':
      return cell.text;
    case 'integer':
      return String(cell.value);
    case 'money-cents':
      return centsToDollars(cell.cents);
  }
}
