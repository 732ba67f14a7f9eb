import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runPendingMigrations } from './run-migrations';

/** Brings the schema up to date before anything else touches the database. */
@Injectable()
export class DatabaseStartup implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const executed = await runPendingMigrations(this.dataSource);
    this.logger.log(executed.length ? `Ran ${executed.join(', ')}` : 'Schema is up to date');
  }
}
