import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A TRUNCATE of a counted table (no transition table, so no district to name) must move every
 * district's figures counter, since answers kept in the API processes' memory (`StoredResponses`)
 * cannot be deleted from the database. Migration 1797840000000 added 1 to every counter row, but a
 * district has no row until its first counted write after migration 1797820000000 (it reads as 0),
 * so a district whose data all predates the counter kept 0 and its kept answers stayed trusted.
 * Every district now gets a row, or its row moves.
 */
export class FiguresTruncateEveryDistrict1797850000000 implements MigrationInterface {
  name = 'FiguresTruncateEveryDistrict1797850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        INSERT INTO district_figures_version AS v (district_id, version) SELECT id, 1 FROM district
          ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
        RETURN NULL;
      END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // As migration 1797840000000 left it.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION figures_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM figures_snapshot;
        UPDATE district_figures_version SET version = version + 1;
        RETURN NULL;
      END $$`,
    );
  }
}
