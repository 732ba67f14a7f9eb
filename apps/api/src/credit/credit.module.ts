import { Module } from '@nestjs/common';
import { EducatorsModule } from '../educators/educators.module';
import { CreditResolver } from './credit.resolver';
import { CreditService } from './credit.service';
import { DistrictRulesResolver } from './district-rules.resolver';
import { DistrictRulesService } from './district-rules.service';
import { EducatorCreditResolver } from './educator-credit.resolver';
import { RenewalScanService } from './renewal-scan.service';
import { RenewalStandingStore } from './renewal-standing-store';

/** The converter (`@pd-ledger/credit-rules`) wired into the API: renewals, lanes, what-ifs, presets, scans, district rules, portability. */
@Module({
  imports: [EducatorsModule],
  providers: [CreditService, RenewalScanService, RenewalStandingStore, CreditResolver, EducatorCreditResolver, DistrictRulesService, DistrictRulesResolver],
  exports: [CreditService, RenewalScanService, RenewalStandingStore, DistrictRulesService],
})
export class CreditModule {}
