import { Module } from '@nestjs/common';
import { SalarySchedulesResolver } from './salary-schedules.resolver';
import { SalarySchedulesService } from './salary-schedules.service';

/** The district's salary schedule versions: reading the one in force, the presets, HR choosing or editing. */
@Module({
  providers: [SalarySchedulesService, SalarySchedulesResolver],
  exports: [SalarySchedulesService],
})
export class SalarySchedulesModule {}
