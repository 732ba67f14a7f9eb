import { Module } from '@nestjs/common';
import { FiguresSnapshotModule } from '../figures-snapshot/figures-snapshot.module';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';
import { SchoolsModule } from '../schools/schools.module';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({
  imports: [FiguresSnapshotModule, SchoolsModule, RenewalStandingModule],
  providers: [StaffService, StaffResolver],
  exports: [StaffService],
})
export class StaffModule {}
