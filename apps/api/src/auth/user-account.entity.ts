import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../access/role';

@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'district_id' })
  districtId!: string;

  /** Stored lower-case; unique across all districts because it is the sign-in name. */
  @Column('text', { unique: true })
  email!: string;

  /** argon2id PHC string (parameters and salt included); null until an imported person sets one. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  /** The roster's key (same as the educator's) for accounts created by a roster import. */
  @Column('text', { name: 'source_id', nullable: true })
  sourceId!: string | null;

  @Column('text')
  role!: Role;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('uuid', { name: 'educator_id', nullable: true })
  educatorId!: string | null;

  @Column('boolean', { default: false })
  disabled!: boolean;

  /** When HR last reset this account's password, and who (imports/password-set.service.ts). */
  @Column('timestamptz', { name: 'password_reset_at', nullable: true })
  passwordResetAt!: Date | null;

  @Column('uuid', { name: 'password_reset_by_account_id', nullable: true })
  passwordResetByAccountId!: string | null;

  /** The owner has not yet dismissed the "your password was reset" notice. */
  @Column('boolean', { name: 'password_reset_notice_pending', default: false })
  passwordResetNoticePending!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
