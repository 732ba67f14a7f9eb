import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * The session look-up every signed-in request makes, in one statement instead of two
 * (`SessionService.lookUpViewer`). Before, `pdledger_session_district` named the session's
 * district and a second query read the session and its account under that district's row-level
 * security. `pdledger_session_viewer` answers both at once, as its owner, for the one session whose
 * token hash it is given (which only the holder of the session cookie knows): the same boundary as
 * `pdledger_session_district`, which stays for any other caller. It also returns the district's
 * name and the account's schools (a principal's), read with the session, so `me { district }`,
 * `me { schools }` and a principal's `schools` need no statement of their own.
 *
 * PL/pgSQL, not SQL: PostgreSQL plans a non-inlined SQL function's body again on every call (about
 * 0.4 ms here), while PL/pgSQL keeps the plan for the pooled connection's life.
 *
 * The function decides nothing: it reports whether the session is live (absolute and idle expiry,
 * against `now()` of this statement) and whether the account is disabled, and the API deletes and
 * refuses exactly as before, under the session's district scope.
 */
export class SessionViewerLookup1797830000000 implements MigrationInterface {
  name = 'SessionViewerLookup1797830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION pdledger_session_viewer(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
         RETURNS TABLE (
           session_id uuid, account_id uuid, email text, role text, display_name text, district_id uuid,
           educator_id uuid, disabled boolean, school_ids text[], live boolean, needs_touch boolean,
           district_name text, district_state_code text, schools json
         )
         LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        RETURN QUERY
        SELECT s.id, a.id, a.email, a.role, a.display_name, a.district_id, a.educator_id, a.disabled,
               ARRAY(SELECT uas.school_id::text FROM public.user_account_school uas
                      WHERE uas.user_account_id = a.id AND uas.district_id = a.district_id ORDER BY uas.school_id),
               s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => p_idle_minutes),
               s.last_seen_at < now() - make_interval(secs => p_touch_seconds),
               d.name, d.state_code::text,
               COALESCE((SELECT json_agg(json_build_object('id', sc.id, 'name', sc.name) ORDER BY sc.name, sc.id)
                           FROM public.user_account_school uas
                           JOIN public.school sc ON sc.district_id = uas.district_id AND sc.id = uas.school_id
                          WHERE uas.user_account_id = a.id AND uas.district_id = a.district_id), '[]'::json)
          FROM public.session s
          JOIN public.user_account a ON a.id = s.user_account_id AND a.district_id = s.district_id
          JOIN public.district d ON d.id = s.district_id
         WHERE s.token_hash = p_token_hash;
      END $$`,
    );
    // PUBLIC may execute new functions; only the API role may call this one.
    await queryRunner.query(`REVOKE ALL ON FUNCTION pdledger_session_viewer(text, integer, integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION pdledger_session_viewer(text, integer, integer) TO ${API_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_session_viewer(text, integer, integer)`);
  }
}
