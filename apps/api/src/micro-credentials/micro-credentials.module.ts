import { Module } from '@nestjs/common';
import { CredentialIssuerService } from './credential-issuer.service';
import { CredentialsController } from './credentials.controller';
import { MicroCredentialsResolver } from './micro-credentials.resolver';
import { MicroCredentialsService } from './micro-credentials.service';
import { RecordClrService } from './record-clr.service';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';

@Module({
  imports: [RenewalStandingModule],
  controllers: [CredentialsController],
  providers: [MicroCredentialsService, CredentialIssuerService, RecordClrService, MicroCredentialsResolver],
})
export class MicroCredentialsModule {}
