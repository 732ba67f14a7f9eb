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
      await this.dataSource.query('SELECT 1');
    } catch {
      return { status: 'unavailable', database: 'down', migrations: 'unknown' };
    }
    try {
      const pending = await this.dataSource.showMigrations();
      return pending
        ? { status: 'unavailable', database: 'up', migrations: 'pending' }
        : { status: 'ok', database: 'up', migrations: 'current' };
    } catch {
      return { status: 'unavailable', database: 'up', migrations: 'unknown' };
    }
  }
}
