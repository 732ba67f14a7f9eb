import { Module } from '@nestjs/common';
import { PdRecordsModule } from '../pd-records/pd-records.module';
import { DuplicatesService } from './duplicates.service';
import { RecordIntegrityResolver } from './record-integrity.resolver';
import { VoidingService } from './voiding.service';

@Module({
  imports: [PdRecordsModule],
  providers: [DuplicatesService, VoidingService, RecordIntegrityResolver],
  exports: [DuplicatesService],
})
export class RecordIntegrityModule {}
