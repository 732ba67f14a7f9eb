import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the rules need beyond the amount: the provider (the state hour upload's provider column),
 * the course level (salary schedules and several states' rules count graduate and undergraduate
 * credit differently; no level means unknown, never graduate) and the start date (the state hour
 * upload's start date column). The renewal-standing triggers on pd_record already cover them.
 */
export class PdRecordCourseDetails1797300000000 implements MigrationInterface {
  name = 'PdRecordCourseDetails1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE pd_record
      ADD COLUMN provider text CHECK (length(provider) BETWEEN 1 AND 200),
      ADD COLUMN level text CHECK (level IN ('GRADUATE', 'UNDERGRADUATE')),
      ADD COLUMN started_on date,
      ADD CONSTRAINT pd_record_started_before_completed CHECK (started_on IS NULL OR started_on <= completed_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE pd_record
      DROP CONSTRAINT pd_record_started_before_completed,
      DROP COLUMN started_on, DROP COLUMN level, DROP COLUMN provider`);
  }
}
