import { Module } from '@nestjs/common';
import { EducatorsModule } from '../educators/educators.module';
import { CreditResolver } from './credit.resolver';
import { CreditService } from './credit.service';
import { DistrictRulesResolver } from './district-rules.resolver';
import { DistrictRulesService } from './district-rules.service';
import { EducatorCreditResolver } from './educator-credit.resolver';

/** The converter (`@pd-ledger/credit-rules`) wired into the API: renewals, lanes, what-ifs, presets, district rules, portability. */
@Module({
  imports: [EducatorsModule],
  providers: [CreditService, CreditResolver, EducatorCreditResolver, DistrictRulesService, DistrictRulesResolver],
  exports: [CreditService, DistrictRulesService],
})
export class CreditModule {}
