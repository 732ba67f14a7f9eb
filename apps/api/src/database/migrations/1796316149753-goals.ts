import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School and district goals: a measure, an exact target, a start and a deadline,
 * for one school (school_id) or the whole district (school_id NULL). Progress is never stored: it
 * is computed from the PD records and licenses whenever a goal is read. Archiving keeps the row
 * (and its audit trail) and hides it from the default lists.
 */
export class Goals1796316149753 implements MigrationInterface {
  name = 'Goals1796316149753';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        school_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        measure text NOT NULL CHECK (measure IN ('MICRO_CREDENTIALS', 'AVERAGE_PD_HOURS', 'RENEWAL_ON_TRACK', 'ANY_PD_THIS_YEAR')),
        target numeric(10, 2) NOT NULL CHECK (target > 0 AND (measure = 'AVERAGE_PD_HOURS' OR target <= 100)),
        minimum_count integer CHECK (minimum_count BETWEEN 1 AND 100),
        competency_area text CHECK (length(competency_area) BETWEEN 1 AND 200),
        starts_on date NOT NULL,
        deadline date NOT NULL,
        created_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, school_id) REFERENCES school (district_id, id) ON DELETE CASCADE,
        CHECK (deadline > starts_on),
        CHECK ((measure = 'MICRO_CREDENTIALS') = (minimum_count IS NOT NULL)),
        CHECK (competency_area IS NULL OR measure = 'MICRO_CREDENTIALS')
      )`,
      `CREATE INDEX goal_district_idx ON goal (district_id, school_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS goal`);
  }
}
