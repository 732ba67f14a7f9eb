import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/schools.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ imports: [SchoolsModule], providers: [StaffService, StaffResolver] })
export class StaffModule {}
