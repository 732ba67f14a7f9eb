import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { DatabaseEndpoint } from './database-endpoint';
import { DatabaseStartup } from './database-startup';

@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
export class DatabaseEndpointModule {}

@Global()
@Module({
  imports: [
    DatabaseEndpointModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseEndpointModule],
      inject: [ConfigService, DatabaseEndpoint],
      useFactory: async (config: AppConfig, endpoint: DatabaseEndpoint) => {
        await endpoint.start();
        return {
          ...dataSourceOptions(endpoint.url, configValue(config, 'DATABASE_POOL_SIZE')),
          // Fail fast with the real error instead of retrying for half a minute.
          retryAttempts: 2,
          retryDelay: 1000,
        };
      },
    }),
  ],
  providers: [DatabaseStartup],
  exports: [DatabaseEndpointModule],
})
export class DatabaseModule {}
