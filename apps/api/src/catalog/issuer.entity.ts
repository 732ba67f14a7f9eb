import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who awards a credential or runs an offering: Digital Promise, a university, the district. */
@Entity({ name: 'issuer' })
export class IssuerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('text')
  name!: string;

  /** https only (a CHECK constraint); never taken from an imported badge for an existing issuer. */
  @Column('text', { nullable: true })
  url!: string | null;

  /** The Open Badges issuer id this catalog issuer stands for; badges are filed by it, never by name. */
  @Column('text', { name: 'badge_issuer_id', nullable: true })
  badgeIssuerId!: string | null;
}
