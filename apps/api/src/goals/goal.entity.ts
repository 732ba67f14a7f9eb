import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GoalMeasure } from './goal-measure';

/** A school's (school_id) or the district's (school_id null) goal; progress is computed, never stored. */
@Entity({ name: 'goal' })
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'school_id', nullable: true })
  schoolId!: string | null;

  @Column('text')
  title!: string;

  @Column('text')
  measure!: GoalMeasure;

  /** A percentage (shares) or hour equivalents (average), an exact decimal kept as a string. */
  @Column('numeric', { precision: 10, scale: 2 })
  target!: string;

  /** N in "at least N micro-credentials"; only for that measure. */
  @Column('integer', { name: 'minimum_count', nullable: true })
  minimumCount!: number | null;

  @Column('text', { name: 'competency_area', nullable: true })
  competencyArea!: string | null;

  /** MICRO_CREDENTIALS: count only credentials earned on or after startsOn. */
  @Column('boolean', { name: 'earned_since_start', default: false })
  earnedSinceStart!: boolean;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date')
  deadline!: string;

  @Column('uuid', { name: 'created_by_account_id', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;
}
