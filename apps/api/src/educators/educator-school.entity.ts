import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An educator's assignment to a school; an educator may work in several schools. */
@Entity({ name: 'educator_school' })
export class EducatorSchoolEntity {
  @PrimaryColumn('uuid', { name: 'educator_id' })
  educatorId!: string;

  @PrimaryColumn('uuid', { name: 'school_id' })
  schoolId!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;
}
