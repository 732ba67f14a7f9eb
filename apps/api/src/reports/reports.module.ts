import { Module } from '@nestjs/common';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';
import { RenewalsModule } from '../renewals/renewals.module';
import { DistrictsModule } from '../districts/districts.module';
import { SchoolsModule } from '../schools/schools.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { LaneChangeReportService } from './lane-change-report.service';
import { RelicensureReportService } from './relicensure-report.service';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { StateHourUploadService } from './state-hour-upload.service';
import { TranscriptService } from './transcript.service';

/** Relicensure, state hour-upload, lane-change and transcript reports: GraphQL screens and HTTP exports. */
@Module({
  imports: [RenewalsModule, RenewalStandingModule, SchoolsModule, DistrictsModule, EvidenceModule],
  controllers: [ReportsController],
  providers: [RelicensureReportService, StateHourUploadService, LaneChangeReportService, TranscriptService, ReportsResolver],
  exports: [RelicensureReportService],
})
export class ReportsModule {}
