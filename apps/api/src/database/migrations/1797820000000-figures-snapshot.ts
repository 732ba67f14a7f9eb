import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The principal's and HR's home figures, stored per question and trusted only while nothing they
 * are computed from has changed (`FiguresSnapshotStore`).
 *
 * - district_figures_version: one counter per district, bumped once by every committed transaction
 *   that wrote any table the homes read: PD records, educators and their schools, schools, the
 *   catalog, pre-approval requests, import runs, and the stored renewal standings with their input
 *   and rule versions (so every change that makes a standing stale, see 1796400000000, counts).
 * - figures_snapshot: one stored answer per district and question (`key`: what was asked, by
 *   whom, in which build), labelled with the counter read before it was computed, the day it is
 *   for, and optionally the moment it stops holding (a figure that counts "the last 30 days").
 *
 * The bump happens at commit, not at the write: statement-level triggers record "this transaction
 * changed district D" in figures_change_pending (one row per transaction and district, so
 * concurrent writers never wait on each other there), and a deferred constraint trigger on that
 * table bumps the counter as the transaction commits. The counter row is therefore locked only
 * for the instant between that trigger and the commit, not for the rest of a long import; and
 * the bump becomes visible together with the data it stands for.
 */
export class FiguresSnapshot1797820000000 implements MigrationInterface {
  name = 'FiguresSnapshot1797820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE district_figures_version (
        district_id uuid PRIMARY KEY,
        version bigint NOT NULL
      )`,
      `SELECT pdledger_isolate_district_table('district_figures_version')`,
      `CREATE TABLE figures_change_pending (
        district_id uuid NOT NULL,
        txid xid8 NOT NULL,
        PRIMARY KEY (district_id, txid)
      )`,
      `SELECT pdledger_isolate_district_table('figures_change_pending')`,
      `CREATE TABLE figures_snapshot (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        key text NOT NULL,
        as_of date NOT NULL,
        version bigint NOT NULL,
        valid_until timestamptz,
        payload jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, key)
      )`,
      `SELECT pdledger_isolate_district_table('figures_snapshot')`,
      // Statement level: an import of 10,000 rows records its district once per statement; the
      // primary key keeps one row per transaction and district.
      `CREATE FUNCTION figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
      // At commit (deferred): the counter moves once per transaction and district.
      // SECURITY DEFINER: a deferred trigger runs at commit as the role that commits, outside any
      // SECURITY DEFINER function that made the write. The API role commits the writes of
      // pdledger_fail_interrupted_imports (every district at once, no district setting), whose
      // bump the district policies would refuse, failing the whole commit. It touches nothing but
      // the counter and the pending row of the district that was written.
      `CREATE FUNCTION figures_commit_bump() RETURNS trigger LANGUAGE plpgsql
         SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        INSERT INTO public.district_figures_version AS v (district_id, version) VALUES (NEW.district_id, 1)
          ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        DELETE FROM public.figures_change_pending WHERE district_id = NEW.district_id AND txid = NEW.txid;
        RETURN NULL;
      END $$`,
      `CREATE CONSTRAINT TRIGGER figures_change_pending_bump AFTER INSERT ON figures_change_pending
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_commit_bump()`,
      // TRUNCATE has no transition table: forget every stored answer.
      `CREATE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        RETURN NULL;
      END $$`,
    ];
    for (const table of FIGURE_TABLES) {
      statements.push(
        `CREATE TRIGGER ${table}_figures_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION figures_changed()`,
        `CREATE TRIGGER ${table}_figures_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION figures_changed()`,
        `CREATE TRIGGER ${table}_figures_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION figures_changed()`,
        `CREATE TRIGGER ${table}_figures_truncate AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION figures_forget_all()`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of FIGURE_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_figures_${event} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP TABLE IF EXISTS figures_snapshot`);
    await queryRunner.query(`DROP TABLE IF EXISTS figures_change_pending`);
    await queryRunner.query(`DROP TABLE IF EXISTS district_figures_version`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS figures_changed()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS figures_commit_bump()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS figures_forget_all()`);
  }
}

/** Every table a stored home answer is computed from. */
const FIGURE_TABLES = [
  'pd_record',
  'educator',
  'educator_school',
  'school',
  'catalog_item',
  'pre_approval_request',
  'import_run',
  'renewal_standing',
  'renewal_input_version',
  'renewal_rules_version',
];
