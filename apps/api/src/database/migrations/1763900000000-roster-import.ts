import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster and transcript imports.
 *
 * - `source_id` on school, educator and user_account: the OneRoster sourcedId (or plain-CSV
 *   employee id / school code) that re-imports are keyed on, unique per district. Rows created in
 *   the app keep it null and are never touched by bulk deactivation.
 * - `active` on school and educator: people missing from a bulk roster are deactivated, never
 *   deleted, so their PD history stays.
 * - user_account.password_hash becomes nullable: imported accounts have no password until the
 *   person sets one through a one-time link (password_set_token, stored hashed).
 * - import_run records every preview and apply (who, when, counts, capped problems); import_file
 *   keeps the uploaded bytes in PostgreSQL between preview and apply, so any replica can apply.
 * - transcript_record maps a vendor's external id to the PD record it created, the key that
 *   makes a re-import change nothing. A side table (not a pd_record column) keeps transcript
 *   bookkeeping out of the record itself.
 */
export class RosterImport1763900000000 implements MigrationInterface {
  name = 'RosterImport1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE school ADD COLUMN source_id text CHECK (length(source_id) BETWEEN 1 AND 255),
        ADD COLUMN active boolean NOT NULL DEFAULT true`,
      `CREATE UNIQUE INDEX school_district_source_key ON school (district_id, source_id) WHERE source_id IS NOT NULL`,
      `ALTER TABLE educator ADD COLUMN source_id text CHECK (length(source_id) BETWEEN 1 AND 255),
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN deactivated_at timestamptz`,
      `CREATE UNIQUE INDEX educator_district_source_key ON educator (district_id, source_id) WHERE source_id IS NOT NULL`,
      `CREATE INDEX educator_district_state_id_idx ON educator (district_id, state_educator_id) WHERE state_educator_id IS NOT NULL`,
      `ALTER TABLE user_account ADD COLUMN source_id text CHECK (length(source_id) BETWEEN 1 AND 255),
        ALTER COLUMN password_hash DROP NOT NULL`,
      `CREATE UNIQUE INDEX user_account_district_source_key ON user_account (district_id, source_id) WHERE source_id IS NOT NULL`,
      `CREATE INDEX user_account_educator_idx ON user_account (district_id, educator_id) WHERE educator_id IS NOT NULL`,
      `CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ROSTER', 'TRANSCRIPT')),
        format text,
        mode text CHECK (mode IN ('bulk', 'delta', 'mixed')),
        file_names text[] NOT NULL DEFAULT '{}',
        total_bytes bigint NOT NULL DEFAULT 0,
        status text NOT NULL CHECK (status IN ('PREVIEW', 'APPLIED', 'FAILED')),
        created_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        applied_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        counts jsonb NOT NULL DEFAULT '{}',
        problems jsonb NOT NULL DEFAULT '[]',
        problem_count integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        warning_count integer NOT NULL DEFAULT 0,
        problems_truncated boolean NOT NULL DEFAULT false,
        failure_message text CHECK (length(failure_message) <= 2000),
        UNIQUE (district_id, id)
      )`,
      `CREATE INDEX import_run_district_idx ON import_run (district_id, created_at DESC)`,
      `CREATE TABLE import_file (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        import_run_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        byte_size integer NOT NULL CHECK (byte_size >= 0),
        content bytea NOT NULL,
        PRIMARY KEY (import_run_id, position),
        FOREIGN KEY (district_id, import_run_id) REFERENCES import_run (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE TABLE transcript_record (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 255),
        pd_record_id uuid NOT NULL REFERENCES pd_record (id) ON DELETE CASCADE,
        import_run_id uuid,
        provider text CHECK (length(provider) <= 200),
        PRIMARY KEY (district_id, external_id),
        FOREIGN KEY (district_id, import_run_id) REFERENCES import_run (district_id, id) ON DELETE SET NULL (import_run_id)
      )`,
      `CREATE INDEX transcript_record_pd_record_idx ON transcript_record (pd_record_id)`,
      `CREATE TABLE password_set_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        user_account_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        FOREIGN KEY (district_id, user_account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX password_set_token_account_idx ON password_set_token (user_account_id)`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['password_set_token', 'transcript_record', 'import_file', 'import_run']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    // Accounts that never set a password cannot keep a NULL hash; they get one nobody can match.
    await queryRunner.query(`UPDATE user_account SET password_hash = '!' WHERE password_hash IS NULL`);
    await queryRunner.query(`ALTER TABLE user_account DROP COLUMN source_id, ALTER COLUMN password_hash SET NOT NULL`);
    await queryRunner.query(`DROP INDEX IF EXISTS educator_district_state_id_idx`);
    await queryRunner.query(`ALTER TABLE educator DROP COLUMN source_id, DROP COLUMN active, DROP COLUMN deactivated_at`);
    await queryRunner.query(`ALTER TABLE school DROP COLUMN source_id, DROP COLUMN active`);
  }
}
