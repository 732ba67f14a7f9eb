import { EXPORT_TOKEN_PARAMETER } from './export-intent.guard';
import type { RenewalStatus as ConverterStatus } from '@pd-ledger/credit-rules';
import { addDays } from '../domain/dates';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { checkIntRange, parseUuid } from '../common/validation';
import { RenewalStatus } from '../domain/evaluation.models';
import { resolveAsOf } from '../renewals/renewals.service';
import type { SchoolsService } from '../schools/schools.service';
import { RENEWAL_STATUS_LABELS, type AppliedFilter } from './writers';
import { toConverterRenewalStatus } from '../domain/renewal-status';
import { normaliseLicenseType } from '../domain/license-type';

/** The filters as a caller gives them (GraphQL input or HTTP query parameters, already parsed). */
export interface RelicensureFilterValues {
  schoolId?: string | null;
  statuses?: readonly RenewalStatus[] | null;
  deadlineWithinDays?: number | null;
  licenseType?: string | null;
  asOf?: string | null;
}

/** Filters checked and resolved against the viewer: what a scan and its row filter need. */
export interface RelicensureCriteria {
  asOf: string;
  /** Schools to scan (authorized); null: the whole district (HR without a school filter). */
  schoolIds: string[] | null;
  /** The one school asked for, with its name, when there is one. */
  school: { id: string; name: string } | null;
  statuses: ReadonlySet<ConverterStatus> | null;
  /** Latest deadline included (asOf + N days), or null. */
  deadlineBy: string | null;
  /** Normalised license type, or null. */
  licenseType: string | null;
  /** What was applied, in words, for the PDF cover line, the XLSX About sheet and the audit event. */
  applied: AppliedFilter[];
  /** The filters as given (for the audit event). */
  values: Record<string, unknown>;
}

export interface LaneChangeCriteria {
  asOf: string;
  schoolIds: string[] | null;
  school: { id: string; name: string } | null;
  applied: AppliedFilter[];
  values: Record<string, unknown>;
}

const MAX_LICENSE_TYPE_LENGTH = 100;
const MAX_DEADLINE_DAYS = 3650;

/** The schools a report covers: one authorized school, a principal's schools, or the district (null). */
async function schoolScope(
  viewer: Viewer,
  schools: SchoolsService,
  schoolId: string | null | undefined,
): Promise<{ schoolIds: string[] | null; school: { id: string; name: string } | null }> {
  if (viewer.role !== Role.HR_ADMIN && viewer.role !== Role.PRINCIPAL) throw forbidden();
  if (schoolId !== null && schoolId !== undefined) {
    const id = parseUuid('schoolId', schoolId);
    const school = await schools.findReportable(viewer, id);
    if (!school) throw notFound('School');
    return { schoolIds: [id], school: { id, name: school.name } };
  }
  // A principal's report is their schools' staff only — not themselves through another school.
  return { schoolIds: viewer.role === Role.PRINCIPAL ? [...viewer.schoolIds] : null, school: null };
}

/** Checks every filter (bad values name the field and the value) and scopes it to the viewer. */
export async function resolveRelicensureCriteria(
  viewer: Viewer,
  schools: SchoolsService,
  values: RelicensureFilterValues,
): Promise<RelicensureCriteria> {
  const asOf = resolveAsOf(values.asOf);
  checkIntRange('deadlineWithinDays', values.deadlineWithinDays, 0, MAX_DEADLINE_DAYS);
  let licenseType: string | null = null;
  if (values.licenseType !== null && values.licenseType !== undefined) {
    if (values.licenseType.length > MAX_LICENSE_TYPE_LENGTH) {
      throw badUserInput('licenseType', values.licenseType, `must be at most ${MAX_LICENSE_TYPE_LENGTH} characters`);
    }
    licenseType = normaliseLicenseType(values.licenseType);
    if (licenseType === '') throw badUserInput('licenseType', values.licenseType, 'must name a license type');
  }
  const scope = await schoolScope(viewer, schools, values.schoolId);
  const statuses = values.statuses && values.statuses.length > 0 ? new Set(values.statuses.map(toConverterRenewalStatus)) : null;
  const deadlineBy = values.deadlineWithinDays == null ? null : addDays(asOf, values.deadlineWithinDays);

  const applied: AppliedFilter[] = [{ label: 'As of', value: asOf }];
  if (scope.school) applied.push({ label: 'School', value: scope.school.name });
  else if (viewer.role === Role.PRINCIPAL) applied.push({ label: 'Schools', value: 'Your schools' });
  if (statuses) applied.push({ label: 'Status', value: [...statuses].map((s) => RENEWAL_STATUS_LABELS[s]).join(', ') });
  if (values.deadlineWithinDays != null)
    applied.push({ label: 'Deadline', value: `within ${values.deadlineWithinDays} days (by ${deadlineBy})` });
  if (values.licenseType != null) applied.push({ label: 'License type', value: values.licenseType.trim() });

  return {
    asOf,
    ...scope,
    statuses,
    deadlineBy,
    licenseType,
    applied,
    values: {
      asOf,
      schoolId: scope.school?.id ?? null,
      statuses: statuses ? [...statuses] : null,
      deadlineWithinDays: values.deadlineWithinDays ?? null,
      licenseType: values.licenseType ?? null,
    },
  };
}

export async function resolveLaneChangeCriteria(
  viewer: Viewer,
  schools: SchoolsService,
  values: { schoolId?: string | null; asOf?: string | null },
): Promise<LaneChangeCriteria> {
  const asOf = resolveAsOf(values.asOf);
  const scope = await schoolScope(viewer, schools, values.schoolId);
  const applied: AppliedFilter[] = [{ label: 'As of', value: asOf }];
  if (scope.school) applied.push({ label: 'School', value: scope.school.name });
  return { asOf, ...scope, applied, values: { asOf, schoolId: scope.school?.id ?? null } };
}

// ---- HTTP query parameters -------------------------------------------------------------------

type Query = Record<string, unknown>;

function single(query: Query, name: string): string | null {
  const value = query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw badUserInput(name, value, 'must be given once, as text');
  return value;
}

function rejectUnknown(query: Query, known: readonly string[]): void {
  // The export token proves intent (ExportIntentGuard); it is not a filter.
  const unknown = Object.keys(query).find((key) => !known.includes(key) && key !== EXPORT_TOKEN_PARAMETER);
  if (unknown !== undefined)
    throw badUserInput(unknown, query[unknown], `is not a filter of this report; use ${known.join(', ')}`);
}

function parseWholeNumber(name: string, raw: string | null): number | null {
  if (raw === null || raw === '') return null;
  if (!/^\d{1,6}$/.test(raw)) throw badUserInput(name, raw, 'must be a whole number');
  return Number(raw);
}

const STATUS_BY_TEXT: Readonly<Record<string, RenewalStatus>> = Object.fromEntries(
  Object.values(RenewalStatus).map((status) => [status.toLowerCase(), status]),
);

export const RELICENSURE_QUERY_PARAMS = ['school', 'status', 'deadlineWithinDays', 'licenseType', 'asOf'] as const;
export const LANE_CHANGE_QUERY_PARAMS = ['school', 'asOf'] as const;
export const TRANSCRIPT_QUERY_PARAMS = ['licenseId', 'asOf'] as const;

/**
 * The relicensure filters from a URL, as the dashboard writes them:
 * `?school=<id>&status=at_risk,behind&deadlineWithinDays=90&licenseType=Instructional%20II&asOf=2026-06-30`.
 * Unknown parameters and repeated ones are refused, so a typo never silently widens an export.
 */
export function parseRelicensureQuery(query: Query): RelicensureFilterValues {
  rejectUnknown(query, RELICENSURE_QUERY_PARAMS);
  const status = single(query, 'status');
  const statuses =
    status === null || status === ''
      ? null
      : status.split(',').map((part) => {
          const found = STATUS_BY_TEXT[part.trim().toLowerCase()];
          if (!found)
            throw badUserInput('status', part, `is not a renewal status; use ${Object.keys(STATUS_BY_TEXT).join(', ')}`);
          return found;
        });
  const licenseType = single(query, 'licenseType');
  return {
    schoolId: single(query, 'school') || null,
    statuses,
    deadlineWithinDays: parseWholeNumber('deadlineWithinDays', single(query, 'deadlineWithinDays')),
    licenseType: licenseType === null || licenseType === '' ? null : licenseType,
    asOf: single(query, 'asOf') || null,
  };
}

export function parseLaneChangeQuery(query: Query): { schoolId: string | null; asOf: string | null } {
  rejectUnknown(query, LANE_CHANGE_QUERY_PARAMS);
  return { schoolId: single(query, 'school') || null, asOf: single(query, 'asOf') || null };
}

export function parseTranscriptQuery(query: Query): { licenseId: string | null; asOf: string | null } {
  rejectUnknown(query, TRANSCRIPT_QUERY_PARAMS);
  return { licenseId: single(query, 'licenseId') || null, asOf: single(query, 'asOf') || null };
}
