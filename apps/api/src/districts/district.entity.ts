import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: every other district-owned row carries its id. */
@Entity({ name: 'district' })
export class DistrictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('char', { name: 'state_code', length: 2 })
  stateCode!: string;

  /** Whether principals may review (approve, reject) PD of their schools' staff; HR decides. */
  @Column('boolean', { name: 'principals_can_review', default: false })
  principalsCanReview!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
