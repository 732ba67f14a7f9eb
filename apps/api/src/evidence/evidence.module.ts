import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { EvidenceLinkSigner } from './evidence-share-links';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceLinkSigner],
  exports: [EvidenceService, EvidenceLinkSigner],
})
export class EvidenceModule {}
