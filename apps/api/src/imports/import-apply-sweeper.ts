import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseUnavailableKind } from '../database/database-unavailable';

/** How often each API process looks for applies cut off by an outage or a dead process. */
export const SWEEP_INTERVAL_MS = 10_000;
/** A mark younger than this may belong to an apply that is about to take its lock. */
export const SWEEP_GRACE_SECONDS = 15;

/**
 * Records import applies that were cut off (by a database outage or a process that died) as
 * FAILED with a message for HR, at start-up and every SWEEP_INTERVAL_MS, through
 * `pdledger_fail_interrupted_imports` (migration 1797200000000), which skips every run whose apply
 * still holds its district's import lock, in this process or another one.
 */
@Injectable()
export class ImportApplySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Marks the interrupted applies; returns how many. Never throws (the next sweep tries again). */
  sweep(graceSeconds = SWEEP_GRACE_SECONDS): Promise<number> {
    this.running ??= this.run(graceSeconds).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(graceSeconds: number): Promise<number> {
    try {
      const [row] = (await this.dataSource.query(`SELECT pdledger_fail_interrupted_imports($1) AS marked`, [
        graceSeconds,
      ])) as Array<{ marked: number }>;
      const marked = Number(row?.marked ?? 0);
      if (marked > 0) this.logger.warn(`Recorded ${marked} import apply(s) cut off by an outage as FAILED`);
      return marked;
    } catch (error) {
      // While the database is away the query runner has already logged it (rate-limited).
      if (!databaseUnavailableKind(error)) this.logger.error(`Sweeping interrupted import applies failed: ${String(error)}`);
      return 0;
    }
  }
}
