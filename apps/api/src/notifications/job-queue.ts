import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { API_ROLE } from '../database/database-roles';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { returningRows } from '../common/returning-rows';

/** pg-boss's schema in the API's database. */
export const JOB_SCHEMA = 'pgboss';

/** The queues and how each treats repeats: 'stately' keeps one waiting and one running job per singleton key. */
export const QUEUES = {
  /** Daily at 06:00 UTC: one `notify-district` job per district (deadline reminders). */
  daily: 'notify-daily',
  /** Mondays at 07:00 UTC: one `notify-district` job per district (the digest). */
  weekly: 'notify-weekly',
  /** One district's reminders or digest for a day. */
  district: 'notify-district',
  /** One email of the outbox. */
  email: 'email-send',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** pg-boss's `db` option: run its statement on our transaction's connection. */
function onManager(manager: EntityManager): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: async (text, values) => ({ rows: returningRows(await manager.query(text, values)) }) };
}

/**
 * The job queue (pg-boss 10, tables in the `pgboss` schema of the API's own PostgreSQL; no other
 * server). pg-boss creates and migrates its schema and makes each queue's partition, which needs
 * the owner: `start()` does that on a short owner connection and grants the API role what it needs
 * to use the tables (rows only), then runs pg-boss as the API role like every request.
 *
 * Every replica may start one; pg-boss hands each job to one worker (`FOR UPDATE SKIP LOCKED`)
 * and sends each cron tick once however many replicas watch the schedule.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly endpoint: DatabaseEndpoint,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  /** Installs or upgrades the schema and the queues as the owner, then starts as the API role. */
  async start(): Promise<PgBoss> {
    if (this.boss) return this.boss;
    await this.install();
    const poll = configValue(this.config, 'JOBS_POLL_SECONDS');
    const boss = new PgBoss({
      connectionString: this.endpoint.apiUrl,
      schema: JOB_SCHEMA,
      migrate: false,
      max: 2,
      application_name: 'pd-ledger-jobs',
      // Polling is per worker; the monitors stay at pg-boss's pace unless polling is faster.
      monitorStateIntervalSeconds: Math.max(60, poll),
      maintenanceIntervalSeconds: 300,
      cronMonitorIntervalSeconds: Math.min(30, Math.max(1, Math.round(poll))),
      cronWorkerIntervalSeconds: Math.min(5, Math.max(1, Math.round(poll))),
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    return boss;
  }

  private async install(): Promise<void> {
    const owner = new PgBoss({
      connectionString: this.endpoint.url,
      schema: JOB_SCHEMA,
      migrate: true,
      supervise: false,
      schedule: false,
      max: 1,
    });
    owner.on('error', (error) => this.logger.error(`Job queue install: ${error.message}`));
    await owner.start();
    try {
      for (const name of Object.values(QUEUES)) {
        if (!(await owner.getQueue(name))) await owner.createQueue(name, { name, policy: 'stately' });
      }
      for (const statement of [
        `GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${API_ROLE}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${API_ROLE}`,
      ]) {
        await owner.getDb().executeSql(statement, []);
      }
    } finally {
      await owner.stop({ graceful: false, wait: true, close: true });
    }
  }

  private get started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not running (JOBS_ENABLED)');
    return this.boss;
  }

  send(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.started.send(queue, data, options);
  }

  /** Enqueues in the caller's transaction: the job exists exactly when the transaction commits. */
  sendInTransaction(
    manager: EntityManager,
    queue: QueueName,
    data: object,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return this.started.send(queue, data, { ...options, db: onManager(manager) } as PgBoss.SendOptions);
  }

  async work<T extends object>(queue: QueueName, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>): Promise<void> {
    await this.started.work<T>(
      queue,
      { pollingIntervalSeconds: configValue(this.config, 'JOBS_POLL_SECONDS'), includeMetadata: true, batchSize: 1 },
      async (jobs) => {
        for (const job of jobs) await handler(job);
      },
    );
  }

  async schedule(queue: QueueName, cron: string): Promise<void> {
    await this.started.schedule(queue, cron, {}, { tz: 'UTC' });
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
    // pg-boss's manager removes its stopped workers in a loop of its own (setImmediate, then 1 s
    // steps while a worker is still finishing its fetch) that stop() does not wait for; let it run
    // before the pool and the process (or a test file's module registry) go on closing.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  }

  /** Before the pool and the embedded database close (their shutdown hooks run later). */
  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }
}
