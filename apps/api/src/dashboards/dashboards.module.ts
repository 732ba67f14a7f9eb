import { Module } from '@nestjs/common';
import { FiguresSnapshotModule } from '../figures-snapshot/figures-snapshot.module';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';
import { SchoolsModule } from '../schools/schools.module';
import { StaffModule } from '../staff/staff.module';
import { DashboardsResolver, SchoolDashboardResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/** The principal's and HR's home figures. */
@Module({
  imports: [FiguresSnapshotModule, RenewalStandingModule, SchoolsModule, StaffModule],
  providers: [DashboardsService, DashboardsResolver, SchoolDashboardResolver],
})
export class DashboardsModule {}
