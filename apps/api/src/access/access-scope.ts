import { SqlParams } from '../common/sql-params';
import { Role } from './role';
import type { Viewer } from './viewer';

/**
 * SQL predicate limiting an educator id column to the educators the viewer may see:
 * HR admins see their district, principals their schools' staff (and themselves), teachers only
 * themselves. Always combined with a district_id condition by the caller; kept in one place so
 * every query applies the same rule.
 */
export function educatorAccessSql(viewer: Viewer, educatorIdColumn: string, params: SqlParams): string {
  switch (viewer.role) {
    case Role.HR_ADMIN:
      return 'TRUE';
    case Role.PRINCIPAL: {
      const self = viewer.educatorId ? `${educatorIdColumn} = ${params.add(viewer.educatorId)} OR ` : '';
      return `(${self}EXISTS (SELECT 1 FROM educator_school acl
        WHERE acl.district_id = ${params.add(viewer.districtId)} AND acl.educator_id = ${educatorIdColumn}
          AND acl.school_id = ANY(${params.add(viewer.schoolIds)}::uuid[])))`;
    }
    case Role.TEACHER:
      return viewer.educatorId ? `${educatorIdColumn} = ${params.add(viewer.educatorId)}` : 'FALSE';
    default:
      return 'FALSE';
  }
}

/** Whether the viewer may see school-wide figures (staff counts, PD summaries) of a school. */
export function canSeeSchoolFigures(viewer: Viewer, schoolId: string): boolean {
  if (viewer.role === Role.HR_ADMIN) return true;
  if (viewer.role === Role.PRINCIPAL) return viewer.schoolIds.includes(schoolId);
  return false;
}
