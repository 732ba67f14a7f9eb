import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * The micro-credential cycle and the credentials a district signs.
 *
 * - user_account.role: ASSESSOR (internal coaches or external evaluators who score portfolios
 *   assigned to them and see nothing else).
 * - district.mc_blind_review / mc_resubmission_limit: HR's settings for the cycle.
 * - micro_credential: a catalog item's competency, what to submit, research basis, scoring rubric
 *   (criteria, levels, passing rule) and the credit it carries.
 * - mc_submission: one educator's pursuit of one micro-credential (growth goal, status, attempt);
 *   mc_portfolio_entry: her evidence per rubric criterion; mc_assessment: an assessor assigned to
 *   one attempt, and their scores per criterion.
 * - district_signing_key: the district's Ed25519 keys (secret sealed by the SecretKeyring); a
 *   rotated key stays, retired, so older credentials keep verifying.
 * - issued_credential: each signed Open Badges 3.0 credential, its index in the district's
 *   Bitstring Status List, and its revocation.
 */
export class MicroCredentialCycle1797600000000 implements MigrationInterface {
  name = 'MicroCredentialCycle1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`,
      `ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
         CHECK (role IN ('HR_ADMIN', 'PRINCIPAL', 'TEACHER', 'ASSESSOR'))`,
      `ALTER TABLE district ADD COLUMN mc_blind_review boolean NOT NULL DEFAULT true`,
      `ALTER TABLE district ADD COLUMN mc_resubmission_limit integer NOT NULL DEFAULT 2
         CHECK (mc_resubmission_limit BETWEEN 0 AND 10)`,
      `CREATE TABLE micro_credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        catalog_item_id uuid NOT NULL,
        competency text NOT NULL CHECK (length(competency) BETWEEN 1 AND 200),
        submission_guidance text NOT NULL CHECK (length(submission_guidance) BETWEEN 1 AND 4000),
        research_basis text NOT NULL CHECK (length(research_basis) BETWEEN 1 AND 4000),
        rubric jsonb NOT NULL CHECK (jsonb_typeof(rubric) = 'object' AND octet_length(rubric::text) <= 65536),
        credit_amount numeric(10, 2) NOT NULL CHECK (credit_amount > 0),
        credit_unit text NOT NULL CHECK (credit_unit IN ('CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL')),
        achievement_id text CHECK (length(achievement_id) <= 2048),
        alignments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(alignments) = 'array' AND octet_length(alignments::text) <= 16384),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        UNIQUE (district_id, catalog_item_id),
        FOREIGN KEY (district_id, catalog_item_id) REFERENCES catalog_item (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX micro_credential_district_idx ON micro_credential (district_id)`,
      `CREATE TABLE mc_submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        micro_credential_id uuid NOT NULL,
        growth_goal text CHECK (length(growth_goal) <= 2000),
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'PASSED', 'RETURNED', 'NOT_PASSED')),
        attempt integer NOT NULL DEFAULT 1 CHECK (attempt BETWEEN 1 AND 11),
        pd_record_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        decided_at timestamptz,
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, micro_credential_id) REFERENCES micro_credential (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, pd_record_id) REFERENCES pd_record (district_id, id) ON DELETE SET NULL (pd_record_id)
      )`,
      `CREATE INDEX mc_submission_district_idx ON mc_submission (district_id, educator_id)`,
      `CREATE UNIQUE INDEX mc_submission_open_key ON mc_submission (district_id, educator_id, micro_credential_id)
         WHERE status IN ('IN_PROGRESS', 'SUBMITTED', 'RETURNED')`,
      `CREATE TABLE mc_portfolio_entry (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        submission_id uuid NOT NULL,
        criterion_id text NOT NULL CHECK (length(criterion_id) BETWEEN 1 AND 100),
        reflection text NOT NULL DEFAULT '' CHECK (length(reflection) <= 8000),
        links text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 10),
        evidence_file_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence_file_ids) <= 10),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (submission_id, criterion_id),
        FOREIGN KEY (district_id, submission_id) REFERENCES mc_submission (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX mc_portfolio_entry_district_idx ON mc_portfolio_entry (district_id)`,
      `CREATE TABLE mc_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        submission_id uuid NOT NULL,
        attempt integer NOT NULL,
        assessor_account_id uuid NOT NULL,
        assigned_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        scored_at timestamptz,
        scores jsonb CHECK (scores IS NULL OR (jsonb_typeof(scores) = 'array' AND octet_length(scores::text) <= 65536)),
        passed boolean,
        CHECK ((scored_at IS NULL) = (scores IS NULL) AND (scores IS NULL) = (passed IS NULL)),
        UNIQUE (district_id, id),
        UNIQUE (submission_id, attempt, assessor_account_id),
        FOREIGN KEY (district_id, submission_id) REFERENCES mc_submission (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, assessor_account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX mc_assessment_district_idx ON mc_assessment (district_id, assessor_account_id)`,
      `CREATE TABLE district_signing_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        key_id text NOT NULL CHECK (key_id ~ '^key-[0-9]+$'),
        public_key_multibase text NOT NULL CHECK (length(public_key_multibase) BETWEEN 10 AND 200),
        sealed_secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        UNIQUE (district_id, key_id)
      )`,
      `CREATE UNIQUE INDEX district_signing_key_active ON district_signing_key (district_id) WHERE retired_at IS NULL`,
      `CREATE TABLE issued_credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        submission_id uuid NOT NULL,
        educator_id uuid NOT NULL,
        pd_record_id uuid,
        credential jsonb NOT NULL,
        status_index integer NOT NULL CHECK (status_index BETWEEN 0 AND 131071),
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text CHECK (length(revoked_reason) <= 1000),
        revoked_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        UNIQUE (district_id, id),
        UNIQUE (district_id, status_index),
        UNIQUE (district_id, submission_id),
        FOREIGN KEY (district_id, submission_id) REFERENCES mc_submission (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, pd_record_id) REFERENCES pd_record (district_id, id) ON DELETE SET NULL (pd_record_id)
      )`,
      `CREATE INDEX issued_credential_district_idx ON issued_credential (district_id, educator_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
    for (const table of [
      'micro_credential',
      'mc_submission',
      'mc_portfolio_entry',
      'mc_assessment',
      'district_signing_key',
      'issued_credential',
    ]) {
      await queryRunner.query(`SELECT pdledger_isolate_district_table('${table}')`);
    }
    // Keys are never deleted (older credentials name them), and issued credentials stay on record.
    await queryRunner.query(`REVOKE DELETE ON district_signing_key, issued_credential FROM ${API_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE IF EXISTS issued_credential`,
      `DROP TABLE IF EXISTS district_signing_key`,
      `DROP TABLE IF EXISTS mc_assessment`,
      `DROP TABLE IF EXISTS mc_portfolio_entry`,
      `DROP TABLE IF EXISTS mc_submission`,
      `DROP TABLE IF EXISTS micro_credential`,
      `ALTER TABLE district DROP COLUMN IF EXISTS mc_resubmission_limit`,
      `ALTER TABLE district DROP COLUMN IF EXISTS mc_blind_review`,
      `DELETE FROM user_account WHERE role = 'ASSESSOR'`,
      `ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`,
      `ALTER TABLE user_account ADD CONSTRAINT user_account_role_check CHECK (role IN ('HR_ADMIN', 'PRINCIPAL', 'TEACHER'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
