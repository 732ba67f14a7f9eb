import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { EducatorsModule } from '../educators/educators.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { EducatorPdRecordsResolver } from './educator-pd-records.resolver';
import { PdRecordEvidenceResolver } from './pd-record-evidence.resolver';
import { PdRecordsResolver } from './pd-records.resolver';
import { PdRecordsService } from './pd-records.service';

@Module({
  imports: [EducatorsModule, CatalogModule, EvidenceModule],
  providers: [PdRecordsService, PdRecordsResolver, EducatorPdRecordsResolver, PdRecordEvidenceResolver],
  exports: [PdRecordsService],
})
export class PdRecordsModule {}
