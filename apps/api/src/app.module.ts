import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from './audit/audit.module';
import { AuditBrowseModule } from './audit/audit-browse.module';
import { AuthModule } from './auth/auth.module';
import { BadgesModule } from './badges/badges.module';
import { CatalogModule } from './catalog/catalog.module';
import { RenewalsModule } from './renewals/renewals.module';
import { AppConfig } from './config/app-config';
import { configModule, ConfigOptions } from './config/config.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { DatabaseModule } from './database/database.module';
import { entities } from './entities';
import { DistrictRulesModule } from './district-rules/district-rules.module';
import { SalarySchedulesModule } from './salary-schedules/salary-schedules.module';
import { DistrictsModule } from './districts/districts.module';
import { DraftsModule } from './drafts/drafts.module';
import { EducatorsModule } from './educators/educators.module';
import { EvidenceModule } from './evidence/evidence.module';
import { GoalsModule } from './goals/goals.module';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { loggingModule } from './logging/logging.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MicroCredentialsModule } from './micro-credentials/micro-credentials.module';
import { PdRecordsModule } from './pd-records/pd-records.module';
import { RecordIntegrityModule } from './record-integrity/record-integrity.module';
import { RenewalStandingModule } from './renewal-standing/renewal-standing.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewModule } from './review/review.module';
import { SchoolsModule } from './schools/schools.module';
import { SecretsModule } from './secrets/secrets.module';
import { SeedModule } from './seed/seed.module';
import { SignInOidcModule } from './sign-in-oidc/sign-in-oidc.module';
import { StaffModule } from './staff/staff.module';
import { StoredResponses } from './stored-responses/stored-responses';
import { StoredResponsesModule } from './stored-responses/stored-responses.module';

@Module({})
export class AppModule {
  static register(options: ConfigOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        configModule(options),
        loggingModule,
        SecretsModule,
        DatabaseModule.forRoot(entities),
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [StoredResponsesModule],
          inject: [ConfigService, StoredResponses],
          useFactory: (config: AppConfig, stored: StoredResponses) => graphqlOptions(config, [stored.plugin()]),
        }),
        AuthModule,
        SignInOidcModule,
        DistrictsModule,
        SchoolsModule,
        EducatorsModule,
        CatalogModule,
        PdRecordsModule,
        RecordIntegrityModule,
        MicroCredentialsModule,
        DistrictRulesModule,
        SalarySchedulesModule,
        RenewalsModule,
        RenewalStandingModule,
        ReportsModule,
        StaffModule,
        GoalsModule,
        DashboardsModule,
        EvidenceModule,
        BadgesModule,
        DraftsModule,
        ReviewModule,
        AuditBrowseModule,
        ImportsModule,
        NotificationsModule,
        HealthModule,
        SeedModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
