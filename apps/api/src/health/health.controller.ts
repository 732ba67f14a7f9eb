import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/decorators';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  migrations: 'current' | 'pending' | 'unknown';
}

const HEALTH_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined); // a late failure after the timeout is not unhandled
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Readiness: the database answers and every migration has run. 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const report = await this.check();
    response
      .status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .setHeader('cache-control', 'no-store')
      .json(report);
  }

  async check(): Promise<HealthReport> {
    try {
      // Bounded: with every pooled connection busy or the server gone, answer 503 within seconds
      // rather than wait for the pool's own timeout.
      await withTimeout(this.dataSource.query('SELECT 1'), HEALTH_TIMEOUT_MS);
    } catch {
      return { status: 'unavailable', database: 'down', migrations: 'unknown' };
    }
    try {
      const pending = await withTimeout(this.dataSource.showMigrations(), HEALTH_TIMEOUT_MS);
      return pending
        ? { status: 'unavailable', database: 'up', migrations: 'pending' }
        : { status: 'ok', database: 'up', migrations: 'current' };
    } catch {
      return { status: 'unavailable', database: 'up', migrations: 'unknown' };
    }
  }
}
