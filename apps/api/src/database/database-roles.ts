/**
 * The database role the API runs as: not superuser, owns nothing, NOBYPASSRLS, so row-level
 * security and the audit trail's privileges apply to it. The role that runs migrations (the user in
 * DATABASE_URL, or `postgres` on the embedded database) owns the schema. Roles are cluster-wide;
 * the migration creates this one when it is missing.
 */
export const API_ROLE = 'pdledger_api';

/** The session setting row-level security reads (`pdledger_current_district()`). */
export const DISTRICT_SETTING = 'pdledger.district_id';

/** The URL the API role connects with: the owner's server and database, the API role's name. */
export function apiRoleUrl(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl);
  url.username = API_ROLE;
  url.password = password ? encodeURIComponent(password) : '';
  return url.toString();
}
