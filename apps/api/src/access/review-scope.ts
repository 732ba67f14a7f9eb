import { EntityManager } from 'typeorm';
import { Role } from './role';
import type { Viewer } from './viewer';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { SqlParams } from '../common/sql-params';
import { parseUuid } from '../common/validation';

/** Whether the district lets principals review; read through the caller's manager (or data source). */
export async function principalsCanReview(db: Pick<EntityManager, 'query'>, districtId: string): Promise<boolean> {
  const rows: Array<{ principals_can_review: boolean }> = await db.query(
    `SELECT principals_can_review FROM district WHERE id = $1`,
    [districtId],
  );
  return rows[0]?.principals_can_review === true;
}

/**
 * Reviewers: HR admins for the district; principals for their schools' staff, only when the
 * district allows it. Anyone else is refused before any data is read.
 */
export async function assertReviewer(db: Pick<EntityManager, 'query'>, viewer: Viewer): Promise<void> {
  if (viewer.role === Role.HR_ADMIN) return;
  if (viewer.role === Role.PRINCIPAL) {
    if (await principalsCanReview(db, viewer.districtId)) return;
    throw forbidden('Your district has not enabled review by principals; HR reviews PD');
  }
  throw forbidden();
}

/**
 * SQL predicate: the educator is one the (already asserted) reviewer reviews. HR: the district;
 * principals: staff of their schools. Combined with a district_id condition by the caller.
 */
export function reviewScopeSql(viewer: Viewer, educatorIdColumn: string, params: SqlParams): string {
  if (viewer.role === Role.HR_ADMIN) return 'TRUE';
  if (viewer.role === Role.PRINCIPAL) {
    return `EXISTS (SELECT 1 FROM educator_school rs WHERE rs.district_id = ${params.add(viewer.districtId)}
      AND rs.educator_id = ${educatorIdColumn} AND rs.school_id = ANY(${params.add(viewer.schoolIds)}::uuid[]))`;
  }
  return 'FALSE';
}

/** The optional school filter of a queue: the school must be one the reviewer covers. */
export async function schoolFilterSql(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer,
  schoolIdValue: string | null | undefined,
  educatorIdColumn: string,
  params: SqlParams,
): Promise<string> {
  if (schoolIdValue === null || schoolIdValue === undefined) return 'TRUE';
  const schoolId = parseUuid('schoolId', schoolIdValue);
  const visible =
    viewer.role === Role.HR_ADMIN
      ? ((await db.query(`SELECT 1 FROM school WHERE district_id = $1 AND id = $2`, [viewer.districtId, schoolId])) as unknown[])
          .length > 0
      : viewer.schoolIds.includes(schoolId);
  if (!visible) throw notFound('School');
  return `EXISTS (SELECT 1 FROM educator_school fs WHERE fs.district_id = ${params.add(viewer.districtId)}
    AND fs.educator_id = ${educatorIdColumn} AND fs.school_id = ${params.add(schoolId)})`;
}

/** Feedback shown to the teacher: required for rejections, denials and change requests. */
export function checkFeedback(value: string | null | undefined, required: boolean): string | null {
  const text = (value ?? '').trim();
  if (text === '') {
    if (required) throw badFeedback(value, 'is required: tell the teacher why');
    return null;
  }
  if (text.length > 4000) throw badFeedback(value, 'must be at most 4000 characters');
  return text;
}

function badFeedback(value: unknown, reason: string): Error {
  return badUserInput('feedback', value ?? '', reason);
}
