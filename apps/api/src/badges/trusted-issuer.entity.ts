import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A badge issuer the district vouches for, identified by its Open Badges issuer id (never its name). */
@Entity({ name: 'trusted_issuer' })
export class TrustedIssuerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  /** The issuer id badges carry: did:web:..., did:key:..., or an https IRI. */
  @Column('text', { name: 'issuer_id' })
  issuerId!: string;

  /** HR's name for the issuer (a label, never used to match badges). */
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  /** Signing keys HR pinned: did:key ids, JWK thumbprint URNs or key URLs. */
  @Column('text', { name: 'pinned_keys', array: true, default: () => "'{}'" })
  pinnedKeys!: string[];

  @Column('uuid', { name: 'created_by_account_id', nullable: true })
  createdByAccountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
