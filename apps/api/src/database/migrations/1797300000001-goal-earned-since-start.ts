import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A micro-credential goal may count only credentials earned since the goal's start (so a new goal
 * starts from zero), or every credential held (the default, as before).
 */
export class GoalEarnedSinceStart1797300000001 implements MigrationInterface {
  name = 'GoalEarnedSinceStart1797300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE goal
      ADD COLUMN earned_since_start boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT goal_earned_since_start_measure CHECK (NOT earned_since_start OR measure = 'MICRO_CREDENTIALS')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE goal DROP CONSTRAINT goal_earned_since_start_measure, DROP COLUMN earned_since_start`);
  }
}
