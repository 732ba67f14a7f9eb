import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An issuer origin (scheme://host[:port]) the district lets PD Ledger contact to verify badges. */
@Entity({ name: 'district_badge_origin' })
export class DistrictBadgeOriginEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text')
  origin!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
