import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';
import { SessionViewerLookup1797830000000 } from './1797830000000-session-viewer-lookup';

/**
 * Whole home answers kept in the API process (`StoredResponses`), trusted while the district's
 * responses counter (`district_figures_version.responses_version`) has not moved.
 *
 * - Two counters per district. `version` moves, as before, with a committed write to a table the
 *   principal's and HR's figures read (migration 1797820000000's tables; `FiguresSnapshotStore`).
 *   `responses_version` moves with a committed write to any district table: the stored responses
 *   include the teacher's own records, drafts, licences and renewals, the goals and the session
 *   answer. A teacher's draft autosave therefore moves only `responses_version`, and the stored
 *   figures keep holding. The exceptions, in `UNCOUNTED_TABLES` (stored-responses.ts), are the
 *   session, the counter itself, the answer stores that reads write (counting those would make
 *   every stored answer invalidate itself), and tables no stored answer reads.
 * - `figures_change_pending` notes per transaction and district whether a figures table was
 *   written (`figures`); the commit-time bump moves `responses_version` always and `version` only
 *   then.
 * - The district row itself (its name, state, settings) counts for its own id.
 * - TRUNCATE (no transition table, so no district) moves both counters of every district, also of
 *   a district with no counter row yet (which reads as 0): answers kept in memory cannot be deleted
 *   from here as `figures_snapshot` rows are.
 * - `pdledger_session_viewer` also returns `responses_version`, read in the same statement as the
 *   session, so checking a stored response costs the request nothing beyond the session look-up
 *   it makes anyway; the counter is read before anything the answer is computed from.
 */
export class StoredResponses1797840000000 implements MigrationInterface {
  name = 'StoredResponses1797840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE district_figures_version ADD COLUMN responses_version bigint NOT NULL DEFAULT 0`,
      `ALTER TABLE figures_change_pending ADD COLUMN figures boolean NOT NULL DEFAULT true`,
      // The figures tables' function: the transaction wrote figures (also when an earlier
      // statement of it noted only a response change).
      `CREATE OR REPLACE FUNCTION figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO figures_change_pending AS p (district_id, txid, figures)
            SELECT district_id, pg_current_xact_id(), true FROM old_rows UNION SELECT district_id, pg_current_xact_id(), true FROM changed_rows
            ON CONFLICT (district_id, txid) DO UPDATE SET figures = true WHERE NOT p.figures;
        ELSE
          INSERT INTO figures_change_pending AS p (district_id, txid, figures)
            SELECT DISTINCT district_id, pg_current_xact_id(), true FROM changed_rows
            ON CONFLICT (district_id, txid) DO UPDATE SET figures = true WHERE NOT p.figures;
        END IF;
        RETURN NULL;
      END $$`,
      // Every other counted table: a response change only.
      `CREATE FUNCTION responses_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO figures_change_pending (district_id, txid, figures)
            SELECT district_id, pg_current_xact_id(), false FROM old_rows UNION SELECT district_id, pg_current_xact_id(), false FROM changed_rows
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO figures_change_pending (district_id, txid, figures)
            SELECT DISTINCT district_id, pg_current_xact_id(), false FROM changed_rows
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`,
      // The district row names its own district.
      `CREATE FUNCTION responses_changed_district() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO figures_change_pending (district_id, txid, figures)
            SELECT id, pg_current_xact_id(), false FROM old_rows UNION SELECT id, pg_current_xact_id(), false FROM changed_rows
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO figures_change_pending (district_id, txid, figures)
            SELECT DISTINCT id, pg_current_xact_id(), false FROM changed_rows
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`,
      // At commit: the pending row as the transaction left it (the trigger's NEW is the row as first
      // inserted, before a later figures write set `figures`). SECURITY DEFINER as before (see
      // migration 1797820000000).
      `CREATE OR REPLACE FUNCTION figures_commit_bump() RETURNS trigger LANGUAGE plpgsql
         SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        wrote_figures boolean;
      BEGIN
        DELETE FROM public.figures_change_pending WHERE district_id = NEW.district_id AND txid = NEW.txid
          RETURNING figures INTO wrote_figures;
        wrote_figures := COALESCE(wrote_figures, true);
        INSERT INTO public.district_figures_version AS v (district_id, version, responses_version)
          VALUES (NEW.district_id, CASE WHEN wrote_figures THEN 1 ELSE 0 END, 1)
          ON CONFLICT (district_id) DO UPDATE
            SET version = v.version + CASE WHEN wrote_figures THEN 1 ELSE 0 END, responses_version = v.responses_version + 1;
        RETURN NULL;
      END $$`,
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        INSERT INTO district_figures_version AS v (district_id, version, responses_version) SELECT id, 1, 1 FROM district
          ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1, responses_version = v.responses_version + 1;
        RETURN NULL;
      END $$`,
      ...figureTriggerStatements('district', 'responses_changed_district'),
      ...RESPONSE_TABLES.flatMap((table) => figureTriggerStatements(table, 'responses_changed')),
      `DROP FUNCTION pdledger_session_viewer(text, integer, integer)`,
      `CREATE FUNCTION pdledger_session_viewer(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
         RETURNS TABLE (
           session_id uuid, account_id uuid, email text, role text, display_name text, district_id uuid,
           educator_id uuid, disabled boolean, school_ids text[], live boolean, needs_touch boolean,
           district_name text, district_state_code text, schools json, responses_version text
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
               COALESCE((SELECT v.responses_version FROM public.district_figures_version v WHERE v.district_id = s.district_id), 0)::text
          FROM public.session s
          JOIN public.user_account a ON a.id = s.user_account_id AND a.district_id = s.district_id
          JOIN public.district d ON d.id = s.district_id
         WHERE s.token_hash = p_token_hash;
      END $$`,
      `REVOKE ALL ON FUNCTION pdledger_session_viewer(text, integer, integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION pdledger_session_viewer(text, integer, integer) TO ${API_ROLE}`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['district', ...RESPONSE_TABLES]) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_figures_${event} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS responses_changed()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS responses_changed_district()`);
    // The session look-up and the counter's functions as migrations 1797830000000 and 1797820000000 left them.
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_session_viewer(text, integer, integer)`);
    await new SessionViewerLookup1797830000000().up(queryRunner);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO figures_change_pending (district_id, txid)
            SELECT district_id, pg_current_xact_id() FROM old_rows UNION SELECT district_id, pg_current_xact_id() FROM changed_rows
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO figures_change_pending (district_id, txid)
            SELECT DISTINCT district_id, pg_current_xact_id() FROM changed_rows
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_commit_bump() RETURNS trigger LANGUAGE plpgsql
         SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        INSERT INTO public.district_figures_version AS v (district_id, version) VALUES (NEW.district_id, 1)
          ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        DELETE FROM public.figures_change_pending WHERE district_id = NEW.district_id AND txid = NEW.txid;
        RETURN NULL;
      END $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        RETURN NULL;
      END $$`,
    );
    await queryRunner.query(`ALTER TABLE figures_change_pending DROP COLUMN figures`);
    await queryRunner.query(`ALTER TABLE district_figures_version DROP COLUMN responses_version`);
  }
}

/**
 * The four triggers that make a committed write to `table` move its district's counters: `changed`
 * is `figures_changed` for a table the stored figures read (both counters), `responses_changed`
 * for any other (the responses counter). A new district table takes these in its own migration,
 * or a place in `UNCOUNTED_TABLES` (stored-responses.ts) with its reason; a test holds every table
 * to one or the other.
 */
export function figureTriggerStatements(table: string, changed: string): string[] {
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

/** District tables that move only the responses counter (migration 1797820000000's move both). */
const RESPONSE_TABLES = [
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
