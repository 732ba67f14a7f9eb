import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A district's salary schedule: lanes, steps, salaries and lane-credit rules as a
 * JSON definition validated by `parseSalarySchedule` before it is stored. Versioned by
 * `effective_from`: an evaluation on a date uses the latest version in force then, so a new
 * contract never rewrites what an older evaluation said.
 */
export class SalarySchedule1764000000000 implements MigrationInterface {
  name = 'SalarySchedule1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE salary_schedule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        preset_id text CHECK (preset_id IS NULL OR length(preset_id) BETWEEN 1 AND 100),
        definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
        effective_from date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        UNIQUE (district_id, effective_from)
      )`,
      `CREATE INDEX salary_schedule_district_idx ON salary_schedule (district_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS salary_schedule`);
  }
}
