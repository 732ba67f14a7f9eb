import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A covering index for the converter's read of PD records (`CONVERTER_RECORD_COLUMNS`, read per
 * batch of educators by `RenewalScanService` for reports, exports, stored standings and goals,
 * and per educator by `RenewalsService`): keyed and ordered as the scans read and sort them
 * (district, educator, completion date, id), carrying every other column they read, so
 * PostgreSQL answers with an index-only scan from the educator's contiguous index entries instead
 * of visiting scattered heap pages (records of one person are written over years). It replaces
 * `pd_record_educator_idx` (district, educator, completion date descending), whose look-ups it
 * serves as a prefix, read backwards for the descending order.
 */
export class PdRecordConverterIndex1797700000000 implements MigrationInterface {
  name = 'PdRecordConverterIndex1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX pd_record_converter_idx ON pd_record (district_id, educator_id, completed_on, id)
         INCLUDE (title, activity_type, amount, unit, categories, status, source, pre_approval_id, catalog_item_id)`,
    );
    await queryRunner.query(`DROP INDEX pd_record_educator_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX pd_record_educator_idx ON pd_record (district_id, educator_id, completed_on DESC)`);
    await queryRunner.query(`DROP INDEX pd_record_converter_idx`);
  }
}
