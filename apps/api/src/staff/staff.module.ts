import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module';
import { SchoolsModule } from '../schools/schools.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ imports: [SchoolsModule, CreditModule], providers: [StaffService, StaffResolver], exports: [StaffService] })
export class StaffModule {}
