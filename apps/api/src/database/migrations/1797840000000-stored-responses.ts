import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';
import { SessionViewerLookup1797830000000 } from './1797830000000-session-viewer-lookup';

/**
 * Whole home answers kept in the API process (`StoredResponses`), trusted while the district's
 * figures counter (`district_figures_version`, migration 1797820000000) has not moved.
 *
 * - The counter now moves with a committed write to any district table, not only the ones the
 *   principal's and HR's figures read: the stored responses include the teacher's own records,
 *   drafts, licences and renewals, the goals and the session answer. The exceptions, in
 *   `UNCOUNTED_TABLES`, are tables the stored responses never read, and the answer stores that
 *   reads themselves write (counting those would make every stored answer invalidate itself).
 * - The district row itself (its name, state, settings) counts for its own id.
 * - TRUNCATE (no transition table, so no district) moves every district's counter, since answers
 *   kept in memory cannot be deleted from here as `figures_snapshot` rows are.
 * - `pdledger_session_viewer` also returns the counter, read in the same statement as the session,
 *   so checking a stored response costs the request nothing beyond the session look-up it makes
 *   anyway; the counter is read before anything the answer is computed from.
 */
export class StoredResponses1797840000000 implements MigrationInterface {
  name = 'StoredResponses1797840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION figures_changed_district() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO figures_change_pending (district_id, txid)
            SELECT id, pg_current_xact_id() FROM old_rows UNION SELECT id, pg_current_xact_id() FROM changed_rows
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO figures_change_pending (district_id, txid)
            SELECT DISTINCT id, pg_current_xact_id() FROM changed_rows
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        UPDATE district_figures_version SET version = version + 1;
        RETURN NULL;
      END $$`,
    );
    for (const statement of figureTriggerStatements('district', 'figures_changed_district')) await queryRunner.query(statement);
    for (const table of NEWLY_COUNTED_TABLES) {
      for (const statement of figureTriggerStatements(table)) await queryRunner.query(statement);
    }

    await queryRunner.query(`DROP FUNCTION pdledger_session_viewer(text, integer, integer)`);
    await queryRunner.query(
      `CREATE FUNCTION pdledger_session_viewer(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
         RETURNS TABLE (
           session_id uuid, account_id uuid, email text, role text, display_name text, district_id uuid,
           educator_id uuid, disabled boolean, school_ids text[], live boolean, needs_touch boolean,
           district_name text, district_state_code text, schools json, figures_version text
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
                          WHERE uas.user_account_id = a.id AND uas.district_id = a.district_id), '[]'::json),
               COALESCE((SELECT v.version FROM public.district_figures_version v WHERE v.district_id = s.district_id), 0)::text
          FROM public.session s
          JOIN public.user_account a ON a.id = s.user_account_id AND a.district_id = s.district_id
          JOIN public.district d ON d.id = s.district_id
         WHERE s.token_hash = p_token_hash;
      END $$`,
    );
    await queryRunner.query(`REVOKE ALL ON FUNCTION pdledger_session_viewer(text, integer, integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION pdledger_session_viewer(text, integer, integer) TO ${API_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['district', ...NEWLY_COUNTED_TABLES]) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_figures_${event} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS figures_changed_district()`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        RETURN NULL;
      END $$`,
    );
    // The session look-up as migration 1797830000000 left it.
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_session_viewer(text, integer, integer)`);
    await new SessionViewerLookup1797830000000().up(queryRunner);
  }
}

/**
 * The four triggers that make a committed write to `table` move its district's figures counter
 * (the functions are migration 1797820000000's). A new district table takes these in its own
 * migration, or a place in `UNCOUNTED_TABLES` with its reason; a test holds every table to one
 * or the other.
 */
export function figureTriggerStatements(table: string, changed = 'figures_changed'): string[] {
  return [
    `CREATE TRIGGER ${table}_figures_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${changed}()`,
    `CREATE TRIGGER ${table}_figures_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${changed}()`,
    `CREATE TRIGGER ${table}_figures_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${changed}()`,
    `CREATE TRIGGER ${table}_figures_truncate AFTER TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION figures_forget_all()`,
  ];
}

/** District tables that migration 1797820000000 left uncounted and that stored responses may read. */
const NEWLY_COUNTED_TABLES = [
  'badge_verification',
  'district_badge_origin',
  'district_identity_provider',
  'district_identity_provider_domain',
  'district_rule_override',
  'district_rule_state',
  'district_signing_key',
  'evidence_file',
  'goal',
  'import_file',
  'issued_credential',
  'issuer',
  'license',
  'mc_assessment',
  'mc_portfolio_entry',
  'mc_submission',
  'micro_credential',
  'notification',
  'notification_preference',
  'password_set_token',
  'pd_draft',
  'pd_record_distinct',
  'pd_record_evidence',
  'salary_schedule',
  'staff_scope_version',
  'transcript_record',
  'trusted_issuer',
  'user_account',
  'user_account_school',
];
