import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One version of a district's salary schedule; the definition is validated with `parseSalarySchedule`. */
@Entity({ name: 'salary_schedule' })
export class SalaryScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text')
  name!: string;

  /** The converter preset it was made from (`maplewood-traditional`), or null for a district's own. */
  @Column('text', { name: 'preset_id', nullable: true })
  presetId!: string | null;

  @Column('jsonb')
  definition!: unknown;

  /** Calendar date YYYY-MM-DD from which this version applies. */
  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
