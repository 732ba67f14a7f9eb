import type { ProblemTally } from './import-problem';

export type RosterFormat = 'oneroster-1.1' | 'oneroster-1.2' | 'plain-csv';
/** Bulk files are snapshots (people missing are deactivated); delta files carry a status per row. */
export type FileMode = 'bulk' | 'delta';
export type RecordStatus = 'active' | 'tobedeleted';

/**
 * OneRoster roles PD Ledger imports as educators. Teachers, aides (paraprofessionals have PD
 * requirements too), counselors and school or district administrators all log PD.
 */
export const STAFF_ROLES = [
  'teacher',
  'aide',
  'counselor',
  'administrator',
  'principal',
  'siteAdministrator',
  'districtAdministrator',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Roles that are recognised but skipped (and counted): learners and their families, test
 * proctors (often volunteers), and IT system administrators, who are not educators.
 */
export const SKIPPED_ROLES = ['student', 'guardian', 'parent', 'relative', 'proctor', 'systemAdministrator'] as const;
export type SkippedRole = (typeof SKIPPED_ROLES)[number];

/** A school, from an org of type `school` (or a plain-CSV school code). */
export interface SchoolRow {
  sourcedId: string;
  status: RecordStatus;
  dateLastModified: string | null;
  name: string;
  /** Usually the NCES school id. */
  identifier: string | null;
  parentSourcedId: string | null;
  line: number;
}

export interface StaffRoleAssignment {
  role: StaffRole;
  roleType: 'primary' | 'secondary';
  orgSourcedId: string;
  beginDate: string | null;
  endDate: string | null;
}

export interface UserId {
  type: string;
  identifier: string;
}

/** A staff member who becomes (or updates, or deactivates) an educator and their account. */
export interface EducatorRow {
  sourcedId: string;
  status: RecordStatus;
  dateLastModified: string | null;
  /** OneRoster enabledUser; false means keep the person but block sign-in. */
  enabled: boolean;
  givenName: string;
  familyName: string;
  middleName: string | null;
  preferredGivenName: string | null;
  /** Lower-cased. Null only on `tobedeleted` delta rows, which need nothing but the key. */
  email: string | null;
  username: string | null;
  /** OneRoster identifier (human-readable, often the district employee number). */
  identifier: string | null;
  userIds: UserId[];
  /** Only the plain CSV has a column for it; OneRoster puts it in userIds or identifier. */
  stateEducatorId: string | null;
  hireDate: string | null;
  /**
   * Staff roles. Empty on a delta row whose roles were not part of this delta: the API should
   * then update an existing educator and ignore an unknown one.
   */
  roles: StaffRoleAssignment[];
  /** Orgs of type school this person works at (never the district itself). */
  schoolSourcedIds: string[];
  /**
   * The app role for a new account. Principals and site administrators of a school become
   * PRINCIPAL; everyone else TEACHER. HR_ADMIN is never granted from a roster file.
   */
  accountRole: 'TEACHER' | 'PRINCIPAL';
  line: number;
}

export type RosterBatch =
  | { entity: 'school'; file: string; mode: FileMode; rows: SchoolRow[] }
  | { entity: 'educator'; file: string; mode: FileMode; rows: EducatorRow[] };

export interface ImportFileSummary {
  file: string;
  mode: FileMode | 'absent';
  /** Non-blank data rows read (header excluded). */
  dataRows: number;
  /** Rows handed out in batches. */
  accepted: number;
  /** Rows with an error, not handed out. */
  rejected: number;
  /** Valid rows deliberately left out (students, districts, ...). */
  skipped: number;
}

export interface RosterSummary extends ProblemTally {
  /** Null when not even the version could be told. */
  format: RosterFormat | null;
  files: ImportFileSummary[];
  schools: number;
  educators: number;
  /** Orgs that are not schools, by type (district, department, ...). */
  skippedOrgs: Record<string, number>;
  /** People who are not staff, by role (student, guardian, ...). */
  skippedUsers: Record<string, number>;
}

/**
 * A streamed roster read. Iterate `batches()` once (schools first, then educators); `summary()`
 * gives counts and problems so far and is complete when the iteration ends. The API must not
 * apply an import whose summary has errors: rows with errors are left out, and a bulk snapshot
 * with rows left out would deactivate those people.
 */
export interface RosterImport {
  batches(): AsyncGenerator<RosterBatch>;
  summary(): RosterSummary;
}
