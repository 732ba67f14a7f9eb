import { Module } from '@nestjs/common';
import { CredentialIssuerService } from './credential-issuer.service';
import { CredentialsController } from './credentials.controller';
import { MicroCredentialsResolver } from './micro-credentials.resolver';
import { MicroCredentialsService } from './micro-credentials.service';

@Module({
  controllers: [CredentialsController],
  providers: [MicroCredentialsService, CredentialIssuerService, MicroCredentialsResolver],
})
export class MicroCredentialsModule {}
