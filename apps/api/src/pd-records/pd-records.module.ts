import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { EducatorsModule } from '../educators/educators.module';
import { EducatorPdRecordsResolver } from './educator-pd-records.resolver';
import { PdRecordsResolver } from './pd-records.resolver';
import { PdRecordsService } from './pd-records.service';

@Module({
  imports: [EducatorsModule, CatalogModule],
  providers: [PdRecordsService, PdRecordsResolver, EducatorPdRecordsResolver],
  exports: [PdRecordsService],
})
export class PdRecordsModule {}
