import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A state rule-set preset a district works with; `position` 0 is the district's home state. */
@Entity({ name: 'district_rule_state' })
export class DistrictRuleStateEntity {
  @PrimaryColumn('uuid', { name: 'district_id' })
  districtId!: string;

  /** Lower-case preset id (state postal code). */
  @PrimaryColumn('text', { name: 'preset_id' })
  presetId!: string;

  @Column('integer')
  position!: number;

  @Column('uuid', { name: 'added_by_account_id', nullable: true })
  addedByAccountId!: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

/** A district policy on top of a state preset, in force from `effectiveFrom` until the day before `endsOn`. */
@Entity({ name: 'district_rule_override' })
export class DistrictRuleOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text', { name: 'preset_id' })
  presetId!: string;

  /** EXTRA_REQUIRED | CATEGORY_MINIMUM | ACTIVITY_CAP */
  @Column('text')
  kind!: string;

  /** In the preset's unit. */
  @Column('numeric', { precision: 10, scale: 4 })
  amount!: string;

  @Column('text', { nullable: true })
  category!: string | null;

  @Column('text', { name: 'activity_type', nullable: true })
  activityType!: string | null;

  @Column('text')
  label!: string;

  /** The district's basis for the rule (board policy, contract article), shown as its citation. */
  @Column('text')
  basis!: string;

  @Column('text', { name: 'policy_url', nullable: true })
  policyUrl!: string | null;

  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('uuid', { name: 'created_by_account_id', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'ended_by_account_id', nullable: true })
  endedByAccountId!: string | null;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
