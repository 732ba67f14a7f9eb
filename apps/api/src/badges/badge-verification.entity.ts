import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One finding of a badge check, as reviewers see it. */
export interface BadgeFinding {
  check: 'SIGNATURE' | 'ISSUER' | 'KEY' | 'RECIPIENT' | 'CLAIM' | 'DUPLICATE';
  ok: boolean;
  detail: string;
}

/** What was and was not verified for an imported badge record, and what it claims. */
@Entity({ name: 'badge_verification' })
export class BadgeVerificationEntity {
  @PrimaryColumn('uuid', { name: 'pd_record_id' })
  pdRecordId!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  /** The issuer id the badge names (a claim unless `trusted`). */
  @Column('text', { name: 'issuer_id' })
  issuerId!: string;

  @Column('text', { name: 'issuer_name', nullable: true })
  issuerName!: string | null;

  @Column('text', { name: 'key_id', nullable: true })
  keyId!: string | null;

  @Column('boolean')
  trusted!: boolean;

  @Column('numeric', { name: 'claimed_hours', precision: 8, scale: 2, nullable: true })
  claimedHours!: string | null;

  @Column('numeric', { name: 'catalog_hours', precision: 8, scale: 2, nullable: true })
  catalogHours!: string | null;

  @Column('boolean', { name: 'claim_exceeds_catalog', default: false })
  claimExceedsCatalog!: boolean;

  @Column('jsonb', { default: () => "'[]'" })
  findings!: BadgeFinding[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
