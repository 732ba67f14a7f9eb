import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { dataSourceOptions, EntityList } from './data-source-options';
import { DatabaseEndpoint } from './database-endpoint';
import { installDatabaseScope } from './database-scope';
import { installDatabaseUnavailableErrors } from './database-unavailable';
import { DatabaseStartup } from './database-startup';

@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
export class DatabaseEndpointModule {}

/** The TypeORM connection; `forRoot(entities)` with the list in `src/entities.ts`. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseEndpointModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseEndpointModule],
          inject: [ConfigService, DatabaseEndpoint],
          useFactory: async (config: AppConfig, endpoint: DatabaseEndpoint) => {
            installDatabaseScope();
            installDatabaseUnavailableErrors();
            await endpoint.start();
            // Migrations run as the owner before the API role's pool opens (the migrations create
            // and grant that role).
            const executed = await endpoint.prepare();
            new Logger('Migrations').log(executed.length ? `Ran ${executed.join(', ')}` : 'Schema is up to date');
            return {
              ...dataSourceOptions(
                endpoint.apiUrl,
                configValue(config, 'DATABASE_POOL_SIZE'),
                entities,
                configValue(config, 'DATABASE_POOL_WAIT_MS'),
              ),
              // Fail fast with the real error instead of retrying for half a minute.
              retryAttempts: 2,
              retryDelay: 1000,
            };
          },
        }),
      ],
      providers: [DatabaseStartup],
      exports: [DatabaseEndpointModule],
    };
  }
}
