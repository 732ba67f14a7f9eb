import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from './notification-kinds';

/** Where an email is. The migration's CHECK lists the same values. */
export enum EmailStatus {
  /** No SMTP server is configured (SMTP_URL): kept here for HR to read, never sent. */
  HELD = 'HELD',
  /** Waiting to be sent, or between retries. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every retry failed (see lastError). */
  FAILED = 'FAILED',
}

registerEnumType(EmailStatus, { name: 'EmailStatus', description: 'Where an email of the outbox is.' });

@ObjectType('Notification', { description: 'Something PD Ledger told the signed-in person.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'A path in the dashboard to act on it.' })
  link!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int)
  unreadCount!: number;

  @Field(() => [NotificationModel])
  rows!: NotificationModel[];
}

@ObjectType('NotificationPreference', { description: 'Whether the person gets one kind of notification by email too.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  label!: string;

  @Field()
  email!: boolean;
}

@ObjectType('EmailDelivery', { description: 'One email of the district outbox, as written.' })
export class EmailDeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => EmailStatus)
  status!: EmailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;
}

@ObjectType('EmailDeliveryPage')
export class EmailDeliveryPageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [EmailDeliveryModel])
  rows!: EmailDeliveryModel[];
}

@ObjectType('NotificationJobRun', { description: 'One run of a scheduled job for the district.' })
export class JobRunModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'DEADLINE_REMINDERS or WEEKLY_DIGEST.' })
  job!: string;

  @Field({ description: 'The day the run was for (YYYY-MM-DD).' })
  asOf!: string;

  @Field({ description: 'RUNNING, SUCCEEDED or FAILED (failed runs are retried with backoff).' })
  status!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int)
  notificationsCreated!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType('NotificationJobStatus', { description: 'The scheduled jobs and email, as HR sees them for the district.' })
export class NotificationJobStatusModel {
  @Field({ description: 'JOBS_ENABLED on this API instance.' })
  schedulerEnabled!: boolean;

  @Field({ description: 'The job queue started on this API instance.' })
  schedulerRunning!: boolean;

  @Field({ description: 'SMTP_URL is set: emails are sent. Otherwise they are held in the outbox.' })
  mailConfigured!: boolean;

  @Field(() => Int)
  emailsPending!: number;

  @Field(() => Int)
  emailsFailed!: number;

  @Field(() => Int)
  emailsHeld!: number;

  @Field(() => Int)
  emailsSent!: number;

  @Field(() => [JobRunModel], { description: 'The last 20 runs, newest first.' })
  recentRuns!: JobRunModel[];

  @Field(() => JobRunModel, { nullable: true })
  lastFailure!: JobRunModel | null;
}
