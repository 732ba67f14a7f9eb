import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { PdRecordEvidenceResolver } from '../pd-records/pd-record-evidence.resolver';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, PdRecordEvidenceResolver],
  exports: [EvidenceService],
})
export class EvidenceModule {}
