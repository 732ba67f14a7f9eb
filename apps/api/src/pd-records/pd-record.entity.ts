import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActivityType, CourseLevel, PdStatus, PdUnit } from '../domain/pd-enums';

@Entity({ name: 'pd_record' })
export class PdRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'educator_id' })
  educatorId!: string;

  @Column('uuid', { name: 'catalog_item_id', nullable: true })
  catalogItemId!: string | null;

  @Column('text')
  title!: string;

  @Column('text', { name: 'activity_type' })
  activityType!: ActivityType;

  /** Exact decimal, kept as a string end to end (never a JavaScript number). */
  @Column('numeric', { precision: 10, scale: 2 })
  amount!: string;

  @Column('text')
  unit!: PdUnit;

  @Column('date', { name: 'completed_on' })
  completedOn!: string;

  /** When the activity began (a course's first day); null when not given. */
  @Column('date', { name: 'started_on', nullable: true })
  startedOn!: string | null;

  /** Who gave the activity (a university, a conference); null when not given. */
  @Column('text', { nullable: true })
  provider!: string | null;

  /** A course's level; null is unknown. */
  @Column('text', { nullable: true })
  level!: CourseLevel | null;

  @Column('text', { array: true, default: () => `'{}'` })
  categories!: string[];

  @Column('text', { name: 'evidence_url', nullable: true })
  evidenceUrl!: string | null;

  @Column('text')
  status!: PdStatus;

  @Column('text', { nullable: true })
  feedback!: string | null;

  /** Where the record came from: SELF_REPORTED, DISTRICT_IMPORT, OPEN_BADGES, ... */
  @Column('text')
  source!: string;

  @Column('uuid', { name: 'submitted_by_account_id', nullable: true })
  submittedByAccountId!: string | null;

  /** Assertion / credential id of the badge this record was verified from; unique per district. */
  @Column('text', { name: 'credential_id', nullable: true })
  credentialId!: string | null;

  /** The approved pre-approval request this activity was planned under. */
  @Column('uuid', { name: 'pre_approval_id', nullable: true })
  preApprovalId!: string | null;

  @Column('uuid', { name: 'reviewed_by_account_id', nullable: true })
  reviewedByAccountId!: string | null;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  /** When the record last entered the review queue (submission or resubmission). */
  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** Why HR voided the record; set only while status is VOIDED. */
  @Column('text', { name: 'void_reason', nullable: true })
  voidReason!: string | null;

  @Column('uuid', { name: 'voided_by_account_id', nullable: true })
  voidedByAccountId!: string | null;

  @Column('timestamptz', { name: 'voided_at', nullable: true })
  voidedAt!: Date | null;

  /** APPROVED or VERIFIED: what a restore returns a VOIDED record to. */
  @Column('text', { name: 'status_before_void', nullable: true })
  statusBeforeVoid!: PdStatus | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
