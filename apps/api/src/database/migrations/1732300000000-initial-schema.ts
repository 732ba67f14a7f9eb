import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema of PD Ledger.
 *
 * Every table a district owns carries district_id (indexed), and child rows reference their
 * parents through (district_id, id) pairs, so a row can never point into another district even if
 * application code had a bug. Row-level security can later be switched on with one policy per
 * table on district_id. Enumerations are text with CHECK constraints, which are easier to extend
 * in later migrations than PostgreSQL enum types.
 */
export class InitialSchema1732300000000 implements MigrationInterface {
  name = 'InitialSchema1732300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
      `CREATE TABLE district (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        state_code char(2) NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id),
        UNIQUE (district_id, name)
      )`,
      `CREATE TABLE educator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        state_educator_id text CHECK (length(state_educator_id) <= 50),
        hire_date date,
        highest_degree text CHECK (length(highest_degree) <= 50),
        salary_lane text CHECK (length(salary_lane) <= 50),
        salary_step integer CHECK (salary_step BETWEEN 0 AND 60),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id)
      )`,
      `CREATE UNIQUE INDEX educator_district_email_key ON educator (district_id, lower(email))`,
      `CREATE INDEX educator_district_name_idx ON educator (district_id, lower(last_name), lower(first_name), id)`,
      // Staff search matches any part of the name or email; a trigram index keeps that fast at
      // 100k educators instead of scanning every row.
      `CREATE INDEX educator_search_trgm_idx ON educator USING gin (
        (lower(first_name || ' ' || last_name || ' ' || email)) gin_trgm_ops
      )`,
      `CREATE TABLE educator_school (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        school_id uuid NOT NULL,
        PRIMARY KEY (educator_id, school_id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, school_id) REFERENCES school (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX educator_school_school_idx ON educator_school (district_id, school_id, educator_id)`,
      `CREATE TABLE license (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        state_code char(2) NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
        license_type text NOT NULL CHECK (length(license_type) BETWEEN 1 AND 100),
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 50),
        issued_on date NOT NULL,
        cycle_start date NOT NULL,
        cycle_end date NOT NULL CHECK (cycle_end > cycle_start),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX license_educator_idx ON license (district_id, educator_id)`,
      `CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('HR_ADMIN', 'PRINCIPAL', 'TEACHER')),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        educator_id uuid,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email),
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE SET NULL (educator_id)
      )`,
      `CREATE INDEX user_account_district_idx ON user_account (district_id)`,
      `CREATE TABLE user_account_school (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        user_account_id uuid NOT NULL,
        school_id uuid NOT NULL,
        PRIMARY KEY (user_account_id, school_id),
        FOREIGN KEY (district_id, user_account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, school_id) REFERENCES school (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX user_account_school_district_idx ON user_account_school (district_id, school_id)`,
      `CREATE TABLE issuer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        url text CHECK (length(url) <= 2048),
        UNIQUE (district_id, id),
        UNIQUE (district_id, name)
      )`,
      `CREATE TABLE catalog_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        issuer_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        kind text NOT NULL,
        competency_area text CHECK (length(competency_area) <= 200),
        stack text CHECK (length(stack) <= 200),
        stated_hours numeric(8, 2) CHECK (stated_hours >= 0),
        UNIQUE (district_id, id),
        FOREIGN KEY (district_id, issuer_id) REFERENCES issuer (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX catalog_item_issuer_idx ON catalog_item (district_id, issuer_id)`,
      `CREATE TABLE pd_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        educator_id uuid NOT NULL,
        catalog_item_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        activity_type text NOT NULL CHECK (activity_type IN ('COURSE', 'WORKSHOP', 'CONFERENCE', 'MICRO_CREDENTIAL',
          'INDEPENDENT_STUDY', 'PRESENTING', 'MENTORING', 'ACTION_RESEARCH', 'NATIONAL_BOARD', 'EVALUATION', 'EXAM', 'OTHER')),
        amount numeric(10, 2) NOT NULL CHECK (amount > 0),
        unit text NOT NULL CHECK (unit IN ('CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL')),
        completed_on date NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        evidence_url text CHECK (length(evidence_url) <= 2048),
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'VERIFIED')),
        feedback text CHECK (length(feedback) <= 4000),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 50),
        submitted_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, educator_id) REFERENCES educator (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, catalog_item_id) REFERENCES catalog_item (district_id, id) ON DELETE SET NULL (catalog_item_id)
      )`,
      `CREATE INDEX pd_record_educator_idx ON pd_record (district_id, educator_id, completed_on DESC)`,
      `CREATE INDEX pd_record_completed_idx ON pd_record (district_id, completed_on)`,
      `CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        actor_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        ip text,
        request_id text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX audit_event_district_idx ON audit_event (district_id, occurred_at DESC)`,
      `CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        user_account_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        FOREIGN KEY (district_id, user_account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX session_account_idx ON session (user_account_id)`,
      `CREATE INDEX session_district_idx ON session (district_id)`,
      // Sign-in attempts are recorded before anyone is known to belong to a district, so this is
      // the one table without district_id. It lives in PostgreSQL so rate limits hold across replicas.
      `CREATE TABLE sign_in_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX sign_in_attempt_email_idx ON sign_in_attempt (email, attempted_at)`,
      `CREATE INDEX sign_in_attempt_ip_idx ON sign_in_attempt (ip, attempted_at)`,
    ];
    for (const statement of statements) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'sign_in_attempt',
      'session',
      'audit_event',
      'pd_record',
      'catalog_item',
      'issuer',
      'user_account_school',
      'user_account',
      'license',
      'educator_school',
      'educator',
      'school',
      'district',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
