import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActivityType, PdUnit } from '../domain/pd-enums';
import { PreApprovalStatus } from '../domain/review-enums';

/** A request for lane credit made before the activity; the PD record with evidence follows later. */
@Entity({ name: 'pre_approval_request' })
export class PreApprovalRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'educator_id' })
  educatorId!: string;

  @Column('text')
  title!: string;

  @Column('text', { name: 'activity_type' })
  activityType!: ActivityType;

  @Column('text', { nullable: true })
  provider!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('date', { name: 'planned_start_on' })
  plannedStartOn!: string;

  @Column('numeric', { name: 'expected_amount', precision: 10, scale: 2 })
  expectedAmount!: string;

  @Column('text')
  unit!: PdUnit;

  @Column('text', { default: PreApprovalStatus.PENDING })
  status!: PreApprovalStatus;

  @Column('text', { nullable: true })
  feedback!: string | null;

  @Column('uuid', { name: 'requested_by_account_id', nullable: true })
  requestedByAccountId!: string | null;

  @Column('uuid', { name: 'decided_by_account_id', nullable: true })
  decidedByAccountId!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
