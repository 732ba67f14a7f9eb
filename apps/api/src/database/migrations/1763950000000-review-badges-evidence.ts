import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Getting PD in (review side): badge imports, evidence files, drafts, the review queue,
 * pre-approval requests, and an append-only audit trail.
 *
 * - district.principals_can_review: HR decides whether principals may review their schools' PD.
 * - district_badge_origin: the issuer origins PD Ledger may contact when verifying badges.
 * - pd_record gains CHANGES_REQUESTED, the badge credential id (unique per district: the same
 *   badge can never be counted twice), the pre-approval it was planned under and who decided it.
 * - evidence_file keeps uploaded evidence and original badge files in PostgreSQL (bytea), so API
 *   replicas stay stateless; pd_record_evidence links files to records (a CLR file backs several).
 * - pd_draft holds a teacher's half-typed submission server-side (autosave).
 * - pre_approval_request: lane-credit requests made before the activity.
 * - audit_event becomes append-only through a trigger (which also works on the embedded
 *   database, where roles are not available). The only changes it lets through are the ones
 *   the database itself makes when a whole district is removed (cascade) or an account row is
 *   deleted (actor set to null), so offboarding a tenant and the demo re-seed still work.
 */
export class ReviewBadgesEvidence1763950000000 implements MigrationInterface {
  name = 'ReviewBadgesEvidence1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE district ADD COLUMN principals_can_review boolean NOT NULL DEFAULT false`,
      `CREATE TABLE district_badge_origin (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        origin text NOT NULL CHECK (origin ~ '^https?://[^/?#]+$' AND length(origin) <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, origin)
      )`,
      `ALTER TABLE pd_record DROP CONSTRAINT pd_record_status_check`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_status_check
        CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'VERIFIED', 'CHANGES_REQUESTED'))`,
      `ALTER TABLE pd_record
        ADD COLUMN credential_id text CHECK (length(credential_id) BETWEEN 1 AND 2048),
        ADD COLUMN pre_approval_id uuid,
        ADD COLUMN reviewed_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN submitted_at timestamptz`,
      `UPDATE pd_record SET submitted_at = created_at WHERE status = 'SUBMITTED'`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_district_id_key UNIQUE (district_id, id)`,
      `CREATE UNIQUE INDEX pd_record_district_credential_key ON pd_record (district_id, credential_id) WHERE credential_id IS NOT NULL`,
      `CREATE INDEX pd_record_review_idx ON pd_record (district_id, status, submitted_at)`,
      `ALTER TABLE catalog_item ADD COLUMN achievement_id text CHECK (length(achievement_id) BETWEEN 1 AND 2048)`,
      `CREATE UNIQUE INDEX catalog_item_achievement_key ON catalog_item (district_id, issuer_id, achievement_id) WHERE achievement_id IS NOT NULL`,
      `CREATE TABLE pre_approval_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        activity_type text NOT NULL CHECK (activity_type IN ('COURSE', 'WORKSHOP', 'CONFERENCE', 'MICRO_CREDENTIAL',
          'INDEPENDENT_STUDY', 'PRESENTING', 'MENTORING', 'ACTION_RESEARCH', 'NATIONAL_BOARD', 'EVALUATION', 'EXAM', 'OTHER')),
        provider text CHECK (length(provider) <= 200),
        description text CHECK (length(description) <= 4000),
        planned_start_on date NOT NULL,
        expected_amount numeric(10, 2) NOT NULL CHECK (expected_amount > 0),
        unit text NOT NULL CHECK (unit IN ('CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'DENIED')),
        feedback text CHECK (length(feedback) <= 4000),
        requested_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        decided_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX pre_approval_request_district_idx ON pre_approval_request (district_id, status, created_at)`,
      `CREATE INDEX pre_approval_request_educator_idx ON pre_approval_request (district_id, educator_id)`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_pre_approval_fkey FOREIGN KEY (district_id, pre_approval_id)
        REFERENCES pre_approval_request (district_id, id) ON DELETE SET NULL (pre_approval_id)`,
      `CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        uploaded_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('UPLOAD', 'BADGE')),
        original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 200),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX evidence_file_educator_idx ON evidence_file (district_id, educator_id)`,
      `CREATE TABLE pd_record_evidence (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        pd_record_id uuid NOT NULL,
        evidence_file_id uuid NOT NULL,
        PRIMARY KEY (pd_record_id, evidence_file_id),
        FOREIGN KEY (district_id, pd_record_id) REFERENCES pd_record (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, evidence_file_id) REFERENCES evidence_file (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX pd_record_evidence_file_idx ON pd_record_evidence (district_id, evidence_file_id)`,
      `CREATE TABLE pd_draft (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        pd_record_id uuid,
        data jsonb NOT NULL DEFAULT '{}' CHECK (octet_length(data::text) <= 65536),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, pd_record_id) REFERENCES pd_record (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX pd_draft_educator_idx ON pd_draft (district_id, educator_id, updated_at DESC)`,
      `CREATE INDEX audit_event_entity_idx ON audit_event (district_id, entity_type, entity_id, occurred_at DESC)`,
      `CREATE INDEX audit_event_actor_idx ON audit_event (district_id, actor_account_id, occurred_at DESC)`,
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          -- Only as part of removing the whole district (ON DELETE CASCADE from district).
          IF NOT EXISTS (SELECT 1 FROM district WHERE id = OLD.district_id) THEN
            RETURN OLD;
          END IF;
        ELSIF TG_OP = 'UPDATE' THEN
          -- Only ON DELETE SET NULL from a removed account, touching nothing else.
          IF NEW.actor_account_id IS NULL AND OLD.actor_account_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM user_account WHERE id = OLD.actor_account_id)
             AND (NEW.id, NEW.district_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.details, NEW.ip, NEW.request_id, NEW.occurred_at)
                 IS NOT DISTINCT FROM
                 (OLD.id, OLD.district_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.details, OLD.ip, OLD.request_id, OLD.occurred_at)
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`,
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
      `CREATE FUNCTION audit_event_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: TRUNCATE is not allowed' USING ERRCODE = 'insufficient_privilege';
      END;
      $$`,
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate()`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event`,
      `DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event`,
      `DROP FUNCTION IF EXISTS audit_event_no_truncate()`,
      `DROP FUNCTION IF EXISTS audit_event_append_only()`,
      `DROP INDEX IF EXISTS audit_event_actor_idx`,
      `DROP INDEX IF EXISTS audit_event_entity_idx`,
      `DROP TABLE IF EXISTS pd_draft`,
      `DROP TABLE IF EXISTS pd_record_evidence`,
      `DROP TABLE IF EXISTS evidence_file`,
      `ALTER TABLE pd_record DROP CONSTRAINT IF EXISTS pd_record_pre_approval_fkey`,
      `DROP TABLE IF EXISTS pre_approval_request`,
      `DROP INDEX IF EXISTS catalog_item_achievement_key`,
      `ALTER TABLE catalog_item DROP COLUMN IF EXISTS achievement_id`,
      `DROP INDEX IF EXISTS pd_record_review_idx`,
      `DROP INDEX IF EXISTS pd_record_district_credential_key`,
      `ALTER TABLE pd_record DROP CONSTRAINT IF EXISTS pd_record_district_id_key`,
      `ALTER TABLE pd_record DROP COLUMN credential_id, DROP COLUMN pre_approval_id, DROP COLUMN reviewed_by_account_id,
        DROP COLUMN reviewed_at, DROP COLUMN submitted_at`,
      `UPDATE pd_record SET status = 'SUBMITTED' WHERE status = 'CHANGES_REQUESTED'`,
      `ALTER TABLE pd_record DROP CONSTRAINT pd_record_status_check`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_status_check CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'VERIFIED'))`,
      `DROP TABLE IF EXISTS district_badge_origin`,
      `ALTER TABLE district DROP COLUMN principals_can_review`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }
}
