import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in attempt, kept for rate limiting across API replicas. Not district-owned. */
@Entity({ name: 'sign_in_attempt' })
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  ip!: string;

  @Column('boolean')
  succeeded!: boolean;

  @Column('timestamptz', { name: 'attempted_at', default: () => 'now()' })
  attemptedAt!: Date;
}
