import { Module } from '@nestjs/common';
import { DistrictRulesModule } from '../district-rules/district-rules.module';
import { EducatorsModule } from '../educators/educators.module';
import { EducatorRenewalsResolver } from './educator-renewals.resolver';
import { OwnEvaluationStore } from './own-evaluation-store';
import { RenewalsResolver } from './renewals.resolver';
import { RenewalsService } from './renewals.service';

/** The converter (`@pd-ledger/credit-rules`) wired into the API for one license: renewals, lanes, what-ifs, presets, portability. */
@Module({
  imports: [EducatorsModule, DistrictRulesModule],
  providers: [RenewalsService, OwnEvaluationStore, RenewalsResolver, EducatorRenewalsResolver],
  exports: [RenewalsService],
})
export class RenewalsModule {}
