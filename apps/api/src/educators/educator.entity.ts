import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'educator' })
export class EducatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text', { name: 'first_name' })
  firstName!: string;

  @Column('text', { name: 'last_name' })
  lastName!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'state_educator_id', nullable: true })
  stateEducatorId!: string | null;

  /** Calendar date, YYYY-MM-DD (the pg driver is told not to turn dates into Date objects). */
  @Column('date', { name: 'hire_date', nullable: true })
  hireDate!: string | null;

  @Column('text', { name: 'highest_degree', nullable: true })
  highestDegree!: string | null;

  @Column('text', { name: 'salary_lane', nullable: true })
  salaryLane!: string | null;

  @Column('integer', { name: 'salary_step', nullable: true })
  salaryStep!: number | null;

  /** The roster's key for this person (OneRoster sourcedId or plain-CSV employee_id); null if made in the app. */
  @Column('text', { name: 'source_id', nullable: true })
  sourceId!: string | null;

  /** False once a roster import deactivated the person (people are never deleted). */
  @Column('boolean', { default: true })
  active!: boolean;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
