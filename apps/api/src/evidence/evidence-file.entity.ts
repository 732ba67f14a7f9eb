import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An evidence file (a certificate PDF, a photo, an original badge file), stored in PostgreSQL so
 * API replicas keep no local state. Owned by an educator: whoever may see that educator's records
 * may download it.
 */
@Entity({ name: 'evidence_file' })
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'educator_id' })
  educatorId!: string;

  @Column('uuid', { name: 'uploaded_by_account_id', nullable: true })
  uploadedByAccountId!: string | null;

  /** UPLOAD (a teacher's evidence) or BADGE (the original badge file a verified record came from). */
  @Column('text')
  kind!: 'UPLOAD' | 'BADGE';

  @Column('text', { name: 'original_name' })
  originalName!: string;

  /** Decided by the server from the file's bytes, never taken from the client. */
  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Column('integer', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('bytea')
  content!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Which evidence backs which PD record (a CLR file backs several records). */
@Entity({ name: 'pd_record_evidence' })
export class PdRecordEvidenceEntity {
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @PrimaryColumn('uuid', { name: 'pd_record_id' })
  pdRecordId!: string;

  @PrimaryColumn('uuid', { name: 'evidence_file_id' })
  evidenceFileId!: string;
}
