import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One roster or transcript upload: its preview, and whether and when it was applied. */
@Entity({ name: 'import_run' })
export class ImportRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text')
  kind!: 'ROSTER' | 'TRANSCRIPT';

  @Column('text', { nullable: true })
  format!: string | null;

  @Column('text', { nullable: true })
  mode!: 'bulk' | 'delta' | 'mixed' | null;

  @Column('text', { name: 'file_names', array: true, default: () => `'{}'` })
  fileNames!: string[];

  @Column('bigint', { name: 'total_bytes', default: 0 })
  totalBytes!: string;

  @Column('text')
  status!: 'PREVIEW' | 'APPLIED' | 'FAILED';

  @Column('uuid', { name: 'created_by_account_id', nullable: true })
  createdByAccountId!: string | null;

  @Column('uuid', { name: 'applied_by_account_id', nullable: true })
  appliedByAccountId!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'applied_at', nullable: true })
  appliedAt!: Date | null;

  @Column('jsonb', { default: () => `'{}'` })
  counts!: Record<string, unknown>;

  @Column('jsonb', { default: () => `'[]'` })
  problems!: unknown[];

  @Column('integer', { name: 'problem_count', default: 0 })
  problemCount!: number;

  @Column('integer', { name: 'error_count', default: 0 })
  errorCount!: number;

  @Column('integer', { name: 'warning_count', default: 0 })
  warningCount!: number;

  @Column('boolean', { name: 'problems_truncated', default: false })
  problemsTruncated!: boolean;

  @Column('text', { name: 'failure_message', nullable: true })
  failureMessage!: string | null;
}

/** An uploaded file kept between preview and apply (deleted once applied). */
@Entity({ name: 'import_file' })
export class ImportFileEntity {
  @Column('uuid', { name: 'import_run_id', primary: true })
  importRunId!: string;

  @Column('integer', { primary: true })
  position!: number;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text')
  name!: string;

  @Column('integer', { name: 'byte_size' })
  byteSize!: number;

  @Column('bytea')
  content!: Buffer;
}

/** The vendor's external id of a transcript row, and the PD record it became. */
@Entity({ name: 'transcript_record' })
export class TranscriptRecordEntity {
  @Column('uuid', { name: 'district_id', primary: true })
  districtId!: string;

  @Column('text', { name: 'external_id', primary: true })
  externalId!: string;

  @Column('uuid', { name: 'pd_record_id' })
  pdRecordId!: string;

  @Column('uuid', { name: 'import_run_id', nullable: true })
  importRunId!: string | null;

  @Column('text', { nullable: true })
  provider!: string | null;
}
