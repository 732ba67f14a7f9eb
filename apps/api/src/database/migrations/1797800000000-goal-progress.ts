import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each goal's computed progress, kept so that the goals list does not re-evaluate every staff
 * member at every trend date on every request.
 *
 * - goal_progress: one row per goal and scope (`scope_key`: 'district', or the sorted ids of the
 *   schools whose staff it covers: a school goal's school, or a principal's schools for a
 *   district-wide goal), holding the figures (`progress`: current, counted, total, met, the trend;
 *   `not_counted`: the people not counted, as educator ids with their own figure, read only when a
 *   request asks for them) and the `fingerprint` of
 *   everything they were computed from (GoalsService.progress). A row is served only while its
 *   fingerprint equals the one computed now; otherwise it is recomputed and replaced.
 * - staff_scope_version: bumped, in the writing transaction, by triggers on any change to which
 *   educators are a school's or the district's current staff: educator_school rows, educators
 *   added or removed, and `educator.active` or `educator.district_id` changed. It only ever grows,
 *   so a staff list that changes and changes back (someone moved out and in again) still differs
 *   from the one a stored progress was computed from.
 *
 * The fingerprint also holds renewal_input_version of every staff member (PD records, licenses)
 * and renewal_rules_version (rule states, overrides, catalog), kept by the triggers of
 * 1796400000000-renewal-standing.ts. TRUNCATE has no transition table and bumps nothing: on any of
 * those tables, and on the version tables themselves, it forgets every stored progress.
 */
export class GoalProgress1797800000000 implements MigrationInterface {
  name = 'GoalProgress1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE goal_progress (
        district_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        scope_key text NOT NULL CHECK (length(scope_key) <= 40000),
        as_of date NOT NULL,
        fingerprint text NOT NULL,
        progress jsonb NOT NULL,
        not_counted jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, goal_id, scope_key),
        FOREIGN KEY (district_id, goal_id) REFERENCES goal (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE TABLE staff_scope_version (
        district_id uuid PRIMARY KEY,
        version bigint NOT NULL
      )`,
      `SELECT pdledger_isolate_district_table('goal_progress')`,
      `SELECT pdledger_isolate_district_table('staff_scope_version')`,
      `CREATE FUNCTION staff_scope_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO staff_scope_version AS v (district_id, version)
            SELECT district_id, 1 FROM old_rows UNION SELECT district_id, 1 FROM changed_rows
            ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        ELSE
          INSERT INTO staff_scope_version AS v (district_id, version)
            SELECT DISTINCT district_id, 1 FROM changed_rows
            ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`,
      // An educator's name or e-mail does not change who is staff: only active and district do.
      `CREATE FUNCTION staff_scope_educator_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO staff_scope_version AS v (district_id, version)
          SELECT o.district_id, 1 FROM old_rows o JOIN changed_rows n ON n.id = o.id
           WHERE o.active IS DISTINCT FROM n.active OR o.district_id IS DISTINCT FROM n.district_id
          UNION
          SELECT n.district_id, 1 FROM old_rows o JOIN changed_rows n ON n.id = o.id
           WHERE o.active IS DISTINCT FROM n.active OR o.district_id IS DISTINCT FROM n.district_id
          ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`,
      `CREATE FUNCTION goal_progress_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM goal_progress;
        RETURN NULL;
      END $$`,
      `CREATE TRIGGER educator_school_staff_insert AFTER INSERT ON educator_school REFERENCING NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_changed()`,
      `CREATE TRIGGER educator_school_staff_update AFTER UPDATE ON educator_school REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_changed()`,
      `CREATE TRIGGER educator_school_staff_delete AFTER DELETE ON educator_school REFERENCING OLD TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_changed()`,
      `CREATE TRIGGER educator_staff_insert AFTER INSERT ON educator REFERENCING NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_changed()`,
      `CREATE TRIGGER educator_staff_update AFTER UPDATE ON educator REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_educator_updated()`,
      `CREATE TRIGGER educator_staff_delete AFTER DELETE ON educator REFERENCING OLD TABLE AS changed_rows
         FOR EACH STATEMENT EXECUTE FUNCTION staff_scope_changed()`,
    ];
    for (const table of TRUNCATE_FORGETS) {
      statements.push(
        `CREATE TRIGGER ${table}_goal_progress_truncate AFTER TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION goal_progress_forget_all()`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TRUNCATE_FORGETS) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_goal_progress_truncate ON ${table}`);
    }
    for (const [table, name] of [
      ['educator_school', 'educator_school_staff_insert'],
      ['educator_school', 'educator_school_staff_update'],
      ['educator_school', 'educator_school_staff_delete'],
      ['educator', 'educator_staff_insert'],
      ['educator', 'educator_staff_update'],
      ['educator', 'educator_staff_delete'],
    ]) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS goal_progress_forget_all()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS staff_scope_educator_updated()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS staff_scope_changed()`);
    await queryRunner.query(`DROP TABLE IF EXISTS staff_scope_version`);
    await queryRunner.query(`DROP TABLE IF EXISTS goal_progress`);
  }
}

/** Tables whose TRUNCATE changes what a stored progress was computed from without bumping a version. */
const TRUNCATE_FORGETS = [
  'pd_record',
  'license',
  'district_rule_state',
  'district_rule_override',
  'catalog_item',
  'educator',
  'educator_school',
  'renewal_input_version',
  'renewal_rules_version',
  'staff_scope_version',
];
