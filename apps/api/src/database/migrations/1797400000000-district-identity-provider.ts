import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * A district's OpenID Connect provider (at most one per district).
 *
 * - `client_secret_sealed` is the client secret sealed by `SecretKeyring` (purpose
 *   `oidc-client-secret`), never the secret itself.
 * - `config_version` grows with every change of issuer, client id or secret; `verified_version`
 *   is the version an HR admin of the district last signed in with through the provider. Turning
 *   password sign-in off (`password_sign_in_disabled`) requires the two to be equal, so HR cannot
 *   make an untested provider the only way in (CHECK below, and the service says why).
 * - `email_domains` answer the sign-in page's "does this e-mail's district have a provider?" by
 *   the e-mail's domain, never by the account, so the answer says nothing about which e-mails
 *   have accounts. A domain belongs to at most one district (`district_identity_provider_domain`).
 */
export class DistrictIdentityProvider1797400000000 implements MigrationInterface {
  name = 'DistrictIdentityProvider1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE district_identity_provider (
        district_id uuid PRIMARY KEY REFERENCES district (id) ON DELETE CASCADE,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        issuer_url text NOT NULL CHECK (length(issuer_url) BETWEEN 1 AND 2048),
        client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 500),
        client_secret_sealed text,
        email_domains text[] NOT NULL DEFAULT '{}',
        config_version integer NOT NULL DEFAULT 1,
        verified_version integer,
        verified_by_account_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        verified_at timestamptz,
        password_sign_in_disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT district_identity_provider_only_when_verified
          CHECK (NOT password_sign_in_disabled OR verified_version = config_version)
      )`,
      `CREATE TABLE district_identity_provider_domain (
        domain text PRIMARY KEY CHECK (domain = lower(domain) AND length(domain) BETWEEN 3 AND 253),
        district_id uuid NOT NULL REFERENCES district_identity_provider (district_id) ON DELETE CASCADE
      )`,
      `CREATE INDEX district_identity_provider_domain_district ON district_identity_provider_domain (district_id)`,
      `SELECT pdledger_isolate_district_table('district_identity_provider')`,
      `SELECT pdledger_isolate_district_table('district_identity_provider_domain')`,
      // The sign-in page asks before anyone is signed in: the district and provider name claiming
      // an e-mail domain and whether it still takes passwords, nothing else.
      `CREATE FUNCTION pdledger_identity_provider_for_domain(p_domain text)
         RETURNS TABLE (district_id uuid, display_name text, password_sign_in_disabled boolean)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT p.district_id, p.display_name, p.password_sign_in_disabled
          FROM public.district_identity_provider_domain d
          JOIN public.district_identity_provider p ON p.district_id = d.district_id
         WHERE d.domain = lower(p_domain)
      $$`,
      // HR claiming a domain must learn that another district already did, without seeing it.
      `CREATE FUNCTION pdledger_identity_provider_domains_elsewhere(p_domains text[]) RETURNS SETOF text
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT domain FROM public.district_identity_provider_domain
         WHERE domain = ANY(p_domains) AND district_id IS DISTINCT FROM pdledger_current_district()
      $$`,
      `REVOKE ALL ON FUNCTION pdledger_identity_provider_for_domain(text) FROM PUBLIC`,
      `REVOKE ALL ON FUNCTION pdledger_identity_provider_domains_elsewhere(text[]) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION pdledger_identity_provider_for_domain(text) TO ${API_ROLE}`,
      `GRANT EXECUTE ON FUNCTION pdledger_identity_provider_domains_elsewhere(text[]) TO ${API_ROLE}`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_identity_provider_domains_elsewhere(text[])`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_identity_provider_for_domain(text)`);
    await queryRunner.query(`DROP TABLE IF EXISTS district_identity_provider_domain`);
    await queryRunner.query(`DROP TABLE IF EXISTS district_identity_provider`);
  }
}
