import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportContainerError } from './import-container-error';
import type { ImportProblem, ProblemCode } from './import-problem';
import { parseOneRoster } from './oneroster-parser';
import { parsePlainRoster } from './plain-roster-parser';
import { collectRoster } from './roster-collect';
import { parseTranscript } from './transcript-parser';

const CORPUS = join(__dirname, '__corpus__');

interface ProblemExpectation {
  file: string;
  line?: number;
  column?: string;
  code: ProblemCode;
  message: string;
  /** Errors expected in all (default 1): one broken thing should not cause a cascade. */
  errors?: number;
}
type Expectation = { problem: ProblemExpectation } | { throws: string } | { clean: { educators: number } };

/** What every corpus entry must produce. A new corpus file without an entry here fails the test. */
const EXPECTED: Record<string, Expectation> = {
  'or-not-a-zip.zip': { throws: 'not a readable zip file' },
  'or-too-many-entries.zip': { throws: 'The zip lists 150 files; at most 100' },
  'or-zip-bomb.zip': { throws: 'looks like a zip bomb' },
  'or11-bad-date': {
    problem: {
      file: 'users.csv',
      line: 2,
      column: 'dateLastModified',
      code: 'bad-date',
      message: '"08/13/2025" is not an ISO 8601 date',
    },
  },
  'or11-bad-email': {
    problem: { file: 'users.csv', line: 2, column: 'email', code: 'bad-email', message: 'not a valid e-mail address' },
  },
  'or11-bad-quoting': {
    problem: {
      file: 'users.csv',
      line: 3,
      column: 'givenName',
      code: 'bad-quoting',
      message: 'a double quote (") appears inside a value',
    },
  },
  'or11-bom': { clean: { educators: 4 } },
  'or11-case-header': {
    problem: {
      file: 'users.csv',
      line: 1,
      column: 'sourcedId',
      code: 'header-missing-columns',
      message: '"SourcedId" must be spelled "sourcedId"',
    },
  },
  'or11-column-count': {
    problem: { file: 'users.csv', line: 3, code: 'column-count', message: 'has 19 values but the header has 18 columns' },
  },
  'or11-delta-bad-status': {
    problem: { file: 'users.csv', line: 2, column: 'status', code: 'unknown-status', message: '"deleted" is not a valid status' },
  },
  'or11-duplicate-email': {
    problem: { file: 'users.csv', line: 3, column: 'email', code: 'duplicate-email', message: 'also used on line 2' },
  },
  'or11-duplicate-ids': {
    problem: {
      file: 'users.csv',
      line: 3,
      column: 'sourcedId',
      code: 'duplicate-id',
      message: 'sourcedId "u-alvarez" is already used on line 2',
    },
  },
  'or11-duplicate-org-ids': {
    problem: {
      file: 'orgs.csv',
      line: 5,
      column: 'sourcedId',
      code: 'duplicate-id',
      message: '"org-lincoln" is already used on line 3',
    },
  },
  'or11-empty-users': { problem: { file: 'users.csv', line: 1, code: 'empty-file', message: 'users.csv is empty' } },
  'or11-header-only': { problem: { file: 'users.csv', line: 2, code: 'no-data-rows', message: 'has a header but no data rows' } },
  'or11-latin1': { problem: { file: 'users.csv', line: 3, code: 'encoding', message: 'byte 0xE9 on line 3 is not valid UTF-8' } },
  'or11-manifest-version': {
    problem: { file: 'manifest.csv', line: 3, column: 'value', code: 'version-mismatch', message: 'oneroster.version is "1.0"' },
  },
  'or11-missing-manifest': { problem: { file: 'manifest.csv', code: 'missing-file', message: 'manifest.csv is missing' } },
  'or11-missing-users': {
    problem: {
      file: 'users.csv',
      code: 'missing-file',
      message: 'users.csv is missing from the upload (manifest.csv lists it as bulk)',
    },
  },
  'or11-unclosed-quote': { problem: { file: 'users.csv', line: 4, code: 'bad-quoting', message: 'is never closed' } },
  'or11-unknown-role': {
    problem: {
      file: 'users.csv',
      line: 2,
      column: 'role',
      code: 'unknown-role',
      message: 'Values are case-sensitive: write "teacher"',
    },
  },
  'or11-unknown-school': {
    problem: {
      file: 'users.csv',
      line: 2,
      column: 'orgSourcedIds',
      code: 'unknown-org',
      message: '"org-jefferson", which is not in orgs.csv',
    },
  },
  'or11-utf16': { problem: { file: 'users.csv', line: 1, code: 'encoding', message: 'saved as UTF-16' } },
  'or11-wrong-header': {
    problem: {
      file: 'users.csv',
      line: 1,
      column: 'givenName',
      code: 'header-missing-columns',
      message: 'missing the column "givenName"',
    },
  },
  'or12-missing-roles': { problem: { file: 'roles.csv', code: 'missing-file', message: 'roles.csv is missing from the upload' } },
  'or12-no-role': {
    problem: { file: 'users.csv', line: 2, column: 'sourcedId', code: 'no-role', message: 'has no row in roles.csv' },
  },
  'or12-role-unknown-school': {
    problem: {
      file: 'roles.csv',
      line: 4,
      column: 'orgSourcedId',
      code: 'unknown-org',
      message: '"org-madison" is not in orgs.csv',
    },
  },
  'or12-unknown-role': {
    problem: { file: 'roles.csv', line: 3, column: 'role', code: 'unknown-role', message: '"instructor" is not a valid role' },
  },
  'or12-version-mismatch': {
    problem: {
      file: 'users.csv',
      line: 1,
      code: 'version-mismatch',
      message: 'manifest.csv says OneRoster 1.2, but users.csv has the 1.1 columns',
    },
  },
  'plain-bad-hire-date.csv': {
    problem: {
      file: 'plain-bad-hire-date.csv',
      line: 2,
      column: 'hire_date',
      code: 'bad-date',
      message: '"2019-02-30" is not a date',
    },
  },
  'plain-missing-columns.csv': {
    problem: {
      file: 'plain-missing-columns.csv',
      line: 1,
      column: 'email',
      code: 'header-missing-columns',
      message: 'missing the required column "email"',
    },
  },
  'plain-student-row.csv': {
    problem: {
      file: 'plain-student-row.csv',
      line: 3,
      column: 'role',
      code: 'unknown-role',
      message: '"student" is not a staff role',
    },
  },
  'plain-unknown-school.csv': {
    problem: {
      file: 'plain-unknown-school.csv',
      line: 2,
      column: 'additional_school_codes',
      code: 'unknown-org',
      message: 'School code "WAS"',
      errors: 2,
    },
  },
  'transcript-bad-amount.csv': {
    problem: {
      file: 'transcript-bad-amount.csv',
      line: 3,
      column: 'amount',
      code: 'bad-value',
      message: 'at most 2 decimal places',
    },
  },
  'transcript-bad-educator-key.csv': {
    problem: {
      file: 'transcript-bad-educator-key.csv',
      line: 2,
      column: 'educator_key',
      code: 'bad-value',
      message: 'neither an e-mail address nor a state educator id',
    },
  },
  'transcript-bad-evidence-url.csv': {
    problem: {
      file: 'transcript-bad-evidence-url.csv',
      line: 2,
      column: 'evidence_url',
      code: 'bad-value',
      message: 'not an http or https link',
    },
  },
  'transcript-bad-unit.csv': {
    problem: {
      file: 'transcript-bad-unit.csv',
      line: 2,
      column: 'unit',
      code: 'bad-value',
      message: '"minutes" is not a valid unit',
    },
  },
  'transcript-duplicate-external-id.csv': {
    problem: {
      file: 'transcript-duplicate-external-id.csv',
      line: 3,
      column: 'external_id',
      code: 'duplicate-id',
      message: 'already used on line 2',
    },
  },
  'transcript-future-date.csv': {
    problem: {
      file: 'transcript-future-date.csv',
      line: 2,
      column: 'completed_on',
      code: 'future-date',
      message: 'is in the future',
    },
  },
};

const entries = readdirSync(CORPUS)
  .filter((name) => !name.endsWith('.ts') && !name.endsWith('.md'))
  .sort();

/** Parses a corpus entry with the parser its name prefix calls for. */
async function parseEntry(name: string): Promise<{ problems: ImportProblem[]; educators: number }> {
  const path = join(CORPUS, name);
  if (name.startsWith('transcript-')) {
    const run = parseTranscript({ name, path }, { today: '2025-06-30' });
    for await (const batch of run.batches()) void batch;
    return { problems: run.summary().problems, educators: 0 };
  }
  const run = name.startsWith('plain-')
    ? parsePlainRoster({ name, path })
    : parseOneRoster(name.endsWith('.zip') ? { kind: 'zip', path } : { kind: 'directory', path });
  const { educators, summary } = await collectRoster(run);
  return { problems: summary.problems, educators: educators.length };
}

describe('malformed-file corpus', () => {
  it('has an expectation for every corpus entry and an entry for every expectation', () => {
    expect(entries).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(entries)('%s produces its specific problem', async (name) => {
    const expected = EXPECTED[name];
    if ('throws' in expected) {
      const failure = parseEntry(name);
      await expect(failure).rejects.toBeInstanceOf(ImportContainerError);
      await expect(parseEntry(name)).rejects.toThrow(expected.throws);
      return;
    }
    const { problems, educators } = await parseEntry(name);
    if ('clean' in expected) {
      expect(problems).toEqual([]);
      expect(educators).toBe(expected.clean.educators);
      return;
    }
    const { message, errors = 1, ...where } = expected.problem;
    const match = problems.find(
      (problem) =>
        problem.code === where.code &&
        problem.file === where.file &&
        problem.line === where.line &&
        problem.column === where.column,
    );
    expect(match).toBeDefined();
    expect(match?.severity).toBe('error');
    expect(match?.message).toContain(message);
    expect(problems.filter((problem) => problem.severity === 'error')).toHaveLength(errors);
  });
});
