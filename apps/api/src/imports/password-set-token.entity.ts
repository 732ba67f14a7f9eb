import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time link for setting a password; only the token's SHA-256 is stored. */
@Entity({ name: 'password_set_token' })
export class PasswordSetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'user_account_id' })
  userAccountId!: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash!: string;

  @Column('uuid', { name: 'created_by_account_id', nullable: true })
  createdByAccountId!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
