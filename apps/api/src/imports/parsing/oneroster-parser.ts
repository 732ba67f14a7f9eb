import type { Readable } from 'node:stream';
import { CsvReadOptions, CsvTable, openCsvTable } from './csv-table';
import { FileBundle, ImportSource, openBundle, ZipLimits } from './file-bundle';
import { DEFAULT_MAX_PROBLEMS, ProblemCollector } from './import-problem';
import {
  MANIFEST_COLUMNS,
  ORG_TYPES,
  ORGS_COLUMNS,
  ROLES_1_1,
  ROLES_1_2,
  ROLES_COLUMNS_1_2,
  USERS_COLUMNS_1_1,
  USERS_COLUMNS_1_2,
} from './oneroster-columns';
import { Batcher, countInto, KeyIndex, newFileSummary, RowCheck } from './row-check';
import {
  EducatorRow,
  FileMode,
  ImportFileSummary,
  RosterBatch,
  RosterFormat,
  RosterImport,
  RosterSummary,
  SchoolRow,
  STAFF_ROLES,
  StaffRole,
  StaffRoleAssignment,
  UserId,
} from './roster-types';

export interface RosterParseOptions {
  /** Rows per batch handed to the caller (default 500). */
  batchSize?: number;
  /** Problems kept in the summary (default 1,000); all are still counted. */
  maxProblems?: number;
  zipLimits?: Partial<ZipLimits>;
  csv?: CsvReadOptions;
  /**
   * Org sourcedIds the district already has. A delta orgs.csv lists only changed orgs, so a user
   * may rightly point at an org that is not in this upload; pass the known ones to avoid false
   * "unknown school" problems. Treated as schools.
   */
  knownOrgSourcedIds?: ReadonlySet<string>;
}

type OneRosterVersion = '1.1' | '1.2';
const DEFAULT_BATCH_SIZE = 500;

const PRINCIPAL_ROLES: ReadonlySet<StaffRole> = new Set<StaffRole>(['principal', 'siteAdministrator', 'administrator']);
const STAFF: ReadonlySet<string> = new Set<string>(STAFF_ROLES);

interface Manifest {
  version: OneRosterVersion | null;
  modes: Map<string, FileMode | 'absent'>;
}

/** Staff roles of one user gathered from roles.csv (1.2), until their users.csv row arrives. */
interface PendingRoles {
  line: number;
  roles: StaffRoleAssignment[];
  matched: boolean;
}

/**
 * Reads a OneRoster 1.1 or 1.2 CSV bundle (zip, folder or loose files) as a stream: schools from
 * orgs.csv, then staff from users.csv (with roles.csv for 1.2). Memory stays small whatever the
 * file size: rows are handed out in batches and only keys (sourcedIds, staff e-mails, 1.2 role
 * links) are remembered, to find duplicates and dangling references.
 */
export function parseOneRoster(source: ImportSource, options: RosterParseOptions = {}): RosterImport {
  const problems = new ProblemCollector(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const files: ImportFileSummary[] = [];
  const skippedOrgs: Record<string, number> = {};
  const skippedUsers: Record<string, number> = {};
  let format: RosterFormat | null = null;
  let schools = 0;
  let educators = 0;
  let started = false;
  // Every users.csv sourcedId (staff or not), to report duplicates.
  const userKeys = new KeyIndex();

  const summary = (): RosterSummary => ({
    format,
    files: files.map((file) => ({ ...file })),
    schools,
    educators,
    skippedOrgs: { ...skippedOrgs },
    skippedUsers: { ...skippedUsers },
    ...problems.tally(),
  });

  async function* batches(): AsyncGenerator<RosterBatch> {
    if (started) throw new Error('batches() can only be iterated once');
    started = true;
    const bundle = await openBundle(source, options.zipLimits);
    try {
      const manifest = await readManifest(bundle);
      const usersName = bundle.find('users.csv');
      const version = manifest.version ?? (await guessVersion(bundle, usersName));
      format = version === null ? null : version === '1.1' ? 'oneroster-1.1' : 'oneroster-1.2';
      const mode = (name: string): FileMode => {
        const declared = manifest.modes.get(name);
        return declared === 'delta' ? 'delta' : 'bulk';
      };

      // Orgs first: schools are handed out before the people who work at them.
      const orgs = new Map<string, boolean>(); // sourcedId -> is a school
      const orgsName = bundle.find('orgs.csv');
      let orgsRead = false;
      if (requireFile(bundle, manifest, 'orgs.csv')) {
        const summaryRow = newFileSummary(orgsName ?? 'orgs.csv', mode('orgs'));
        files.push(summaryRow);
        const table = await openTable(bundle, orgsName as string, { mode: 'exact', columns: ORGS_COLUMNS });
        if (table?.readable) {
          orgsRead = true;
          for await (const batch of readOrgs(table, summaryRow, orgs)) {
            schools += batch.rows.length;
            yield batch;
          }
        }
        await table?.close();
      }

      if (version === null) return;
      const orgCheck = orgsRead || (options.knownOrgSourcedIds?.size ?? 0) > 0;

      let pendingRoles: Map<string, PendingRoles> | null = null;
      let nonStaffRoles: Map<string, string> | null = null;
      if (version === '1.2' && requireFile(bundle, manifest, 'roles.csv')) {
        const rolesName = bundle.find('roles.csv') as string;
        const summaryRow = newFileSummary(rolesName, mode('roles'));
        files.push(summaryRow);
        const table = await openTable(
          bundle,
          rolesName,
          { mode: 'exact', columns: ROLES_COLUMNS_1_2 },
          versionPrecheck(rolesName, '1.2'),
        );
        if (table?.readable) {
          pendingRoles = new Map();
          nonStaffRoles = new Map();
          await readRoles(table, summaryRow, orgs, orgCheck, pendingRoles, nonStaffRoles);
        }
        await table?.close();
      }

      let usersRead = false;
      if (version === '1.2' && pendingRoles === null) {
        // Without roles.csv there is no telling staff from students; users.csv is not read.
      } else if (requireFile(bundle, manifest, 'users.csv')) {
        const name = usersName as string;
        const summaryRow = newFileSummary(name, mode('users'));
        files.push(summaryRow);
        const columns = version === '1.1' ? USERS_COLUMNS_1_1 : USERS_COLUMNS_1_2;
        const table = await openTable(bundle, name, { mode: 'exact', columns }, versionPrecheck(name, version));
        if (table?.readable) {
          usersRead = true;
          const users =
            version === '1.1'
              ? readUsers11(table, summaryRow, orgs, orgCheck)
              : readUsers12(table, summaryRow, orgs, orgCheck, pendingRoles, nonStaffRoles);
          for await (const batch of users) {
            educators += batch.rows.length;
            yield batch;
          }
        }
        await table?.close();
      }

      if (pendingRoles && usersRead) {
        for (const [userSourcedId, pending] of pendingRoles) {
          if (!pending.matched) {
            problems.warning(
              bundle.find('roles.csv') ?? 'roles.csv',
              'unknown-user',
              `userSourcedId "${userSourcedId}" is not in users.csv; the role is ignored.`,
              {
                line: pending.line,
                column: 'userSourcedId',
                value: userSourcedId,
              },
            );
          }
        }
      }
    } finally {
      await bundle.close();
    }
  }

  async function openTable(
    bundle: FileBundle,
    name: string,
    spec: { mode: 'exact'; columns: readonly string[] },
    precheck?: (header: readonly string[], line: number) => boolean,
  ): Promise<CsvTable | null> {
    const stream: Readable = await bundle.open(name);
    return openCsvTable(stream, name, spec, problems, { ...options.csv, precheck });
  }

  /** True when the file is there to read; records a missing-file problem when it should be. */
  function requireFile(bundle: FileBundle, manifest: Manifest, name: string): boolean {
    const key = name.replace(/\.csv$/, '');
    const declared = manifest.modes.get(key);
    const present = bundle.find(name) !== undefined;
    if (declared === 'absent') {
      problems.error(
        'manifest.csv',
        'missing-file',
        `manifest.csv marks file.${key} as "absent", but PD Ledger needs ${name}. Export it as bulk (or delta) and list it in the manifest.`,
        {
          column: 'value',
          value: `file.${key}`,
        },
      );
      return false;
    }
    if (!present) {
      const why = declared ? ` (manifest.csv lists it as ${declared})` : '';
      problems.error(name, 'missing-file', `${name} is missing from the upload${why}; PD Ledger needs it to import staff.`);
      return false;
    }
    return true;
  }

  async function readManifest(bundle: FileBundle): Promise<Manifest> {
    const manifest: Manifest = { version: null, modes: new Map() };
    const name = bundle.find('manifest.csv');
    if (!name) {
      problems.error(
        'manifest.csv',
        'missing-file',
        'manifest.csv is missing; a OneRoster export always includes it (it says the OneRoster version and which files are bulk or delta).',
      );
      return manifest;
    }
    const manifestSummary = newFileSummary(name, 'bulk');
    files.push(manifestSummary);
    const table = await openCsvTable(
      await bundle.open(name),
      name,
      { mode: 'exact', columns: MANIFEST_COLUMNS },
      problems,
      options.csv,
    );
    if (!table?.readable) {
      await table?.close();
      return manifest;
    }
    const seen = new KeyIndex();
    let versionLine = 0;
    let versionValue = '';
    for await (const row of table.rows()) {
      manifestSummary.dataRows += 1;
      manifestSummary.accepted += 1;
      const property = row.get('propertyName');
      const value = row.get('value');
      const first = seen.claim(property, row.line);
      if (first !== undefined) {
        problems.error(name, 'manifest', `"${property}" is listed twice (first on line ${first}).`, {
          line: row.line,
          column: 'propertyName',
          value: property,
        });
        continue;
      }
      if (property === 'oneroster.version') {
        versionLine = row.line;
        versionValue = value;
      } else if (property === 'manifest.version' && value !== '1.0') {
        problems.error(
          name,
          'version-mismatch',
          `manifest.version is "${value}"; OneRoster 1.1 and 1.2 manifests are version "1.0".`,
          { line: row.line, column: 'value', value },
        );
      } else if (property.startsWith('file.')) {
        if (value === 'absent' || value === 'bulk' || value === 'delta') manifest.modes.set(property.slice(5), value);
        else
          problems.error(name, 'manifest', `${property} is "${value}"; it must be "absent", "bulk" or "delta".`, {
            line: row.line,
            column: 'value',
            value,
          });
      }
    }
    await table.close();
    if (versionValue === '1.1' || versionValue === '1.2') manifest.version = versionValue;
    else if (versionLine === 0)
      problems.error(name, 'manifest', 'manifest.csv has no "oneroster.version" row; it must say 1.1 or 1.2.', {
        column: 'propertyName',
        value: 'oneroster.version',
      });
    else
      problems.error(name, 'version-mismatch', `oneroster.version is "${versionValue}"; PD Ledger reads OneRoster 1.1 and 1.2.`, {
        line: versionLine,
        column: 'value',
        value: versionValue,
      });
    return manifest;
  }

  /** Without a usable manifest, tell 1.1 from 1.2 by the users.csv header. */
  async function guessVersion(bundle: FileBundle, usersName: string | undefined): Promise<OneRosterVersion | null> {
    if (bundle.find('roles.csv')) return '1.2';
    if (!usersName) return null;
    const records = await openCsvTable(
      await bundle.open(usersName),
      usersName,
      { mode: 'named', columns: [], required: [] },
      new ProblemCollector(0),
    );
    const header = records?.header ?? [];
    await records?.close();
    if (header.includes('role') || header.includes('orgSourcedIds')) return '1.1';
    if (header.includes('primaryOrgSourcedId')) return '1.2';
    return null;
  }

  /** Reports a header of the other OneRoster version as such, rather than as a list of odd columns. */
  function versionPrecheck(name: string, version: OneRosterVersion): (header: readonly string[], line: number) => boolean {
    return (header, line) => {
      const has = (column: string) => header.includes(column);
      const looks11 = has('role') && has('orgSourcedIds');
      const looks12 = name.toLowerCase() === 'roles.csv' ? true : has('primaryOrgSourcedId') && !has('role');
      if (version === '1.2' && looks11) {
        problems.error(
          name,
          'version-mismatch',
          `manifest.csv says OneRoster 1.2, but ${name} has the 1.1 columns (role, orgSourcedIds). Export every file with the same OneRoster version.`,
          {
            line,
            value: header.join(','),
          },
        );
        return false;
      }
      if (version === '1.1' && looks12) {
        problems.error(
          name,
          'version-mismatch',
          `manifest.csv says OneRoster 1.1, but ${name} has the 1.2 columns (primaryOrgSourcedId, roles in roles.csv). Export every file with the same OneRoster version.`,
          {
            line,
            value: header.join(','),
          },
        );
        return false;
      }
      return true;
    };
  }

  async function* readOrgs(
    table: CsvTable,
    summaryRow: ImportFileSummary,
    orgs: Map<string, boolean>,
  ): AsyncGenerator<RosterBatch> {
    const file = summaryRow.file;
    const mode = summaryRow.mode as FileMode;
    const batcher = new Batcher<SchoolRow>(batchSize);
    const ids = new KeyIndex();
    for await (const row of table.rows()) {
      summaryRow.dataRows += 1;
      const check = new RowCheck(problems, file, row);
      const sourcedId = check.required('sourcedId');
      const status = check.status(mode);
      const dateLastModified = check.dateTime('dateLastModified');
      const deleting = status === 'tobedeleted';
      const name = deleting ? row.get('name') : check.required('name');
      const type = deleting && row.get('type') === '' ? 'school' : check.oneOf('type', ORG_TYPES);
      if (sourcedId !== '') {
        const first = ids.claim(sourcedId, row.line);
        if (first !== undefined)
          check.error(
            'duplicate-id',
            'sourcedId',
            sourcedId,
            `sourcedId "${sourcedId}" is already used on line ${first}; each org needs its own sourcedId.`,
          );
        else orgs.set(sourcedId, type === 'school');
      }
      if (check.failed || status === null || type === null) {
        summaryRow.rejected += 1;
        continue;
      }
      if (type !== 'school') {
        summaryRow.skipped += 1;
        countInto(skippedOrgs, type);
        continue;
      }
      summaryRow.accepted += 1;
      const full = batcher.add({
        sourcedId,
        status,
        dateLastModified,
        name,
        identifier: check.optional('identifier'),
        parentSourcedId: check.optional('parentSourcedId'),
        line: row.line,
      });
      if (full) yield { entity: 'school', file, mode, rows: full };
    }
    const rest = batcher.take();
    if (rest) yield { entity: 'school', file, mode, rows: rest };
  }

  function orgKnown(orgs: Map<string, boolean>, sourcedId: string): boolean {
    return orgs.has(sourcedId) || (options.knownOrgSourcedIds?.has(sourcedId) ?? false);
  }

  function isSchool(orgs: Map<string, boolean>, sourcedId: string): boolean {
    return orgs.get(sourcedId) ?? options.knownOrgSourcedIds?.has(sourcedId) ?? false;
  }

  async function readRoles(
    table: CsvTable,
    summaryRow: ImportFileSummary,
    orgs: Map<string, boolean>,
    orgCheck: boolean,
    pending: Map<string, PendingRoles>,
    nonStaff: Map<string, string>,
  ): Promise<void> {
    const file = summaryRow.file;
    const mode = summaryRow.mode as FileMode;
    const ids = new KeyIndex();
    for await (const row of table.rows()) {
      summaryRow.dataRows += 1;
      const check = new RowCheck(problems, file, row);
      const sourcedId = check.required('sourcedId');
      const status = check.status(mode);
      check.dateTime('dateLastModified');
      const userSourcedId = check.required('userSourcedId');
      const roleType = check.oneOf('roleType', ['primary', 'secondary'] as const);
      const role = check.oneOf('role', ROLES_1_2, 'unknown-role');
      const orgSourcedId = check.required('orgSourcedId');
      const beginDate = check.date('beginDate');
      const endDate = check.date('endDate');
      if (sourcedId !== '') {
        const first = ids.claim(sourcedId, row.line);
        if (first !== undefined)
          check.error(
            'duplicate-id',
            'sourcedId',
            sourcedId,
            `sourcedId "${sourcedId}" is already used on line ${first}; each role needs its own sourcedId.`,
          );
      }
      if (orgCheck && orgSourcedId !== '' && !orgKnown(orgs, orgSourcedId)) {
        check.error(
          'unknown-org',
          'orgSourcedId',
          orgSourcedId,
          `orgSourcedId "${orgSourcedId}" is not in orgs.csv (unknown school or org).`,
        );
      }
      if (check.failed || role === null || roleType === null || status === null) {
        summaryRow.rejected += 1;
        continue;
      }
      if (status === 'tobedeleted') {
        // A removed role changes nothing to import: the person's remaining roles decide.
        summaryRow.skipped += 1;
        continue;
      }
      if (!STAFF.has(role)) {
        summaryRow.skipped += 1;
        if (!nonStaff.has(userSourcedId)) nonStaff.set(userSourcedId, role);
        continue;
      }
      summaryRow.accepted += 1;
      const entry = pending.get(userSourcedId) ?? { line: row.line, roles: [], matched: false };
      entry.roles.push({ role: role as StaffRole, roleType, orgSourcedId, beginDate, endDate });
      pending.set(userSourcedId, entry);
    }
  }

  /** Fields shared by 1.1 and 1.2 users; returns null when the row has errors. */
  function readPerson(
    check: RowCheck,
    mode: FileMode,
    ids: KeyIndex,
    emails: KeyIndex,
  ): Omit<EducatorRow, 'roles' | 'schoolSourcedIds' | 'accountRole'> | null {
    const row = check.row;
    const sourcedId = check.required('sourcedId');
    const status = check.status(mode);
    const dateLastModified = check.dateTime('dateLastModified');
    if (sourcedId !== '') {
      const first = ids.claim(sourcedId, row.line);
      if (first !== undefined)
        check.error(
          'duplicate-id',
          'sourcedId',
          sourcedId,
          `sourcedId "${sourcedId}" is already used on line ${first}; each person needs their own sourcedId.`,
        );
    }
    const deleting = status === 'tobedeleted';
    const enabled = deleting && row.get('enabledUser') === '' ? false : check.boolean('enabledUser');
    const givenName = deleting ? row.get('givenName') : check.required('givenName');
    const familyName = deleting ? row.get('familyName') : check.required('familyName');
    const email = check.email('email', !deleting);
    if (email !== null && !deleting) {
      const first = emails.claim(email, row.line);
      if (first !== undefined)
        check.error(
          'duplicate-email',
          'email',
          email,
          `E-mail "${email}" is also used on line ${first}; each staff member needs their own address to sign in.`,
        );
    }
    if (check.failed || status === null || enabled === null) return null;
    return {
      sourcedId,
      status,
      dateLastModified,
      enabled,
      givenName,
      familyName,
      middleName: check.optional('middleName'),
      preferredGivenName: check.optional('preferredGivenName'),
      email,
      username: check.optional('username'),
      identifier: check.optional('identifier'),
      userIds: parseUserIds(check),
      stateEducatorId: null,
      hireDate: null,
      line: row.line,
    };
  }

  function accountRoleOf(roles: readonly StaffRoleAssignment[], schoolSourcedIds: readonly string[]): 'TEACHER' | 'PRINCIPAL' {
    return schoolSourcedIds.length > 0 && roles.some((role) => PRINCIPAL_ROLES.has(role.role)) ? 'PRINCIPAL' : 'TEACHER';
  }

  async function* readUsers11(
    table: CsvTable,
    summaryRow: ImportFileSummary,
    orgs: Map<string, boolean>,
    orgCheck: boolean,
  ): AsyncGenerator<RosterBatch> {
    const file = summaryRow.file;
    const mode = summaryRow.mode as FileMode;
    const batcher = new Batcher<EducatorRow>(batchSize);
    const emails = new KeyIndex();
    for await (const row of table.rows()) {
      summaryRow.dataRows += 1;
      const check = new RowCheck(problems, file, row);
      const deleting = row.get('status') === 'tobedeleted';
      const roleValue = row.get('role');
      const role = deleting && roleValue === '' ? null : check.oneOf('role', ROLES_1_1, 'unknown-role');
      if (role !== null && !STAFF.has(role)) {
        // Students and families are skipped; only their key is kept so duplicates still show.
        const sourcedId = row.get('sourcedId');
        const first = sourcedId === '' ? undefined : userKeys.claim(sourcedId, row.line);
        if (first !== undefined)
          check.error(
            'duplicate-id',
            'sourcedId',
            sourcedId,
            `sourcedId "${sourcedId}" is already used on line ${first}; each person needs their own sourcedId.`,
          );
        summaryRow.skipped += 1;
        countInto(skippedUsers, role);
        continue;
      }
      const person = readPerson(check, mode, userKeys, emails);
      const orgIds = row
        .get('orgSourcedIds')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      if (!deleting && orgIds.length === 0)
        check.error(
          'required-value',
          'orgSourcedIds',
          '',
          'orgSourcedIds is required: the school (or district) this person works at.',
        );
      for (const orgId of orgIds) {
        if (orgCheck && !orgKnown(orgs, orgId))
          check.error(
            'unknown-org',
            'orgSourcedIds',
            orgId,
            `orgSourcedIds refers to "${orgId}", which is not in orgs.csv (unknown school).`,
          );
      }
      if (check.failed || person === null) {
        summaryRow.rejected += 1;
        continue;
      }
      const roles: StaffRoleAssignment[] =
        role === null
          ? []
          : orgIds.map((orgSourcedId, at) => ({
              role: role as StaffRole,
              roleType: at === 0 ? 'primary' : 'secondary',
              orgSourcedId,
              beginDate: null,
              endDate: null,
            }));
      const schoolSourcedIds = orgIds.filter((id) => isSchool(orgs, id));
      summaryRow.accepted += 1;
      const full = batcher.add({ ...person, roles, schoolSourcedIds, accountRole: accountRoleOf(roles, schoolSourcedIds) });
      if (full) yield { entity: 'educator', file, mode, rows: full };
    }
    const rest = batcher.take();
    if (rest) yield { entity: 'educator', file, mode, rows: rest };
  }

  async function* readUsers12(
    table: CsvTable,
    summaryRow: ImportFileSummary,
    orgs: Map<string, boolean>,
    orgCheck: boolean,
    pending: Map<string, PendingRoles> | null,
    nonStaff: Map<string, string> | null,
  ): AsyncGenerator<RosterBatch> {
    const file = summaryRow.file;
    const mode = summaryRow.mode as FileMode;
    const batcher = new Batcher<EducatorRow>(batchSize);
    const emails = new KeyIndex();
    for await (const row of table.rows()) {
      summaryRow.dataRows += 1;
      const check = new RowCheck(problems, file, row);
      const sourcedId = row.get('sourcedId');
      const staff = pending?.get(sourcedId);
      const deleting = row.get('status') === 'tobedeleted';
      if (!staff && pending !== null) {
        const otherRole = nonStaff?.get(sourcedId);
        if (otherRole !== undefined || (mode === 'bulk' && !deleting)) {
          const first = sourcedId === '' ? undefined : userKeys.claim(sourcedId, row.line);
          if (first !== undefined)
            check.error(
              'duplicate-id',
              'sourcedId',
              sourcedId,
              `sourcedId "${sourcedId}" is already used on line ${first}; each person needs their own sourcedId.`,
            );
          if (otherRole === undefined) {
            check.error(
              'no-role',
              'sourcedId',
              sourcedId,
              `User "${sourcedId}" has no row in roles.csv, so it is not known whether they are staff. Every user needs at least one role.`,
            );
            summaryRow.rejected += 1;
          } else {
            summaryRow.skipped += 1;
            countInto(skippedUsers, otherRole);
          }
          continue;
        }
      }
      if (staff) staff.matched = true;
      const person = readPerson(check, mode, userKeys, emails);
      const primaryOrg = row.get('primaryOrgSourcedId');
      if (orgCheck && primaryOrg !== '' && !orgKnown(orgs, primaryOrg)) {
        check.error(
          'unknown-org',
          'primaryOrgSourcedId',
          primaryOrg,
          `primaryOrgSourcedId "${primaryOrg}" is not in orgs.csv (unknown school).`,
        );
      }
      if (check.failed || person === null) {
        summaryRow.rejected += 1;
        continue;
      }
      const roles = staff?.roles ?? [];
      const schoolSourcedIds = [
        ...new Set([...(primaryOrg !== '' && roles.length > 0 ? [primaryOrg] : []), ...roles.map((role) => role.orgSourcedId)]),
      ].filter((id) => isSchool(orgs, id));
      summaryRow.accepted += 1;
      const full = batcher.add({ ...person, roles, schoolSourcedIds, accountRole: accountRoleOf(roles, schoolSourcedIds) });
      if (full) yield { entity: 'educator', file, mode, rows: full };
      // The roles are in the row now; drop them so memory does not hold both.
      if (staff) staff.roles = [];
    }
    const rest = batcher.take();
    if (rest) yield { entity: 'educator', file, mode, rows: rest };
  }

  return { batches, summary };
}

/** Parses OneRoster userIds: `{type:identifier}` items separated by commas. */
function parseUserIds(check: RowCheck): UserId[] {
  const value = check.row.get('userIds');
  if (value === '') return [];
  const ids: UserId[] = [];
  for (const match of value.matchAll(/\{([^:{}]+):([^{}]*)\}/g)) ids.push({ type: match[1].trim(), identifier: match[2].trim() });
  if (ids.length === 0)
    check.warning(
      'bad-value',
      'userIds',
      value,
      'userIds should look like {type:identifier},{type:identifier}; the value is ignored.',
    );
  return ids;
}
