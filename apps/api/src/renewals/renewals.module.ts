import { Module } from '@nestjs/common';
import { EducatorsModule } from '../educators/educators.module';
import { RenewalsResolver } from './renewals.resolver';
import { RenewalsService } from './renewals.service';
import { DistrictRulesResolver } from '../district-rules/district-rules.resolver';
import { DistrictRulesService } from '../district-rules/district-rules.service';
import { EducatorRenewalsResolver } from './educator-renewals.resolver';
import { RenewalScanService } from '../renewal-standing/renewal-scan.service';
import { RenewalStandingStore } from '../renewal-standing/renewal-standing-store';

/** The converter (`@pd-ledger/credit-rules`) wired into the API: renewals, lanes, what-ifs, presets, scans, district rules, portability. */
@Module({
  imports: [EducatorsModule],
  providers: [RenewalsService, RenewalScanService, RenewalStandingStore, RenewalsResolver, EducatorRenewalsResolver, DistrictRulesService, DistrictRulesResolver],
  exports: [RenewalsService, RenewalScanService, RenewalStandingStore, DistrictRulesService],
})
export class RenewalsModule {}
