import { CsvReadOptions, HeaderSpec, openCsvTable } from './csv-table';
import { openUploadedFile, UploadedFile } from './file-bundle';
import { DEFAULT_MAX_PROBLEMS, ProblemCollector } from './import-problem';
import { Batcher, KeyIndex, newFileSummary, RowCheck } from './row-check';
import { EducatorRow, ImportFileSummary, RosterBatch, RosterImport, RosterSummary, SchoolRow, StaffRole } from './roster-types';

/** Plain roster columns (see README.md); names are matched ignoring case, spaces and dashes. */
export const PLAIN_ROSTER_COLUMNS = [
  'employee_id',
  'first_name',
  'last_name',
  'email',
  'role',
  'school_code',
  'school_name',
  'additional_school_codes',
  'middle_name',
  'state_educator_id',
  'hire_date',
  'status',
] as const;
export const PLAIN_ROSTER_REQUIRED = [
  'employee_id',
  'first_name',
  'last_name',
  'email',
  'role',
  'school_code',
  'school_name',
] as const;

/** Plain-CSV role words and the OneRoster role each stands for. */
const PLAIN_ROLES: Readonly<Record<string, StaffRole>> = {
  teacher: 'teacher',
  aide: 'aide',
  paraprofessional: 'aide',
  counselor: 'counselor',
  principal: 'principal',
  'assistant principal': 'principal',
  administrator: 'administrator',
  'district administrator': 'districtAdministrator',
};

export interface PlainRosterOptions {
  batchSize?: number;
  maxProblems?: number;
  csv?: CsvReadOptions;
}

const SPEC: HeaderSpec = { mode: 'named', columns: PLAIN_ROSTER_COLUMNS, required: PLAIN_ROSTER_REQUIRED };

/**
 * Reads the plain roster CSV for districts without OneRoster: one row per staff member, always a
 * bulk snapshot. The file is read twice (both passes stream): first for its schools, so schools
 * are handed out before the educators who work at them, then for the educators.
 */
export function parsePlainRoster(file: UploadedFile, options: PlainRosterOptions = {}): RosterImport {
  const problems = new ProblemCollector(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const batchSize = options.batchSize ?? 500;
  const name = file.name;
  const fileSummary: ImportFileSummary = newFileSummary(name, 'bulk');
  let schools = 0;
  let educators = 0;
  let started = false;

  const summary = (): RosterSummary => ({
    format: 'plain-csv',
    files: [{ ...fileSummary }],
    schools,
    educators,
    skippedOrgs: {},
    skippedUsers: {},
    ...problems.tally(),
  });

  async function* batches(): AsyncGenerator<RosterBatch> {
    if (started) throw new Error('batches() can only be iterated once');
    started = true;

    // Pass 1: schools. Problems are recorded in pass 2 only, so each is reported once.
    const schoolNames = new Map<string, { name: string; line: number }>();
    const quiet = new ProblemCollector(0);
    const first = await openCsvTable(openUploadedFile(file), name, SPEC, quiet, options.csv);
    if (first?.readable) {
      for await (const row of first.rows()) {
        const code = row.get('school_code');
        const schoolName = row.get('school_name');
        if (code !== '' && schoolName !== '' && !schoolNames.has(code))
          schoolNames.set(code, { name: schoolName, line: row.line });
      }
    }
    await first?.close();
    const schoolBatcher = new Batcher<SchoolRow>(batchSize);
    for (const [code, school] of schoolNames) {
      schools += 1;
      const full = schoolBatcher.add({
        sourcedId: code,
        status: 'active',
        dateLastModified: null,
        name: school.name,
        identifier: null,
        parentSourcedId: null,
        line: school.line,
      });
      if (full) yield { entity: 'school', file: name, mode: 'bulk', rows: full };
    }
    const restSchools = schoolBatcher.take();
    if (restSchools) yield { entity: 'school', file: name, mode: 'bulk', rows: restSchools };

    // Pass 2: educators, with every problem.
    const table = await openCsvTable(openUploadedFile(file), name, SPEC, problems, options.csv);
    if (!table?.readable) {
      await table?.close();
      return;
    }
    const ids = new KeyIndex();
    const emails = new KeyIndex();
    const batcher = new Batcher<EducatorRow>(batchSize);
    for await (const row of table.rows()) {
      fileSummary.dataRows += 1;
      const check = new RowCheck(problems, name, row);
      const employeeId = check.required('employee_id');
      if (employeeId !== '') {
        const firstLine = ids.claim(employeeId, row.line);
        if (firstLine !== undefined)
          check.error(
            'duplicate-id',
            'employee_id',
            employeeId,
            `employee_id "${employeeId}" is already used on line ${firstLine}; each person needs their own.`,
          );
      }
      const givenName = check.required('first_name');
      const familyName = check.required('last_name');
      const email = check.email('email', true);
      if (email !== null) {
        const firstLine = emails.claim(email, row.line);
        if (firstLine !== undefined)
          check.error(
            'duplicate-email',
            'email',
            email,
            `E-mail "${email}" is also used on line ${firstLine}; each staff member needs their own address to sign in.`,
          );
      }
      const roleText = row.get('role');
      const role = PLAIN_ROLES[roleText.toLowerCase().replace(/[_-]+/g, ' ').trim()];
      if (role === undefined) {
        check.error(
          'unknown-role',
          'role',
          roleText,
          `"${roleText}" is not a staff role. Use one of: ${Object.keys(PLAIN_ROLES).join(', ')}. (Students and guardians do not belong in this file.)`,
        );
      }
      const schoolCode = check.required('school_code');
      const schoolName = check.required('school_name');
      const known = schoolNames.get(schoolCode);
      if (known && schoolName !== '' && known.name !== schoolName) {
        check.warning(
          'bad-value',
          'school_name',
          schoolName,
          `School code "${schoolCode}" is named "${known.name}" on line ${known.line}; the first name is used.`,
        );
      }
      const extra = row
        .get('additional_school_codes')
        .split(';')
        .map((code) => code.trim())
        .filter((code) => code !== '');
      for (const code of extra) {
        if (!schoolNames.has(code))
          check.error(
            'unknown-org',
            'additional_school_codes',
            code,
            `School code "${code}" is not the school_code of any row in this file (unknown school).`,
          );
      }
      const statusText = row.get('status').toLowerCase();
      if (statusText !== '' && statusText !== 'active' && statusText !== 'inactive') {
        check.error(
          'unknown-status',
          'status',
          row.get('status'),
          `"${row.get('status')}" is not a status; use "active" or "inactive" (or leave it blank).`,
        );
      }
      const hireDate = check.date('hire_date');
      if (check.failed || role === undefined || email === null) {
        fileSummary.rejected += 1;
        continue;
      }
      const schoolSourcedIds = [...new Set([schoolCode, ...extra])];
      fileSummary.accepted += 1;
      educators += 1;
      const full = batcher.add({
        sourcedId: employeeId,
        status: 'active',
        dateLastModified: null,
        // An inactive row keeps the person (and their PD history) but blocks sign-in.
        enabled: statusText !== 'inactive',
        givenName,
        familyName,
        middleName: check.optional('middle_name'),
        preferredGivenName: null,
        email,
        username: null,
        identifier: employeeId,
        userIds: [],
        stateEducatorId: check.optional('state_educator_id'),
        hireDate,
        roles: schoolSourcedIds.map((orgSourcedId, at) => ({
          role,
          roleType: at === 0 ? 'primary' : 'secondary',
          orgSourcedId,
          beginDate: null,
          endDate: null,
        })),
        schoolSourcedIds,
        accountRole: role === 'principal' || role === 'administrator' ? 'PRINCIPAL' : 'TEACHER',
        line: row.line,
      });
      if (full) yield { entity: 'educator', file: name, mode: 'bulk', rows: full };
    }
    await table.close();
    const rest = batcher.take();
    if (rest) yield { entity: 'educator', file: name, mode: 'bulk', rows: rest };
  }

  return { batches, summary };
}
