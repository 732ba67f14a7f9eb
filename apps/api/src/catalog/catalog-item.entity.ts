import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityType } from '../domain/pd-enums';

/** A PD offering in the district's catalog: a micro-credential, a course, a workshop series. */
@Entity({ name: 'catalog_item' })
export class CatalogItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'issuer_id' })
  issuerId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: ActivityType;

  @Column('text', { name: 'competency_area', nullable: true })
  competencyArea!: string | null;

  @Column('text', { nullable: true })
  stack!: string | null;

  /** The badge achievement id this item was created from (OB 2.0 BadgeClass / OB 3.0 Achievement). */
  @Column('text', { name: 'achievement_id', nullable: true })
  achievementId!: string | null;

  /** The issuer's stated hours, exact decimal as a string. */
  @Column('numeric', { name: 'stated_hours', precision: 8, scale: 2, nullable: true })
  statedHours!: string | null;
}
