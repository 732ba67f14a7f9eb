import { Module } from '@nestjs/common';
import { RenewalsModule } from '../renewals/renewals.module';
import { SchoolsModule } from '../schools/schools.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ imports: [SchoolsModule, RenewalsModule], providers: [StaffService, StaffResolver], exports: [StaffService] })
export class StaffModule {}
