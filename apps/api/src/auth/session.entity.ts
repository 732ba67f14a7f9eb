import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A server-side session. Only a SHA-256 hash of the cookie token is stored, so a leaked database
 * copy cannot be replayed as cookies.
 */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  @Column('uuid', { name: 'user_account_id' })
  userAccountId!: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;

  /** Absolute expiry; idle expiry is last_seen_at plus the configured idle time. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
