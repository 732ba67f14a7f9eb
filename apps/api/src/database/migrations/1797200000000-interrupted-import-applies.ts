import { MigrationInterface, QueryRunner } from 'typeorm';
import { API_ROLE } from '../database-roles';

/**
 * Import applies cut off by a database outage or a dead process.
 *
 * - `import_run.apply_started_at`: written (and committed) just before an apply's transaction
 *   starts. A run still in PREVIEW with this set was being applied when its transaction ended
 *   without an outcome: the transaction rolled back (nothing changed), but nobody could record
 *   that, because the database was gone or the process died.
 * - `pdledger_fail_interrupted_imports(grace_seconds)` records those runs as FAILED with a message
 *   for HR. An apply in progress holds its district's import lock (`pg_advisory_xact_lock` on
 *   `hashtext('pd-ledger:import:' || district_id)`, taken by ImportsService.apply) for its whole
 *   transaction, in whichever API process runs it; the function only touches a run when it can
 *   take that lock itself, so a live apply is never marked failed. The grace period covers the
 *   moment between writing the mark and taking the lock. SECURITY DEFINER: it runs for every
 *   district at once and changes nothing but those runs.
 */
export class InterruptedImportApplies1797200000000 implements MigrationInterface {
  name = 'InterruptedImportApplies1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE import_run ADD COLUMN apply_started_at timestamptz`,
      `CREATE INDEX import_run_apply_started_idx ON import_run (apply_started_at) WHERE status = 'PREVIEW' AND apply_started_at IS NOT NULL`,
      `CREATE FUNCTION pdledger_fail_interrupted_imports(p_grace_seconds integer) RETURNS integer
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        r record;
        marked integer := 0;
        changed integer;
      BEGIN
        FOR r IN SELECT id, district_id FROM public.import_run
                  WHERE status = 'PREVIEW' AND apply_started_at IS NOT NULL
                    AND apply_started_at < now() - make_interval(secs => p_grace_seconds)
                  ORDER BY apply_started_at LOOP
          IF pg_try_advisory_xact_lock(hashtext('pd-ledger:import:' || r.district_id::text)) THEN
            UPDATE public.import_run
               SET status = 'FAILED',
                   failure_message = 'The apply was cut off before it finished (the database or the server stopped), so nothing was changed. Upload the file again to apply it.'
             WHERE district_id = r.district_id AND id = r.id AND status = 'PREVIEW' AND apply_started_at IS NOT NULL;
            GET DIAGNOSTICS changed = ROW_COUNT;
            marked := marked + changed;
          END IF;
        END LOOP;
        RETURN marked;
      END $$`,
      `REVOKE ALL ON FUNCTION pdledger_fail_interrupted_imports(integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION pdledger_fail_interrupted_imports(integer) TO ${API_ROLE}`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pdledger_fail_interrupted_imports(integer)`);
    await queryRunner.query(`DROP INDEX IF EXISTS import_run_apply_started_idx`);
    await queryRunner.query(`ALTER TABLE import_run DROP COLUMN IF EXISTS apply_started_at`);
  }
}
