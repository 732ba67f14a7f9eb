import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { RecordIntegrityModule } from '../record-integrity/record-integrity.module';
import { BadgeImportService } from './badge-import.service';
import { BadgeOriginsResolver } from './badge-origins.resolver';
import { BadgeOriginsService } from './badge-origins.service';
import { BadgesController } from './badges.controller';
import { LocalIssuersService } from './local-issuers.service';
import { PdRecordBadgeVerificationResolver, TrustedIssuersResolver } from './trusted-issuers.resolver';
import { TrustedIssuersService } from './trusted-issuers.service';

@Module({
  imports: [EvidenceModule, RecordIntegrityModule],
  controllers: [BadgesController],
  providers: [
    BadgeImportService,
    LocalIssuersService,
    BadgeOriginsService,
    BadgeOriginsResolver,
    TrustedIssuersService,
    TrustedIssuersResolver,
    PdRecordBadgeVerificationResolver,
  ],
})
export class BadgesModule {}
