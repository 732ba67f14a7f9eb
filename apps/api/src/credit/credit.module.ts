import { Module } from '@nestjs/common';
import { EducatorsModule } from '../educators/educators.module';
import { CreditResolver } from './credit.resolver';
import { CreditService } from './credit.service';
import { EducatorCreditResolver } from './educator-credit.resolver';

/** The converter (`@pd-ledger/credit-rules`) wired into the API: renewals, lanes, what-ifs, presets. */
@Module({ imports: [EducatorsModule], providers: [CreditService, CreditResolver, EducatorCreditResolver] })
export class CreditModule {}
