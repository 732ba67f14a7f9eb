import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The schools a principal account is responsible for. */
@Entity({ name: 'user_account_school' })
export class UserAccountSchoolEntity {
  @PrimaryColumn('uuid', { name: 'user_account_id' })
  userAccountId!: string;

  @PrimaryColumn('uuid', { name: 'school_id' })
  schoolId!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;
}
