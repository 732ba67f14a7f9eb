import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'license' })
export class LicenseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'educator_id' })
  educatorId!: string;

  @Column('char', { name: 'state_code', length: 2 })
  stateCode!: string;

  @Column('text', { name: 'license_type' })
  licenseType!: string;

  @Column('text')
  number!: string;

  @Column('date', { name: 'issued_on' })
  issuedOn!: string;

  @Column('date', { name: 'cycle_start' })
  cycleStart!: string;

  @Column('date', { name: 'cycle_end' })
  cycleEnd!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
