import type { ProblemCode, ProblemCollector } from './import-problem';
import type { FileMode, ImportFileSummary, RecordStatus } from './roster-types';
import { isIsoDate, isIsoDateTime, normaliseEmail } from './field-values';
import type { TableRow } from './csv-table';

/** Records problems for one row; the row is rejected if any error was recorded. */
export class RowCheck {
  failed = false;

  constructor(
    private readonly problems: ProblemCollector,
    readonly file: string,
    readonly row: TableRow,
  ) {}

  error(code: ProblemCode, column: string | undefined, value: string | undefined, message: string): void {
    this.failed = true;
    this.problems.error(this.file, code, message, { line: this.row.line, column, value });
  }

  warning(code: ProblemCode, column: string | undefined, value: string | undefined, message: string): void {
    this.problems.warning(this.file, code, message, { line: this.row.line, column, value });
  }

  /** A value that must not be blank. */
  required(column: string, what = column): string {
    const value = this.row.get(column);
    if (value === '') this.error('required-value', column, value, `${what} is required but blank on line ${this.row.line}.`);
    return value;
  }

  optional(column: string): string | null {
    const value = this.row.get(column);
    return value === '' ? null : value;
  }

  date(column: string): string | null {
    const value = this.row.get(column);
    if (value === '') return null;
    if (!isIsoDate(value))
      this.error('bad-date', column, value, `"${value}" is not a date; write dates as YYYY-MM-DD (e.g. 2025-08-15).`);
    return value;
  }

  dateTime(column: string): string | null {
    const value = this.row.get(column);
    if (value === '') return null;
    if (!isIsoDateTime(value))
      this.error(
        'bad-date',
        column,
        value,
        `"${value}" is not an ISO 8601 date or date-time (e.g. 2025-08-15 or 2025-08-15T13:00:00Z).`,
      );
    return value;
  }

  email(column: string, required: boolean): string | null {
    const value = this.row.get(column);
    if (value === '') {
      if (required)
        this.error(
          'required-value',
          column,
          value,
          `${column} is required: PD Ledger signs people in with their e-mail address.`,
        );
      return null;
    }
    const email = normaliseEmail(value);
    if (email === null) this.error('bad-email', column, value, `"${value}" is not a valid e-mail address.`);
    return email;
  }

  /** A value from a fixed, case-sensitive vocabulary; suggests the right spelling when only case differs. */
  oneOf<T extends string>(column: string, allowed: readonly T[], code: ProblemCode = 'bad-value'): T | null {
    const value = this.row.get(column);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const lookalike = allowed.find((token) => token.toLowerCase() === value.toLowerCase());
    const hint = lookalike ? ` Values are case-sensitive: write "${lookalike}".` : ` Use one of: ${allowed.join(', ')}.`;
    this.error(
      code,
      column,
      value,
      value === '' ? `${column} is required.${hint}` : `"${value}" is not a valid ${column}.${hint}`,
    );
    return null;
  }

  /**
   * OneRoster status: blank in bulk files (meaning active), required in delta files.
   * Returns null when invalid.
   */
  status(mode: FileMode): RecordStatus | null {
    const value = this.row.get('status');
    if (value === '' && mode === 'bulk') return 'active';
    if (value === 'active' || value === 'tobedeleted') return value;
    if (value === '') {
      this.error('unknown-status', 'status', value, 'status is required in a delta file: use "active" or "tobedeleted".');
    } else {
      const hint =
        value.toLowerCase() === 'active' || value.toLowerCase() === 'tobedeleted'
          ? ` Values are case-sensitive: write "${value.toLowerCase()}".`
          : '';
      this.error('unknown-status', 'status', value, `"${value}" is not a valid status; use "active" or "tobedeleted".${hint}`);
    }
    return null;
  }

  /** OneRoster booleans; TRUE/FALSE (as Excel writes them) are accepted too. */
  boolean(column: string): boolean | null {
    const value = this.row.get(column);
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    this.error(
      'bad-value',
      column,
      value,
      value === '' ? `${column} is required: "true" or "false".` : `"${value}" is not "true" or "false".`,
    );
    return null;
  }
}

/**
 * Detects repeated keys. It remembers only the key and the line it was first seen on (tens of
 * bytes per row), never the row, which keeps memory small next to the file size.
 */
export class KeyIndex {
  private readonly lines = new Map<string, number>();

  /** Returns the line where the key was first seen, or undefined (and remembers it). */
  claim(key: string, line: number): number | undefined {
    const first = this.lines.get(key);
    if (first === undefined) this.lines.set(key, line);
    return first;
  }

  has(key: string): boolean {
    return this.lines.has(key);
  }

  get size(): number {
    return this.lines.size;
  }
}

export function newFileSummary(file: string, mode: FileMode | 'absent'): ImportFileSummary {
  return { file, mode, dataRows: 0, accepted: 0, rejected: 0, skipped: 0 };
}

/** Collects rows and hands them out in fixed-size batches. */
export class Batcher<T> {
  private rows: T[] = [];
  constructor(private readonly size: number) {}

  /** Adds a row; returns a full batch when one is ready. */
  add(row: T): T[] | null {
    this.rows.push(row);
    if (this.rows.length < this.size) return null;
    return this.take();
  }

  take(): T[] | null {
    if (this.rows.length === 0) return null;
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

export function countInto(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
