import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { PdRecordsModule } from '../pd-records/pd-records.module';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';

@Module({
  imports: [PdRecordsModule, EvidenceModule],
  providers: [DraftsService, DraftsResolver],
})
export class DraftsModule {}
