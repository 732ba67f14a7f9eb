import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * The database enforces tenant isolation and the audit trail, instead of trusting the API.
 *
 * - The API's role (`pdledger_api`): a login role that is not superuser, owns nothing, has
 *   NOBYPASSRLS, no CREATEROLE/CREATEDB/REPLICATION. The role that runs migrations (the owner)
 *   owns every table, function and trigger. The role is cluster-wide, so several PD Ledger
 *   databases in one cluster (CI creates one per run) share it; creation tolerates a concurrent
 *   creator.
 * - Row-level security on every table with a `district_id` column (found in the catalog, so
 *   tables added by earlier migrations are covered) and on `district` itself, keyed by
 *   `pdledger_current_district()`: the session setting `pdledger.district_id`, which the API sets
 *   on every connection it checks out (database-scope.ts). No setting: no rows (fails closed).
 *   Later tables call `pdledger_isolate_district_table(name)` in their migration.
 * - Cross-district look-ups the API needs before it knows the district (a session by token, an
 *   account by sign-in e-mail, a password link by token) and the roster import's "is this e-mail
 *   used in another district" are SECURITY DEFINER functions that return as little as possible.
 * - Audit: the API role may only INSERT and SELECT `audit_event`. Each event is chained: a
 *   trigger owned by the owner numbers it within its district (`chain_seq`) and stores
 *   `hash = sha256(prev_hash || '\n' || audit_event_canonical(...))`, serialising inserts per
 *   district with a transaction-level advisory lock; `audit_chain_head` keeps each chain's last
 *   number and hash. `audit:verify` recomputes the chain.
 */
export class DatabaseEnforcedIsolation1796900000001 implements MigrationInterface {
  name = 'DatabaseEnforcedIsolation1796900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // The role. CREATE ROLE needs CREATEROLE; a DBA who does not grant it creates the role
      // beforehand (DEVELOPMENT.md) and this step only checks it.
      `DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${API_ROLE}') THEN
          BEGIN
            CREATE ROLE ${API_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
          EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL; -- created meanwhile for another database
            WHEN insufficient_privilege THEN
              RAISE EXCEPTION 'The role ${API_ROLE} does not exist and % may not create it: create it first (CREATE ROLE ${API_ROLE} LOGIN PASSWORD ''...'' NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION)', current_user;
          END;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${API_ROLE}' AND (rolsuper OR rolbypassrls OR rolreplication OR rolcreaterole)) THEN
          RAISE EXCEPTION 'The role ${API_ROLE} must be NOSUPERUSER NOBYPASSRLS NOREPLICATION NOCREATEROLE';
        END IF;
      END $$`,
      // Before PostgreSQL 15 every role may create objects in the public schema; the API must not.
      `DO $$
      BEGIN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      EXCEPTION WHEN insufficient_privilege THEN NULL;
      END $$`,
      `GRANT USAGE ON SCHEMA public TO ${API_ROLE}`,
      // Imports stage their audit events in a temporary table (PUBLIC has this by default).
      `DO $$
      BEGIN
        EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO ${API_ROLE}', current_database());
      EXCEPTION WHEN insufficient_privilege THEN NULL;
      END $$`,
      `CREATE FUNCTION pdledger_current_district() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT nullif(current_setting('pdledger.district_id', true), '')::uuid
      $$`,
      // The documented way to put a district-scoped table under the API's rules: ordinary
      // privileges for the API role and one policy keyed by the district setting.
      `CREATE FUNCTION pdledger_isolate_district_table(p_table text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name = p_table AND column_name = 'district_id') THEN
          RAISE EXCEPTION 'Table % has no district_id column', p_table;
        END IF;
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', p_table);
        EXECUTE format('DROP POLICY IF EXISTS district_isolation ON public.%I', p_table);
        -- (SELECT ...) makes the setting an init plan, read once per query instead of once per row.
        EXECUTE format('CREATE POLICY district_isolation ON public.%I USING (district_id = (SELECT pdledger_current_district()))
                          WITH CHECK (district_id = (SELECT pdledger_current_district()))', p_table);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO ${API_ROLE}', p_table);
        -- Identity and serial columns draw from sequences.
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${API_ROLE};
      END $$`,
      `SELECT pdledger_isolate_district_table(c.relname)
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped)
        ORDER BY c.relname`,
      // The district row itself: visible to its own district only; HR changes its settings.
      `ALTER TABLE district ENABLE ROW LEVEL SECURITY`,
      `CREATE POLICY district_isolation ON district USING (id = (SELECT pdledger_current_district()))
         WITH CHECK (id = (SELECT pdledger_current_district()))`,
      `GRANT SELECT, UPDATE ON district TO ${API_ROLE}`,
      // Sign-in attempts precede any district (rate limits by e-mail and address).
      `GRANT SELECT, INSERT, DELETE ON sign_in_attempt TO ${API_ROLE}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${API_ROLE}`,
      // /health compares the applied migrations with the code's.
      `GRANT SELECT ON typeorm_migration TO ${API_ROLE}`,

      // Cross-district look-ups, each returning one district id (or e-mails) and nothing else.
      `CREATE FUNCTION pdledger_session_district(p_token_hash text) RETURNS uuid
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT district_id FROM public.session WHERE token_hash = p_token_hash
      $$`,
      `CREATE FUNCTION pdledger_account_district(p_email text) RETURNS uuid
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT district_id FROM public.user_account WHERE email = lower(p_email)
      $$`,
      `CREATE FUNCTION pdledger_password_token_district(p_token_hash text) RETURNS uuid
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT district_id FROM public.password_set_token WHERE token_hash = p_token_hash
      $$`,
      // Sign-in e-mails are unique across PD Ledger: the roster import must know which of its
      // e-mails another district uses, without seeing that district's accounts.
      `CREATE FUNCTION pdledger_sign_in_emails_elsewhere(p_emails text[]) RETURNS SETOF text
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT email FROM public.user_account
         WHERE email = ANY(p_emails) AND district_id IS DISTINCT FROM pdledger_current_district()
      $$`,
      // Only owners may ANALYZE; bulk imports refresh planner statistics mid-transaction.
      `CREATE FUNCTION pdledger_analyze(p_tables text[]) RETURNS void
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE t text;
      BEGIN
        FOREACH t IN ARRAY p_tables LOOP
          IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                          WHERE table_schema = 'public' AND table_name = t AND column_name = 'district_id') THEN
            RAISE EXCEPTION 'pdledger_analyze: % is not a district-scoped table', t;
          END IF;
          EXECUTE format('ANALYZE public.%I', t);
        END LOOP;
      END $$`,

      // The audit chain.
      `CREATE TABLE audit_chain_head (
        district_id uuid PRIMARY KEY REFERENCES district (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        hash text NOT NULL
      )`,
      `SELECT pdledger_isolate_district_table('audit_chain_head')`,
      `REVOKE ALL ON audit_chain_head FROM ${API_ROLE}`,
      `GRANT SELECT ON audit_chain_head TO ${API_ROLE}`,
      `REVOKE ALL ON audit_event FROM ${API_ROLE}`,
      `GRANT SELECT, INSERT ON audit_event TO ${API_ROLE}`,
      `ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`,
      // The canonical serialisation that is hashed: a JSON array (PostgreSQL's jsonb text form,
      // which is deterministic) of a version tag and every column but the chain's own, with the
      // time in UTC to the microsecond.
      `CREATE FUNCTION audit_event_canonical(
         p_district_id uuid, p_seq bigint, p_id uuid, p_occurred_at timestamptz, p_actor uuid, p_action text,
         p_entity_type text, p_entity_id uuid, p_details jsonb, p_ip text, p_request_id text
       ) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_build_array('pdledger-audit-v1', p_district_id::text, p_seq, p_id::text,
          to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_actor::text, p_action,
          p_entity_type, p_entity_id::text, p_details, p_ip, p_request_id)::text
      $$`,
      `CREATE FUNCTION audit_event_hash(p_prev_hash text, p_canonical text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(p_prev_hash || E'\\n' || p_canonical, 'UTF8')), 'hex')
      $$`,
      `CREATE FUNCTION audit_event_chain() RETURNS trigger
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        last_seq bigint;
        last_hash text;
      BEGIN
        -- One writer per district until commit, so each event chains to the one committed (or
        -- inserted earlier in this transaction) before it. A transaction-level advisory lock, not
        -- a row update: a bulk import chains 100,000 events without piling up row versions.
        PERFORM pg_advisory_xact_lock(hashtextextended('pdledger.audit_chain:' || NEW.district_id::text, 0));
        SELECT chain_seq, hash INTO last_seq, last_hash FROM public.audit_event
         WHERE district_id = NEW.district_id ORDER BY chain_seq DESC LIMIT 1;
        NEW.occurred_at := coalesce(NEW.occurred_at, now());
        NEW.chain_seq := coalesce(last_seq, 0) + 1;
        NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
        NEW.hash := public.audit_event_hash(NEW.prev_hash, public.audit_event_canonical(NEW.district_id, NEW.chain_seq, NEW.id,
          NEW.occurred_at, NEW.actor_account_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.details, NEW.ip, NEW.request_id));
        RETURN NEW;
      END $$`,
      // The head records how far each chain reached (so deleting the last events shows), once per
      // statement rather than once per event.
      `CREATE FUNCTION audit_event_chain_head() RETURNS trigger
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        INSERT INTO public.audit_chain_head AS h (district_id, seq, hash)
          SELECT DISTINCT ON (district_id) district_id, chain_seq, hash FROM new_events ORDER BY district_id, chain_seq DESC
          ON CONFLICT (district_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash WHERE h.seq < EXCLUDED.seq;
        RETURN NULL;
      END $$`,
      // Chain the events already recorded, district by district in the order they happened.
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
      `DO $$
      DECLARE
        d uuid;
        e record;
        prev text;
        n bigint;
      BEGIN
        FOR d IN SELECT DISTINCT district_id FROM public.audit_event LOOP
          prev := repeat('0', 64);
          n := 0;
          FOR e IN SELECT * FROM public.audit_event WHERE district_id = d ORDER BY occurred_at, id LOOP
            n := n + 1;
            UPDATE public.audit_event SET chain_seq = n, prev_hash = prev,
              hash = public.audit_event_hash(prev, public.audit_event_canonical(e.district_id, n, e.id, e.occurred_at,
                e.actor_account_id, e.action, e.entity_type, e.entity_id, e.details, e.ip, e.request_id))
             WHERE id = e.id
            RETURNING hash INTO prev;
          END LOOP;
          INSERT INTO public.audit_chain_head (district_id, seq, hash) VALUES (d, n, prev);
        END LOOP;
      END $$`,
      `ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`,
      `ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`,
      `CREATE UNIQUE INDEX audit_event_chain_key ON audit_event (district_id, chain_seq)`,
      `CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
      `CREATE TRIGGER audit_event_chain_head AFTER INSERT ON audit_event REFERENCING NEW TABLE AS new_events
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_chain_head()`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
    // Only the API role may call the cross-district look-ups (PUBLIC may execute new functions).
    for (const fn of [
      'pdledger_session_district(text)',
      'pdledger_account_district(text)',
      'pdledger_password_token_district(text)',
      'pdledger_sign_in_emails_elsewhere(text[])',
      'pdledger_analyze(text[])',
      'pdledger_isolate_district_table(text)',
      'audit_event_chain()',
      'audit_event_chain_head()',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    for (const fn of [
      'pdledger_session_district(text)',
      'pdledger_account_district(text)',
      'pdledger_password_token_district(text)',
      'pdledger_sign_in_emails_elsewhere(text[])',
      'pdledger_analyze(text[])',
    ]) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${API_ROLE}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER IF EXISTS audit_event_chain_head ON audit_event`,
      `DROP TRIGGER IF EXISTS audit_event_chain ON audit_event`,
      `DROP FUNCTION IF EXISTS audit_event_chain_head()`,
      `DROP INDEX IF EXISTS audit_event_chain_key`,
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
      `ALTER TABLE audit_event DROP COLUMN IF EXISTS chain_seq, DROP COLUMN IF EXISTS prev_hash, DROP COLUMN IF EXISTS hash`,
      `ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`,
      `DROP FUNCTION IF EXISTS audit_event_chain()`,
      `DROP FUNCTION IF EXISTS audit_event_hash(text, text)`,
      `DROP FUNCTION IF EXISTS audit_event_canonical(uuid, bigint, uuid, timestamptz, uuid, text, text, uuid, jsonb, text, text)`,
      `DROP TABLE IF EXISTS audit_chain_head`,
      `DROP FUNCTION IF EXISTS pdledger_analyze(text[])`,
      `DROP FUNCTION IF EXISTS pdledger_sign_in_emails_elsewhere(text[])`,
      `DROP FUNCTION IF EXISTS pdledger_password_token_district(text)`,
      `DROP FUNCTION IF EXISTS pdledger_account_district(text)`,
      `DROP FUNCTION IF EXISTS pdledger_session_district(text)`,
      `DO $$
      DECLARE t record;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP
          EXECUTE format('DROP POLICY IF EXISTS district_isolation ON public.%I', t.relname);
          EXECUTE format('ALTER TABLE public.%I DISABLE ROW LEVEL SECURITY', t.relname);
          EXECUTE format('REVOKE ALL ON public.%I FROM ${API_ROLE}', t.relname);
        END LOOP;
      END $$`,
      `DROP FUNCTION IF EXISTS pdledger_isolate_district_table(text)`,
      `DROP FUNCTION IF EXISTS pdledger_current_district()`,
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${API_ROLE}`,
      `REVOKE USAGE ON SCHEMA public FROM ${API_ROLE}`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }
}
