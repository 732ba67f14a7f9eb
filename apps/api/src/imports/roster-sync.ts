import { randomUUID } from 'node:crypto';
import { bulkInsert } from '../database/bulk-insert';
import { AuditBuffer, changedFields, emptyCounts, SyncContext } from './import-sync-context';
import type { EducatorRow, FileMode, RosterBatch, SchoolRow } from './parsing';

interface SchoolState {
  id: string;
  name: string;
  sourceId: string | null;
  active: boolean;
}

interface EducatorState {
  id: string;
  sourceId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  stateEducatorId: string | null;
  hireDate: string | null;
  active: boolean;
  /** Sorted. */
  schoolIds: string[];
}

interface AccountState {
  id: string;
  districtId: string;
  email: string;
  role: string;
  displayName: string;
  educatorId: string | null;
  disabled: boolean;
  sourceId: string | null;
  /** Sorted; only principals have schools. */
  schoolIds: string[];
}

const EDUCATOR_FIELDS: ReadonlyArray<keyof EducatorState> = [
  'firstName',
  'lastName',
  'email',
  'stateEducatorId',
  'hireDate',
  'sourceId',
  'active',
  'schoolIds',
];
const ACCOUNT_FIELDS: ReadonlyArray<keyof AccountState> = [
  'email',
  'role',
  'displayName',
  'educatorId',
  'disabled',
  'sourceId',
  'schoolIds',
];
const SCHOOL_FIELDS: ReadonlyArray<keyof SchoolState> = ['name', 'sourceId', 'active'];

const EDUCATOR_SELECT = `SELECT e.id, e.source_id, e.first_name, e.last_name, e.email, e.state_educator_id, e.hire_date, e.active,
    ARRAY(SELECT es.school_id::text FROM educator_school es WHERE es.district_id = e.district_id AND es.educator_id = e.id ORDER BY 1) AS school_ids
  FROM educator e`;
const ACCOUNT_SELECT = `SELECT a.id, a.district_id, a.email, a.role, a.display_name, a.educator_id, a.disabled, a.source_id,
    ARRAY(SELECT s.school_id::text FROM user_account_school s WHERE s.user_account_id = a.id ORDER BY 1) AS school_ids
  FROM user_account a`;

interface EducatorDbRow {
  id: string;
  source_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  state_educator_id: string | null;
  hire_date: string | null;
  active: boolean;
  school_ids: string[];
}

interface AccountDbRow {
  id: string;
  district_id: string;
  email: string;
  role: string;
  display_name: string;
  educator_id: string | null;
  disabled: boolean;
  source_id: string | null;
  school_ids: string[];
}

function toEducator(row: EducatorDbRow): EducatorState {
  return {
    id: row.id,
    sourceId: row.source_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    stateEducatorId: row.state_educator_id,
    hireDate: row.hire_date,
    active: row.active,
    schoolIds: row.school_ids,
  };
}

function toAccount(row: AccountDbRow): AccountState {
  return {
    id: row.id,
    districtId: row.district_id,
    email: row.email,
    role: row.role,
    displayName: row.display_name,
    educatorId: row.educator_id,
    disabled: row.disabled,
    sourceId: row.source_id,
    schoolIds: row.school_ids,
  };
}

// Database limits (CHECK constraints): a value over them is a problem in the file, not a crash.
const MAX_NAME = 100;
const MAX_SCHOOL_NAME = 200;
const MAX_STATE_ID = 50;
const MAX_SOURCE_ID = 255;
const ANALYZE_EVERY_INSERTS = 10_000;

/** Pending writes of one batch of educators, executed together. */
interface EducatorWrites {
  insertEducators: EducatorState[];
  updateEducators: EducatorState[];
  insertAccounts: AccountState[];
  updateAccounts: AccountState[];
}

/**
 * Diffs a roster against the district, batch by batch, and (when `context.write`) applies it.
 * The same code computes the preview and performs the apply, so the preview's counts are what
 * the apply does on unchanged data.
 *
 * Matching: schools and educators by `source_id` (the roster key). A school or educator created
 * in the app (no source_id) is adopted the first time a roster names it (school by name, educator
 * by e-mail), so a district that started by hand does not get duplicates. Accounts follow their
 * educator; an account with the same e-mail and no educator is linked. HR_ADMIN is never granted
 * or taken away by a roster.
 */
export class RosterSync {
  readonly counts = { schools: emptyCounts(), educators: emptyCounts(), accounts: emptyCounts() };
  private readonly schoolsBySource = new Map<string, SchoolState>();
  private readonly schoolsByName = new Map<string, SchoolState>();
  private readonly seenSchools = new Set<string>();
  private readonly seenEducators = new Set<string>();
  private readonly audit: AuditBuffer;
  private insertedSinceAnalyze = 0;

  private constructor(
    private readonly context: SyncContext,
    private readonly plain: boolean,
  ) {
    this.audit = new AuditBuffer(context);
  }

  static async start(context: SyncContext, plain: boolean): Promise<RosterSync> {
    const sync = new RosterSync(context, plain);
    const rows: Array<{ id: string; name: string; source_id: string | null; active: boolean }> = await context.manager.query(
      `SELECT id, name, source_id, active FROM school WHERE district_id = $1`,
      [context.districtId],
    );
    for (const row of rows) sync.remember({ id: row.id, name: row.name, sourceId: row.source_id, active: row.active });
    return sync;
  }

  /** School keys the district already has: a delta users.csv may point at schools not in its orgs.csv. */
  knownSchoolKeys(): Set<string> {
    return new Set(this.schoolsBySource.keys());
  }

  async batch(batch: RosterBatch): Promise<void> {
    if (batch.entity === 'school') await this.schoolBatch(batch.file, batch.rows);
    else await this.educatorBatch(batch.file, batch.rows);
  }

  /** After every batch: bulk files are snapshots, so what they no longer list is deactivated. */
  async finish(modes: { schools: FileMode | 'absent' | null; educators: FileMode | 'absent' | null }): Promise<void> {
    if (modes.educators === 'bulk') await this.deactivateMissingEducators();
    if (modes.schools === 'bulk') await this.deactivateMissingSchools();
    await this.audit.flush();
  }

  private remember(school: SchoolState): void {
    if (school.sourceId !== null) this.schoolsBySource.set(school.sourceId, school);
    this.schoolsByName.set(school.name.toLowerCase(), school);
  }

  private problem(
    file: string,
    line: number,
    column: string,
    value: string,
    message: string,
    code: 'bad-value' | 'duplicate-email' | 'unknown-org' = 'bad-value',
  ): void {
    this.context.problems.error(file, code, message, { line, column, value });
  }

  // ---- schools ----

  private async schoolBatch(file: string, rows: SchoolRow[]): Promise<void> {
    const nameColumn = this.plain ? 'school_name' : 'name';
    const idColumn = this.plain ? 'school_code' : 'sourcedId';
    for (const row of rows) {
      this.seenSchools.add(row.sourcedId);
      const existing = this.schoolsBySource.get(row.sourcedId);
      if (row.status === 'tobedeleted') {
        if (existing?.active) await this.saveSchool(existing, { ...existing, active: false }, 'SCHOOL_DEACTIVATED');
        else this.counts.schools.skipped += 1;
        continue;
      }
      if (row.sourcedId.length > MAX_SOURCE_ID) {
        this.problem(file, row.line, idColumn, row.sourcedId, `The id is longer than ${MAX_SOURCE_ID} characters.`);
        continue;
      }
      if (row.name.length > MAX_SCHOOL_NAME) {
        this.problem(file, row.line, nameColumn, row.name, `School names can be at most ${MAX_SCHOOL_NAME} characters.`);
        continue;
      }
      const sameName = this.schoolsByName.get(row.name.toLowerCase());
      const school = existing ?? (sameName && sameName.sourceId === null ? sameName : undefined);
      if (sameName && sameName !== school) {
        this.problem(
          file,
          row.line,
          nameColumn,
          row.name,
          `PD Ledger already has a school named "${sameName.name}" with another id (${sameName.sourceId ?? 'added in the app'}); two schools cannot share a name. Rename one of them.`,
        );
        continue;
      }
      const wanted: SchoolState = { id: school?.id ?? randomUUID(), name: row.name, sourceId: row.sourcedId, active: true };
      if (!school) {
        this.counts.schools.create += 1;
        this.remember(wanted);
        if (this.context.write) {
          await bulkInsert(
            this.context.manager,
            'school',
            ['id', 'district_id', 'name', 'source_id'],
            [[wanted.id, this.context.districtId, wanted.name, wanted.sourceId]],
          );
        }
        this.audit.add('SCHOOL_CREATED', 'school', wanted.id, { after: { name: wanted.name, sourceId: wanted.sourceId } });
      } else {
        await this.saveSchool(school, wanted, school.active ? 'SCHOOL_UPDATED' : 'SCHOOL_REACTIVATED');
      }
    }
    await this.audit.flush();
  }

  private async saveSchool(before: SchoolState, after: SchoolState, action: string): Promise<void> {
    const diff = changedFields(before, after, SCHOOL_FIELDS);
    if (!diff) {
      this.counts.schools.unchanged += 1;
      return;
    }
    if (!after.active) this.counts.schools.deactivate += 1;
    else this.counts.schools.update += 1;
    this.schoolsByName.delete(before.name.toLowerCase());
    Object.assign(before, after);
    this.remember(before);
    if (this.context.write) {
      await this.context.manager.query(
        `UPDATE school SET name = $3, source_id = $4, active = $5 WHERE district_id = $1 AND id = $2`,
        [this.context.districtId, after.id, after.name, after.sourceId, after.active],
      );
    }
    this.audit.add(action, 'school', after.id, diff);
  }

  private async deactivateMissingSchools(): Promise<void> {
    for (const school of [...this.schoolsBySource.values()]) {
      if (school.active && !this.seenSchools.has(school.sourceId as string)) {
        await this.saveSchool(school, { ...school, active: false }, 'SCHOOL_DEACTIVATED');
      }
    }
  }

  // ---- educators and accounts ----

  private async educatorBatch(file: string, rows: EducatorRow[]): Promise<void> {
    const { manager, districtId } = this.context;
    const keys = rows.map((row) => row.sourcedId);
    const emails = rows.flatMap((row) => (row.email ? [row.email] : []));
    const educators = (
      (await manager.query(
        // Two index lookups joined by UNION: an OR of two ANY(...) conditions would scan the table.
        `${EDUCATOR_SELECT} WHERE e.district_id = $1 AND e.id IN (
          SELECT id FROM educator WHERE district_id = $1 AND source_id = ANY($2::text[])
          UNION SELECT id FROM educator WHERE district_id = $1 AND lower(email) = ANY($3::text[]))`,
        [districtId, keys, emails],
      )) as EducatorDbRow[]
    ).map(toEducator);
    const educatorBySource = new Map<string, EducatorState>();
    const educatorByEmail = new Map<string, EducatorState>();
    for (const educator of educators) {
      if (educator.sourceId !== null) educatorBySource.set(educator.sourceId, educator);
      educatorByEmail.set(educator.email.toLowerCase(), educator);
    }
    // Accounts by e-mail: this district's in full; other districts' (the sign-in e-mail is unique
    // across PD Ledger) only as "taken", through a database function, since row-level security
    // keeps their rows out of this district's sight.
    const accounts = (
      (await manager.query(
        `${ACCOUNT_SELECT} WHERE a.district_id = $1 AND a.id IN (SELECT id FROM user_account WHERE district_id = $1 AND email = ANY($2::text[])
          UNION SELECT id FROM user_account WHERE district_id = $1 AND educator_id = ANY($3::uuid[]))`,
        [districtId, emails, educators.map((educator) => educator.id)],
      )) as AccountDbRow[]
    ).map(toAccount);
    const takenElsewhere = (
      (await manager.query(`SELECT pdledger_sign_in_emails_elsewhere($1::text[]) AS email`, [emails])) as Array<{ email: string }>
    ).map(({ email }): AccountState => ({
      id: '',
      districtId: '',
      email,
      role: '',
      displayName: '',
      educatorId: null,
      disabled: false,
      sourceId: null,
      schoolIds: [],
    }));
    const accountByEmail = new Map([...takenElsewhere, ...accounts].map((account) => [account.email, account]));
    const accountByEducator = new Map(
      accounts
        .filter((account) => account.districtId === districtId && account.educatorId)
        .map((account) => [account.educatorId as string, account]),
    );

    const writes: EducatorWrites = { insertEducators: [], updateEducators: [], insertAccounts: [], updateAccounts: [] };
    const emailColumn = 'email';
    const idColumn = this.plain ? 'employee_id' : 'sourcedId';

    for (const row of rows) {
      this.seenEducators.add(row.sourcedId);
      const known = educatorBySource.get(row.sourcedId);
      if (row.status === 'tobedeleted') {
        if (known?.active) this.planDeactivation(known, accountByEducator.get(known.id) ?? null, writes);
        else this.counts.educators.skipped += 1;
        continue;
      }
      const email = row.email as string;
      const sameEmail = educatorByEmail.get(email);
      const educator = known ?? (sameEmail && sameEmail.sourceId === null ? sameEmail : undefined);
      if (!educator && row.roles.length === 0) {
        // A 1.2 delta user whose roles were not in this delta: nothing to create them with.
        this.counts.educators.skipped += 1;
        continue;
      }
      if (sameEmail && sameEmail !== educator) {
        this.problem(
          file,
          row.line,
          emailColumn,
          email,
          `E-mail "${email}" belongs to ${sameEmail.firstName} ${sameEmail.lastName}, who is already in PD Ledger${sameEmail.sourceId ? ` with id "${sameEmail.sourceId}"` : ''}${sameEmail.active ? '' : ' (deactivated)'}; each person needs their own e-mail.`,
          'duplicate-email',
        );
        continue;
      }
      if (!this.checkLengths(file, row, idColumn)) continue;
      const schoolIds = this.resolveSchools(file, row, educator);
      if (schoolIds === null) continue;

      const wanted: EducatorState = {
        id: educator?.id ?? randomUUID(),
        sourceId: row.sourcedId,
        firstName: row.givenName,
        lastName: row.familyName,
        email,
        // OneRoster carries no state id or hire date: keep what HR entered rather than blank it.
        stateEducatorId: row.stateEducatorId ?? educator?.stateEducatorId ?? null,
        hireDate: row.hireDate ?? educator?.hireDate ?? null,
        active: true,
        schoolIds,
      };

      const linked = educator ? accountByEducator.get(educator.id) : undefined;
      const byEmail = accountByEmail.get(email);
      if (
        byEmail &&
        byEmail !== linked &&
        (byEmail.districtId !== districtId || (byEmail.educatorId !== null && byEmail.educatorId !== wanted.id) || linked)
      ) {
        if (byEmail.districtId === districtId) {
          this.problem(
            file,
            row.line,
            emailColumn,
            email,
            `E-mail "${email}" is already used to sign in by another account in your district; each person needs their own e-mail.`,
            'duplicate-email',
          );
        } else {
          // Sign-in e-mails are unique across PD Ledger, so this one cannot be used; why (another
          // district's account) is not this district's to know, so the problem does not say.
          this.problem(
            file,
            row.line,
            emailColumn,
            email,
            `E-mail "${email}" cannot be used to sign in to PD Ledger; give this person another e-mail.`,
            'bad-value',
          );
        }
        continue;
      }
      const account = linked ?? byEmail;
      // HR grants HR_ADMIN in the app; a roster never takes it away (nor grants it).
      const role = account?.role === 'HR_ADMIN' ? 'HR_ADMIN' : row.accountRole;
      const wantedAccount: AccountState = {
        id: account?.id ?? randomUUID(),
        districtId,
        email,
        role,
        displayName: `${row.givenName} ${row.familyName}`.slice(0, 200),
        educatorId: wanted.id,
        disabled: !row.enabled,
        sourceId: row.sourcedId,
        schoolIds: role === 'PRINCIPAL' ? schoolIds : role === 'HR_ADMIN' ? (account?.schoolIds ?? []) : [],
      };

      if (!educator) {
        this.counts.educators.create += 1;
        writes.insertEducators.push(wanted);
        this.audit.add('EDUCATOR_CREATED', 'educator', wanted.id, { after: pick(wanted, EDUCATOR_FIELDS) });
      } else {
        const diff = changedFields(educator, wanted, EDUCATOR_FIELDS);
        if (diff) {
          this.counts.educators.update += 1;
          writes.updateEducators.push(wanted);
          this.audit.add(educator.active ? 'EDUCATOR_UPDATED' : 'EDUCATOR_REACTIVATED', 'educator', wanted.id, diff);
        } else {
          this.counts.educators.unchanged += 1;
        }
      }
      this.planAccount(account ?? null, wantedAccount, writes);
      // Later rows of this batch must see this person's e-mail as taken.
      educatorByEmail.set(email, wanted);
      accountByEmail.set(email, wantedAccount);
    }
    await this.write(writes);
  }

  private checkLengths(file: string, row: EducatorRow, idColumn: string): boolean {
    const checks: Array<[string, string | null, number]> = [
      [idColumn, row.sourcedId, MAX_SOURCE_ID],
      [this.plain ? 'first_name' : 'givenName', row.givenName, MAX_NAME],
      [this.plain ? 'last_name' : 'familyName', row.familyName, MAX_NAME],
      ['state_educator_id', row.stateEducatorId, MAX_STATE_ID],
    ];
    for (const [column, value, max] of checks) {
      if (value !== null && value.length > max) {
        this.problem(file, row.line, column, value, `${column} can be at most ${max} characters.`);
        return false;
      }
    }
    return true;
  }

  private resolveSchools(file: string, row: EducatorRow, educator: EducatorState | undefined): string[] | null {
    if (row.roles.length === 0 && educator) return educator.schoolIds;
    const ids = new Set<string>();
    for (const key of row.schoolSourcedIds) {
      const school = this.schoolsBySource.get(key);
      if (!school) {
        this.problem(
          file,
          row.line,
          this.plain ? 'school_code' : 'orgSourcedIds',
          key,
          `School "${key}" is neither in this upload nor in PD Ledger (unknown school).`,
          'unknown-org',
        );
        return null;
      }
      ids.add(school.id);
    }
    return [...ids].sort();
  }

  private planAccount(account: AccountState | null, wanted: AccountState, writes: EducatorWrites): void {
    if (!account) {
      this.counts.accounts.create += 1;
      writes.insertAccounts.push(wanted);
      this.audit.add('ACCOUNT_CREATED', 'user_account', wanted.id, { after: pick(wanted, ACCOUNT_FIELDS) });
      return;
    }
    const diff = changedFields(account, wanted, ACCOUNT_FIELDS);
    if (!diff) {
      this.counts.accounts.unchanged += 1;
      return;
    }
    if (wanted.disabled && !account.disabled) this.counts.accounts.deactivate += 1;
    else this.counts.accounts.update += 1;
    writes.updateAccounts.push(wanted);
    this.audit.add('ACCOUNT_UPDATED', 'user_account', wanted.id, diff);
  }

  private planDeactivation(educator: EducatorState, account: AccountState | null, writes: EducatorWrites): void {
    this.counts.educators.deactivate += 1;
    writes.updateEducators.push({ ...educator, active: false });
    this.audit.add('EDUCATOR_DEACTIVATED', 'educator', educator.id, { before: { active: true }, after: { active: false } });
    if (account && !account.disabled) {
      this.counts.accounts.deactivate += 1;
      writes.updateAccounts.push({ ...account, disabled: true });
      this.audit.add('ACCOUNT_UPDATED', 'user_account', account.id, { before: { disabled: false }, after: { disabled: true } });
    } else if (account) {
      this.counts.accounts.unchanged += 1;
    }
  }

  /** People a bulk users file no longer lists: deactivated (never deleted), sign-in blocked. */
  private async deactivateMissingEducators(): Promise<void> {
    const { manager, districtId } = this.context;
    const missing = (
      (await manager.query(
        // An anti-join on the unnested keys (hashed), not NOT (x = ANY(...)), which compares every
        // educator with every key: 10^10 comparisons at 100,000 people.
        `${EDUCATOR_SELECT} WHERE e.district_id = $1 AND e.source_id IS NOT NULL AND e.active
          AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) AS seen(key) WHERE seen.key = e.source_id)`,
        [districtId, [...this.seenEducators]],
      )) as EducatorDbRow[]
    ).map(toEducator);
    const chunk = 1000;
    for (let start = 0; start < missing.length; start += chunk) {
      const slice = missing.slice(start, start + chunk);
      const accounts = (
        (await manager.query(`${ACCOUNT_SELECT} WHERE a.district_id = $1 AND a.educator_id = ANY($2::uuid[])`, [
          districtId,
          slice.map((educator) => educator.id),
        ])) as AccountDbRow[]
      ).map(toAccount);
      const byEducator = new Map(accounts.map((account) => [account.educatorId as string, account]));
      const writes: EducatorWrites = { insertEducators: [], updateEducators: [], insertAccounts: [], updateAccounts: [] };
      for (const educator of slice) this.planDeactivation(educator, byEducator.get(educator.id) ?? null, writes);
      await this.write(writes);
    }
  }

  private async write(writes: EducatorWrites): Promise<void> {
    if (!this.context.write) {
      await this.audit.flush();
      return;
    }
    const { manager, districtId } = this.context;
    // A first import grows the tables from nothing inside one transaction; without fresh
    // statistics the planner keeps scanning whole tables per batch (quadratic). ANALYZE sees the
    // transaction's own rows.
    this.insertedSinceAnalyze += writes.insertEducators.length;
    if (this.insertedSinceAnalyze >= ANALYZE_EVERY_INSERTS) {
      this.insertedSinceAnalyze = 0;
      await manager.query(`SELECT pdledger_analyze(ARRAY['educator', 'educator_school', 'user_account', 'user_account_school'])`);
    }
    // Updates before inserts: an update may free an e-mail a new row takes.
    if (writes.updateEducators.length > 0) {
      const e = writes.updateEducators;
      await manager.query(
        `UPDATE educator e SET first_name = v.first_name, last_name = v.last_name, email = v.email, state_educator_id = v.state_educator_id,
            hire_date = v.hire_date::date, source_id = v.source_id, active = v.active,
            deactivated_at = CASE WHEN v.active THEN NULL ELSE coalesce(e.deactivated_at, now()) END, updated_at = now()
          FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[])
            AS v(id, first_name, last_name, email, state_educator_id, hire_date, source_id, active)
         WHERE e.district_id = $1 AND e.id = v.id`,
        [
          districtId,
          e.map((x) => x.id),
          e.map((x) => x.firstName),
          e.map((x) => x.lastName),
          e.map((x) => x.email),
          e.map((x) => x.stateEducatorId),
          e.map((x) => x.hireDate),
          e.map((x) => x.sourceId),
          e.map((x) => x.active),
        ],
      );
    }
    if (writes.insertEducators.length > 0) {
      await bulkInsert(
        manager,
        'educator',
        ['id', 'district_id', 'first_name', 'last_name', 'email', 'state_educator_id', 'hire_date', 'source_id'],
        writes.insertEducators.map((x) => [
          x.id,
          districtId,
          x.firstName,
          x.lastName,
          x.email,
          x.stateEducatorId,
          x.hireDate,
          x.sourceId,
        ]),
      );
    }
    const relinked = [...writes.updateEducators.filter((x) => x.active), ...writes.insertEducators];
    if (relinked.length > 0) {
      await manager.query(`DELETE FROM educator_school WHERE district_id = $1 AND educator_id = ANY($2::uuid[])`, [
        districtId,
        relinked.map((x) => x.id),
      ]);
      await bulkInsert(
        manager,
        'educator_school',
        ['district_id', 'educator_id', 'school_id'],
        relinked.flatMap((x) => x.schoolIds.map((schoolId) => [districtId, x.id, schoolId])),
      );
    }
    if (writes.updateAccounts.length > 0) {
      const a = writes.updateAccounts;
      await manager.query(
        `UPDATE user_account u SET email = v.email, role = v.role, display_name = v.display_name, educator_id = v.educator_id,
            disabled = v.disabled, source_id = v.source_id, updated_at = now()
          FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::boolean[], $8::text[])
            AS v(id, email, role, display_name, educator_id, disabled, source_id)
         WHERE u.district_id = $1 AND u.id = v.id`,
        [
          districtId,
          a.map((x) => x.id),
          a.map((x) => x.email),
          a.map((x) => x.role),
          a.map((x) => x.displayName),
          a.map((x) => x.educatorId),
          a.map((x) => x.disabled),
          a.map((x) => x.sourceId),
        ],
      );
      const disabled = a.filter((x) => x.disabled).map((x) => x.id);
      // A deactivated person is signed out everywhere at once, not at their next request.
      if (disabled.length > 0)
        await manager.query(`DELETE FROM session WHERE district_id = $1 AND user_account_id = ANY($2::uuid[])`, [
          districtId,
          disabled,
        ]);
    }
    if (writes.insertAccounts.length > 0) {
      await bulkInsert(
        manager,
        'user_account',
        ['id', 'district_id', 'email', 'password_hash', 'role', 'display_name', 'educator_id', 'disabled', 'source_id'],
        writes.insertAccounts.map((x) => [
          x.id,
          districtId,
          x.email,
          null,
          x.role,
          x.displayName,
          x.educatorId,
          x.disabled,
          x.sourceId,
        ]),
      );
    }
    const accountsRelinked = [...writes.updateAccounts, ...writes.insertAccounts];
    if (accountsRelinked.length > 0) {
      await manager.query(`DELETE FROM user_account_school WHERE district_id = $1 AND user_account_id = ANY($2::uuid[])`, [
        districtId,
        accountsRelinked.map((x) => x.id),
      ]);
      await bulkInsert(
        manager,
        'user_account_school',
        ['district_id', 'user_account_id', 'school_id'],
        accountsRelinked.flatMap((x) => x.schoolIds.map((schoolId) => [districtId, x.id, schoolId])),
      );
    }
    await this.audit.flush();
  }
}

function pick<T extends object>(value: T, fields: ReadonlyArray<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const field of fields) out[field] = value[field];
  return out;
}
