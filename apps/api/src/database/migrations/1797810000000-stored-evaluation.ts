import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The teacher's own evaluation (`Educator.renewals` and `Educator.lane` of her own educator),
 * stored so that her home does not run the converter on every request when nothing changed.
 *
 * - educator_evaluation: one row per educator and kind (RENEWALS, LANE) holding the GraphQL
 *   payload the API answered (jsonb: the converter's decimals are strings, kept exactly), with
 *   everything it was computed from: `as_of`, the day it was computed (`computed_on`), the rule
 *   data (`engine`), the educator's inputs at `inputs_version` and the district's at
 *   `rules_version` (the versions of migration 1796400000000, bumped by triggers), and
 *   `input_key`, the educator's own fields the kind reads (lane, step, hire date, degree for
 *   LANE). A row is used only while all of them still hold; anything else is recomputed.
 * - salary_schedule now bumps renewal_rules_version like the district's rule overrides and
 *   catalog do: the lane is evaluated under the schedule in force, so a new schedule version
 *   must make stored lanes stale in the writing transaction.
 * - renewal_standing_forget_all() (TRUNCATE of an input table) forgets stored evaluations too.
 */
export class StoredEvaluation1797810000000 implements MigrationInterface {
  name = 'StoredEvaluation1797810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE educator_evaluation (
        district_id uuid NOT NULL,
        educator_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RENEWALS', 'LANE')),
        as_of date NOT NULL,
        computed_on date NOT NULL,
        engine text NOT NULL,
        inputs_version bigint NOT NULL,
        rules_version bigint NOT NULL,
        input_key text NOT NULL,
        payload jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, educator_id, kind),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE
      )`,
      `SELECT pdledger_isolate_district_table('educator_evaluation')`,
      `CREATE OR REPLACE FUNCTION renewal_standing_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM renewal_standing;
        DELETE FROM educator_evaluation;
        RETURN NULL;
      END $$`,
      `CREATE TRIGGER salary_schedule_renewal_insert AFTER INSERT ON salary_schedule REFERENCING NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION renewal_rules_changed()`,
      `CREATE TRIGGER salary_schedule_renewal_update AFTER UPDATE ON salary_schedule
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION renewal_rules_changed()`,
      `CREATE TRIGGER salary_schedule_renewal_delete AFTER DELETE ON salary_schedule REFERENCING OLD TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION renewal_rules_changed()`,
      `CREATE TRIGGER salary_schedule_renewal_truncate AFTER TRUNCATE ON salary_schedule
         FOR EACH STATEMENT EXECUTE FUNCTION renewal_standing_forget_all()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS salary_schedule_renewal_${event} ON salary_schedule`);
    }
    await queryRunner.query(`CREATE OR REPLACE FUNCTION renewal_standing_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM renewal_standing;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TABLE IF EXISTS educator_evaluation`);
  }
}
