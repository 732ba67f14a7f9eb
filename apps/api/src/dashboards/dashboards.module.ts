import { Module } from '@nestjs/common';
import { RenewalsModule } from '../renewals/renewals.module';
import { SchoolsModule } from '../schools/schools.module';
import { StaffModule } from '../staff/staff.module';
import { DashboardsResolver } from './dashboards.resolver';
import { DashboardsService } from './dashboards.service';

/** The principal's and HR's home figures (issue 6). */
@Module({ imports: [RenewalsModule, SchoolsModule, StaffModule], providers: [DashboardsService, DashboardsResolver] })
export class DashboardsModule {}
