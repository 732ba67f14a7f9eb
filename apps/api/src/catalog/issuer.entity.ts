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

  @Column('text', { nullable: true })
  url!: string | null;
}
