import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A teacher's unfinished PD submission, saved as typed (autosave): nothing is validated beyond
 * size limits, so nothing typed is lost on a timeout or a reload. `pdRecordId` is set when the
 * draft edits a record returned with "changes requested".
 */
@Entity({ name: 'pd_draft' })
export class PdDraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'educator_id' })
  educatorId!: string;

  @Column('uuid', { name: 'pd_record_id', nullable: true })
  pdRecordId!: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
