import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each educator's current renewal standing, kept so district-wide counts (HR's overview, the
 * staff list's status filter) are SQL aggregates instead of a converter run per educator.
 *
 * - renewal_standing: what the converter said about one educator's current license cycle on
 *   `as_of` (its decimal strings kept as text, exactly as the converter wrote them), with the
 *   input versions it was computed from. A row is used only while all of them
 *   still hold: the same day, the same rule data (`engine`), the educator's inputs at
 *   `inputs_version` and the district's rules at `rules_version`. Anything else is recomputed.
 * - renewal_input_version: bumped, in the writing transaction, by triggers on every change to an
 *   educator's PD records and licenses. renewal_rules_version: bumped by changes to the district's
 *   rule states, overrides and catalog (a catalog item's stated hours feed the converter).
 *
 * Because the versions are bumped by triggers, no code path that writes PD, licenses or rules can
 * forget to invalidate; and because the versions are read before the data a standing is computed
 * from, a change committed during the computation leaves the row labelled with the older version,
 * so it is recomputed on the next read rather than trusted. The version tables have no foreign
 * keys: their rows are written by triggers during cascaded deletes too, and a row left behind by a
 * deleted educator is harmless.
 */
export class RenewalStanding1796400000000 implements MigrationInterface {
  name = 'RenewalStanding1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE renewal_input_version (
        district_id uuid NOT NULL,
        educator_id uuid NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (district_id, educator_id)
      )`,
      `CREATE TABLE renewal_rules_version (
        district_id uuid PRIMARY KEY,
        version bigint NOT NULL
      )`,
      `CREATE TABLE renewal_standing (
        district_id uuid NOT NULL,
        educator_id uuid NOT NULL,
        as_of date NOT NULL,
        engine text NOT NULL,
        inputs_version bigint NOT NULL,
        rules_version bigint NOT NULL,
        status text CHECK (status IN ('COMPLETE', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'LAPSED')),
        license_id uuid,
        license_type_name text,
        unit_name text,
        deadline date,
        required text,
        earned text,
        remaining text,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, educator_id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        CHECK ((status IS NULL) = (license_id IS NULL))
      )`,
      `CREATE INDEX renewal_standing_status_idx ON renewal_standing (district_id, status, deadline)`,
      // Statement-level triggers with transition tables: an import of 10,000 records bumps each
      // educator once, not once per record.
      `CREATE FUNCTION renewal_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO renewal_input_version AS v (district_id, educator_id, version)
            SELECT district_id, educator_id, 1 FROM old_rows UNION SELECT district_id, educator_id, 1 FROM changed_rows
            ON CONFLICT (district_id, educator_id) DO UPDATE SET version = v.version + 1;
        ELSE
          INSERT INTO renewal_input_version AS v (district_id, educator_id, version)
            SELECT DISTINCT district_id, educator_id, 1 FROM changed_rows
            ON CONFLICT (district_id, educator_id) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`,
      `CREATE FUNCTION renewal_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO renewal_rules_version AS v (district_id, version)
            SELECT district_id, 1 FROM old_rows UNION SELECT district_id, 1 FROM changed_rows
            ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        ELSE
          INSERT INTO renewal_rules_version AS v (district_id, version)
            SELECT DISTINCT district_id, 1 FROM changed_rows
            ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`,
      // TRUNCATE has no transition table: forget every stored standing.
      `CREATE FUNCTION renewal_standing_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM renewal_standing;
        RETURN NULL;
      END $$`,
    ];
    const triggers: Array<[table: string, fn: string]> = [
      ['pd_record', 'renewal_inputs_changed'],
      ['license', 'renewal_inputs_changed'],
      ['district_rule_state', 'renewal_rules_changed'],
      ['district_rule_override', 'renewal_rules_changed'],
      ['catalog_item', 'renewal_rules_changed'],
    ];
    for (const [table, fn] of triggers) {
      statements.push(
        `CREATE TRIGGER ${table}_renewal_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        `CREATE TRIGGER ${table}_renewal_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        `CREATE TRIGGER ${table}_renewal_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        `CREATE TRIGGER ${table}_renewal_truncate AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION renewal_standing_forget_all()`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['pd_record', 'license', 'district_rule_state', 'district_rule_override', 'catalog_item']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_renewal_${event} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS renewal_inputs_changed()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS renewal_rules_changed()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS renewal_standing_forget_all()`);
    await queryRunner.query(`DROP TABLE IF EXISTS renewal_standing`);
    await queryRunner.query(`DROP TABLE IF EXISTS renewal_rules_version`);
    await queryRunner.query(`DROP TABLE IF EXISTS renewal_input_version`);
  }
}
