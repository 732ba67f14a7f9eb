import { Module } from '@nestjs/common';
import { DistrictRulesModule } from '../district-rules/district-rules.module';
import { RenewalsModule } from '../renewals/renewals.module';
import { RenewalScanService } from './renewal-scan.service';
import { RenewalStandingStore } from './renewal-standing-store';

/** Many educators' renewal standing at once: the batch scan and the stored standings that reports, goals, dashboards and staff read. */
@Module({
  imports: [RenewalsModule, DistrictRulesModule],
  providers: [RenewalScanService, RenewalStandingStore],
  exports: [RenewalScanService, RenewalStandingStore],
})
export class RenewalStandingModule {}
