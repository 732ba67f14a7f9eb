import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { todayIsoDate } from '../common/school-year';
import { AppConfig, configValue } from '../config/app-config';
import { runInDistrict } from '../database/database-scope';
import { EmailDeliveryService } from './email-delivery.service';
import { JobQueue, QUEUES } from './job-queue';
import { NotificationService } from './notifications.service';
import { ScheduledJob, ScheduledNotificationsService } from './scheduled-notifications.service';

/** Deadline reminders every day at 06:00 UTC; the digest on Mondays at 07:00 UTC. */
export const DAILY_CRON = '0 6 * * *';
export const WEEKLY_CRON = '0 7 * * 1';

/**
 * A district's run is retried this often, first after a minute, then doubling; it may run for up
 * to three hours (a 100,000-educator scan) before pg-boss counts it as failed.
 */
const DISTRICT_RETRY = { retryLimit: 4, retryDelay: 60, retryBackoff: true, expireInSeconds: 3 * 3600 };

/** The start-up run of the day's reminders waits this long. */
const STARTUP_DELAY_SECONDS = 60;

/** A PENDING email older than this without a job (a crash between commit and send) is enqueued again. */
const STALE_EMAIL_MINUTES = 10;

interface FanOutData {
  asOf?: string;
}

interface DistrictJobData {
  job: ScheduledJob;
  districtId: string;
  asOf: string;
}

interface EmailJobData {
  districtId: string;
  deliveryId: string;
}

/** The Monday on or before `day` (YYYY-MM-DD): names the digest's week. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/**
 * The scheduled work on the job queue: the daily and weekly cron schedules fan out one job per
 * district (each run in that district's database scope), and each email is its own job. Started
 * at application bootstrap when JOBS_ENABLED; every replica may run it (see JobQueue).
 */
@Injectable()
export class NotificationJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationJobs.name);

  constructor(
    @Inject(ConfigService) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly queue: JobQueue,
    private readonly scheduled: ScheduledNotificationsService,
    private readonly deliveries: EmailDeliveryService,
    private readonly notifications: NotificationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!configValue(this.config, 'JOBS_ENABLED')) {
      this.logger.log('Scheduled jobs are off (JOBS_ENABLED=false): no reminders, digests or email sending on this instance');
      return;
    }
    await this.start();
    // Today's reminders at start-up too (a new install, or a replica down at 06:00): each is made
    // once. A minute later, so that start-up work (the demo seed) has finished first.
    await this.triggerDaily(todayIsoDate(), STARTUP_DELAY_SECONDS);
  }

  async start(): Promise<void> {
    await this.queue.start();
    await this.queue.work<FanOutData>(QUEUES.daily, (job) => this.fanOut('DEADLINE_REMINDERS', job.data.asOf ?? todayIsoDate()));
    await this.queue.work<FanOutData>(QUEUES.weekly, (job) =>
      this.fanOut('WEEKLY_DIGEST', weekStart(job.data.asOf ?? todayIsoDate())),
    );
    await this.queue.work<DistrictJobData>(QUEUES.district, (job) =>
      runInDistrict(job.data.districtId, async () => {
        await this.scheduled.run(job.data.job, job.data.districtId, job.data.asOf);
        if (job.data.job === 'DEADLINE_REMINDERS') await this.requeueStaleEmails(job.data.districtId);
      }),
    );
    await this.queue.work<EmailJobData>(QUEUES.email, (job) => this.sendEmail(job));
    await this.queue.schedule(QUEUES.daily, DAILY_CRON);
    await this.queue.schedule(QUEUES.weekly, WEEKLY_CRON);
    this.logger.log(`Scheduled jobs started: reminders "${DAILY_CRON}", digest "${WEEKLY_CRON}" (UTC)`);
  }

  /** Asks for the day's reminders (one job waiting per day however many replicas ask: singleton key). */
  triggerDaily(asOf: string, afterSeconds = 0): Promise<string | null> {
    return this.queue.send(QUEUES.daily, { asOf }, { singletonKey: asOf, startAfter: afterSeconds });
  }

  triggerWeekly(asOf: string): Promise<string | null> {
    return this.queue.send(QUEUES.weekly, { asOf }, { singletonKey: weekStart(asOf) });
  }

  private async fanOut(job: ScheduledJob, asOf: string): Promise<void> {
    const districts: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d AS id FROM pdledger_notification_districts() d`,
    );
    for (const { id } of districts) {
      await this.queue.send(QUEUES.district, { job, districtId: id, asOf } satisfies DistrictJobData, {
        singletonKey: `${job}:${id}:${asOf}`,
        ...DISTRICT_RETRY,
      });
    }
  }

  private async sendEmail(job: PgBoss.JobWithMetadata<EmailJobData>): Promise<void> {
    const lastAttempt = job.retryCount >= job.retryLimit;
    await runInDistrict(job.data.districtId, () =>
      this.deliveries.deliver(job.data.districtId, job.data.deliveryId, lastAttempt),
    );
  }

  private async requeueStaleEmails(districtId: string): Promise<void> {
    for (const id of await this.deliveries.stalePending(districtId, STALE_EMAIL_MINUTES)) {
      await this.notifications.enqueueEmail(null, districtId, id);
    }
  }
}
