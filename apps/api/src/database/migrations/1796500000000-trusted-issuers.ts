import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issuer trust, separate from signature validity.
 *
 * - trusted_issuer: the badge issuers (by their Open Badges issuer id: did:web, did:key, https IRI)
 *   a district vouches for, with HR's note and the signing keys HR pinned for them.
 * - issuer.badge_issuer_id: the issuer id a catalog issuer stands for, so badges are filed under
 *   catalog issuers by id and never by the display name a file gives.
 * - issuer.url: https only (earlier imports could store any scheme a badge named).
 * - badge_verification: what was and was not verified for each imported badge record (shown to
 *   reviewers), the issuer id and name the badge claims, and the hours it claims beside the
 *   catalog's figure.
 */
export class TrustedIssuers1796500000000 implements MigrationInterface {
  name = 'TrustedIssuers1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE trusted_issuer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        issuer_id text NOT NULL CHECK (length(issuer_id) BETWEEN 1 AND 2048),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        note text CHECK (length(note) <= 1000),
        pinned_keys text[] NOT NULL DEFAULT '{}' CHECK (cardinality(pinned_keys) <= 20),
        created_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        UNIQUE (district_id, issuer_id)
      )`,
      `ALTER TABLE issuer ADD COLUMN badge_issuer_id text CHECK (length(badge_issuer_id) BETWEEN 1 AND 2048)`,
      `CREATE UNIQUE INDEX issuer_badge_issuer_key ON issuer (district_id, badge_issuer_id) WHERE badge_issuer_id IS NOT NULL`,
      `UPDATE issuer SET url = NULL WHERE url IS NOT NULL AND url !~* '^https://'`,
      `ALTER TABLE issuer ADD CONSTRAINT issuer_url_https CHECK (url ~* '^https://')`,
      `CREATE TABLE badge_verification (
        pd_record_id uuid PRIMARY KEY,
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        issuer_id text NOT NULL CHECK (length(issuer_id) BETWEEN 1 AND 2048),
        issuer_name text CHECK (length(issuer_name) <= 200),
        key_id text CHECK (length(key_id) <= 2048),
        trusted boolean NOT NULL,
        claimed_hours numeric(8, 2) CHECK (claimed_hours >= 0),
        catalog_hours numeric(8, 2) CHECK (catalog_hours >= 0),
        claim_exceeds_catalog boolean NOT NULL DEFAULT false,
        findings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(findings) = 'array' AND octet_length(findings::text) <= 16384),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, pd_record_id) REFERENCES pd_record (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX badge_verification_issuer_idx ON badge_verification (district_id, issuer_id) WHERE NOT trusted`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE IF EXISTS badge_verification`,
      `ALTER TABLE issuer DROP CONSTRAINT IF EXISTS issuer_url_https`,
      `DROP INDEX IF EXISTS issuer_badge_issuer_key`,
      `ALTER TABLE issuer DROP COLUMN IF EXISTS badge_issuer_id`,
      `DROP TABLE IF EXISTS trusted_issuer`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }
}
