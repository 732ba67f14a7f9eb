import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * Notifications, their email and the scheduled jobs that make them.
 *
 * - notification: one per event and person. `event_key` names the event (a license's deadline and
 *   the reminder threshold, a decision, a digest week), unique per person, so a job that runs twice
 *   (two API replicas, a retry) inserts nothing the second time.
 * - notification_preference: which kinds a person gets by email (no row: yes).
 * - email_delivery: the outbox, one email per notification, written in the same transaction as the
 *   notification, so a crash before sending loses nothing. HELD: no SMTP server configured (shown on
 *   HR's outbox page instead); PENDING until sent; FAILED once its retries are spent.
 * - notification_job_run: each run of a scheduled job for one district (HR's job status page).
 * - pdledger_notification_districts(): the districts a scheduled job visits; then each runs scoped
 *   to its own district.
 */
export class Notifications1797500000000 implements MigrationInterface {
  name = 'Notifications1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'DEADLINE_REMINDER', 'RECORD_DECISION', 'PRE_APPROVAL_DECISION', 'WEEKLY_DIGEST', 'PASSWORD_RESET_BY_ADMIN'`;
    const statements = [
      `CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        account_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${kinds})),
        event_key text NOT NULL CHECK (length(event_key) BETWEEN 1 AND 300),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        body text NOT NULL CHECK (length(body) <= 20000),
        link text CHECK (length(link) <= 500),
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (district_id, id),
        UNIQUE (district_id, account_id, event_key),
        FOREIGN KEY (district_id, account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX notification_district_idx ON notification (district_id)`,
      `CREATE INDEX notification_account_idx ON notification (district_id, account_id, created_at DESC)`,
      `CREATE INDEX notification_unread_idx ON notification (district_id, account_id) WHERE read_at IS NULL`,
      `CREATE TABLE notification_preference (
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        account_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${kinds})),
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (district_id, account_id, kind),
        FOREIGN KEY (district_id, account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX notification_preference_district_idx ON notification_preference (district_id)`,
      `CREATE TABLE email_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        notification_id uuid NOT NULL,
        account_id uuid NOT NULL,
        to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        body_text text NOT NULL CHECK (length(body_text) <= 40000),
        unsubscribe_kind text CHECK (unsubscribe_kind IN (${kinds})),
        status text NOT NULL CHECK (status IN ('HELD', 'PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text CHECK (length(last_error) <= 2000),
        last_attempt_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
        UNIQUE (district_id, id),
        UNIQUE (district_id, notification_id),
        FOREIGN KEY (district_id, notification_id) REFERENCES notification (district_id, id) ON DELETE CASCADE,
        FOREIGN KEY (district_id, account_id) REFERENCES user_account (district_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX email_delivery_district_idx ON email_delivery (district_id, created_at DESC)`,
      `CREATE INDEX email_delivery_pending_idx ON email_delivery (district_id, created_at) WHERE status = 'PENDING'`,
      `CREATE TABLE notification_job_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district (id) ON DELETE CASCADE,
        job text NOT NULL CHECK (job IN ('DEADLINE_REMINDERS', 'WEEKLY_DIGEST')),
        as_of date NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        notifications_created integer NOT NULL DEFAULT 0,
        error text CHECK (length(error) <= 2000),
        UNIQUE (district_id, id)
      )`,
      `CREATE INDEX notification_job_run_district_idx ON notification_job_run (district_id, started_at DESC)`,
      `SELECT pdledger_isolate_district_table('notification')`,
      `SELECT pdledger_isolate_district_table('notification_preference')`,
      `SELECT pdledger_isolate_district_table('email_delivery')`,
      `SELECT pdledger_isolate_district_table('notification_job_run')`,
      // The outbox and job history are kept: the API updates them, never deletes them.
      `REVOKE DELETE ON email_delivery FROM ${API_ROLE}`,
      `REVOKE DELETE ON notification_job_run FROM ${API_ROLE}`,
      `CREATE FUNCTION pdledger_notification_districts() RETURNS SETOF uuid
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id FROM public.district ORDER BY id
      $$`,
      `REVOKE ALL ON FUNCTION pdledger_notification_districts() FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION pdledger_notification_districts() TO ${API_ROLE}`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP FUNCTION IF EXISTS pdledger_notification_districts()`,
      `DROP TABLE IF EXISTS notification_job_run`,
      `DROP TABLE IF EXISTS email_delivery`,
      `DROP TABLE IF EXISTS notification_preference`,
      `DROP TABLE IF EXISTS notification`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
