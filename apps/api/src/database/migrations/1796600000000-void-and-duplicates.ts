import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voided records and duplicates.
 *
 * - pd_record gains VOIDED: HR takes back credit that was counted (APPROVED or VERIFIED) with a
 *   reason; `status_before_void` is what a restore returns it to. Voiding is an UPDATE of
 *   pd_record, so the renewal_input_version trigger bumps the educator and stored standings are
 *   recomputed on the next read.
 * - pd_title_key(): the normalised course title (case, surrounding and repeated whitespace) that
 *   duplicate detection compares, with indexes for the per-educator look-ups by catalog item and
 *   by title and date.
 * - pd_record_distinct: pairs of records a reviewer declared distinct (a repeatable workshop),
 *   stored once per pair with the smaller id first, with the reason and who decided.
 */
export class VoidAndDuplicates1796600000000 implements MigrationInterface {
  name = 'VoidAndDuplicates1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE pd_record DROP CONSTRAINT pd_record_status_check`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_status_check
        CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'VERIFIED', 'CHANGES_REQUESTED', 'VOIDED'))`,
      `ALTER TABLE pd_record
        ADD COLUMN void_reason text CHECK (length(void_reason) BETWEEN 1 AND 2000),
        ADD COLUMN voided_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN status_before_void text CHECK (status_before_void IN ('APPROVED', 'VERIFIED'))`,
      // A voided record always says why and what it was; no other record carries void data.
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_void_check CHECK (
        (status = 'VOIDED') = (void_reason IS NOT NULL AND voided_at IS NOT NULL AND status_before_void IS NOT NULL))`,
      `CREATE FUNCTION pd_title_key(title text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN lower(regexp_replace(btrim(title), '\\s+', ' ', 'g'))`,
      `CREATE INDEX pd_record_catalog_dup_idx ON pd_record (district_id, educator_id, catalog_item_id) WHERE catalog_item_id IS NOT NULL`,
      `CREATE INDEX pd_record_course_dup_idx ON pd_record (district_id, educator_id, pd_title_key(title), completed_on)`,
      `CREATE TABLE pd_record_distinct (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        record_id uuid NOT NULL,
        other_record_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        marked_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, record_id, other_record_id),
        CHECK (record_id < other_record_id),
        FOREIGN KEY (district_id, record_id) REFERENCES pd_record (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, other_record_id) REFERENCES pd_record (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX pd_record_distinct_other_idx ON pd_record_distinct (district_id, other_record_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE IF EXISTS pd_record_distinct`,
      `DROP INDEX IF EXISTS pd_record_course_dup_idx`,
      `DROP INDEX IF EXISTS pd_record_catalog_dup_idx`,
      `DROP FUNCTION IF EXISTS pd_title_key(text)`,
      `ALTER TABLE pd_record DROP CONSTRAINT IF EXISTS pd_record_void_check`,
      // The old schema has no voided status: a voided record goes back to what it was.
      `UPDATE pd_record SET status = status_before_void WHERE status = 'VOIDED'`,
      `ALTER TABLE pd_record DROP COLUMN void_reason, DROP COLUMN voided_by_account_id, DROP COLUMN voided_at, DROP COLUMN status_before_void`,
      `ALTER TABLE pd_record DROP CONSTRAINT pd_record_status_check`,
      `ALTER TABLE pd_record ADD CONSTRAINT pd_record_status_check
        CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'VERIFIED', 'CHANGES_REQUESTED'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
