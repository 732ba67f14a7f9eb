/**
 * Problems found while reading an import file. Parsing never throws on bad data: it records a
 * problem and carries on, so the preview can show everything wrong with a file at once.
 */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'missing-file'
  | 'empty-file'
  | 'no-data-rows'
  | 'encoding'
  | 'header-missing-columns'
  | 'header-unexpected-columns'
  | 'header-column-order'
  | 'header-duplicate-columns'
  | 'bad-quoting'
  | 'column-count'
  | 'required-value'
  | 'duplicate-id'
  | 'unknown-org'
  | 'unknown-user'
  | 'bad-email'
  | 'duplicate-email'
  | 'bad-date'
  | 'future-date'
  | 'bad-value'
  | 'unknown-role'
  | 'unknown-status'
  | 'no-role'
  | 'manifest'
  | 'version-mismatch'
  | 'ignored-file'
  | 'ignored-column'
  | 'duplicate-record';

export interface ImportProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** File name as the user knows it, e.g. `users.csv`. */
  file: string;
  /** 1-based line where the row starts; the header is line 1, as a spreadsheet numbers rows. */
  line?: number;
  /** Column name from the file's header (or the expected name when it is missing). */
  column?: string;
  /** The offending value, shortened to 200 characters. */
  value?: string;
  message: string;
}

export interface ProblemTally {
  /** The first problems found, at most `maxProblems` of them. */
  problems: ImportProblem[];
  /** All problems found, including those not kept. */
  problemCount: number;
  errorCount: number;
  warningCount: number;
  /** True when more problems were found than were kept. */
  truncated: boolean;
}

export const DEFAULT_MAX_PROBLEMS = 1000;
const MAX_VALUE_LENGTH = 200;

/** Collects problems up to a cap, but counts every one so the preview can say "and 4,210 more". */
export class ProblemCollector {
  private readonly kept: ImportProblem[] = [];
  private errors = 0;
  private warnings = 0;

  constructor(private readonly maxProblems = DEFAULT_MAX_PROBLEMS) {}

  add(problem: ImportProblem): void {
    if (problem.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    if (this.kept.length < this.maxProblems) {
      const value = problem.value;
      this.kept.push(
        value !== undefined && value.length > MAX_VALUE_LENGTH
          ? { ...problem, value: `${value.slice(0, MAX_VALUE_LENGTH)}…` }
          : problem,
      );
    }
  }

  error(file: string, code: ProblemCode, message: string, at: { line?: number; column?: string; value?: string } = {}): void {
    this.add({ severity: 'error', code, file, ...at, message });
  }

  warning(file: string, code: ProblemCode, message: string, at: { line?: number; column?: string; value?: string } = {}): void {
    this.add({ severity: 'warning', code, file, ...at, message });
  }

  /** Whether a problem of this code was recorded for the file (among those kept). */
  hasProblem(file: string, code: ProblemCode): boolean {
    return this.kept.some((problem) => problem.file === file && problem.code === code);
  }

  get errorCount(): number {
    return this.errors;
  }

  tally(): ProblemTally {
    const problemCount = this.errors + this.warnings;
    return {
      problems: [...this.kept],
      problemCount,
      errorCount: this.errors,
      warningCount: this.warnings,
      truncated: problemCount > this.kept.length,
    };
  }
}
