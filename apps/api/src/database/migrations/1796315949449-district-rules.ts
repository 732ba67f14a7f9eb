import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * District rule choice and overrides.
 *
 * - district_rule_state: the state rule-set presets a district works with (its home state first,
 *   then states of staff licensed elsewhere). No rows = the district's own state.
 * - district_rule_override: a district policy on top of one state's preset, in force from
 *   `effective_from` (and until the day before `ends_on`). The evaluator turns overrides into
 *   rule-set versions with those effective dates, so a cycle governed by an earlier version is
 *   never rewritten. Kinds: EXTRA_REQUIRED (amount added to every license type's requirement),
 *   CATEGORY_MINIMUM (an extra required category), ACTIVITY_CAP (at most `amount` from one
 *   activity type). Amounts are in the preset's unit.
 */
export class DistrictRules1796315949449 implements MigrationInterface {
  name = 'DistrictRules1796315949449';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE district_rule_state (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        preset_id text NOT NULL CHECK (preset_id ~ '^[a-z]{2}$'),
        position integer NOT NULL CHECK (position >= 0),
        added_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, preset_id)
      )`,
      `CREATE INDEX district_rule_state_district_idx ON district_rule_state (district_id)`,
      `CREATE TABLE district_rule_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        preset_id text NOT NULL CHECK (preset_id ~ '^[a-z]{2}$'),
        kind text NOT NULL CHECK (kind IN ('EXTRA_REQUIRED', 'CATEGORY_MINIMUM', 'ACTIVITY_CAP')),
        amount numeric(10, 4) NOT NULL CHECK (amount >= 0),
        category text CHECK (category ~ '^[a-z0-9][a-z0-9_]*$' AND length(category) <= 100),
        activity_type text CHECK (activity_type IN ('COURSE', 'WORKSHOP', 'CONFERENCE', 'MICRO_CREDENTIAL',
          'INDEPENDENT_STUDY', 'PRESENTING', 'MENTORING', 'ACTION_RESEARCH', 'NATIONAL_BOARD', 'EVALUATION', 'EXAM', 'OTHER')),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        basis text NOT NULL CHECK (length(basis) BETWEEN 1 AND 1000),
        policy_url text CHECK (policy_url ~ '^https?://' AND length(policy_url) <= 2048),
        effective_from date NOT NULL,
        ends_on date,
        created_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ended_at timestamptz,
        UNIQUE (district_id, id),
        CHECK (ends_on IS NULL OR ends_on > effective_from),
        CHECK ((kind = 'CATEGORY_MINIMUM') = (category IS NOT NULL)),
        CHECK ((kind = 'ACTIVITY_CAP') = (activity_type IS NOT NULL)),
        CHECK (kind = 'ACTIVITY_CAP' OR amount > 0)
      )`,
      `CREATE INDEX district_rule_override_district_idx ON district_rule_override (district_id, preset_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS district_rule_override`);
    await queryRunner.query(`DROP TABLE IF EXISTS district_rule_state`);
  }
}
