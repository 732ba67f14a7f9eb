import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR password resets. One-time links are only for accounts without a password; an account that
 * has one is reset explicitly (its password cleared, its sessions ended), and the account records
 * who reset it and when, so its owner is told after signing in again until they dismiss the notice.
 */
export class PasswordReset1797100000000 implements MigrationInterface {
  name = 'PasswordReset1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE user_account
        ADD COLUMN password_reset_at timestamptz,
        ADD COLUMN password_reset_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ADD COLUMN password_reset_notice_pending boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT user_account_password_reset_notice_check
          CHECK (NOT password_reset_notice_pending OR password_reset_at IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE user_account
        DROP COLUMN password_reset_notice_pending,
        DROP COLUMN password_reset_by_account_id,
        DROP COLUMN password_reset_at`,
    );
  }
}
