import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { RecordIntegrityModule } from '../record-integrity/record-integrity.module';
import { BadgeImportService } from './badge-import.service';
import { BadgeOriginsResolver } from './badge-origins.resolver';
import { BadgeOriginsService } from './badge-origins.service';
import { BadgesController } from './badges.controller';

@Module({
  imports: [EvidenceModule, RecordIntegrityModule],
  controllers: [BadgesController],
  providers: [BadgeImportService, BadgeOriginsService, BadgeOriginsResolver],
})
export class BadgesModule {}
