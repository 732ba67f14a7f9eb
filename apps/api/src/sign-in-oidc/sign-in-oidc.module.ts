import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityProviderResolver } from './identity-provider.resolver';
import { IdentityProviderSettingsService } from './identity-provider-settings.service';
import { OidcController } from './oidc.controller';
import { OidcSignInService } from './oidc-sign-in.service';

/** Sign-in through the district's OpenID Connect provider, and HR's settings for it. */
@Module({
  imports: [AuthModule],
  controllers: [OidcController],
  providers: [IdentityProviderSettingsService, OidcSignInService, IdentityProviderResolver],
})
export class SignInOidcModule {}
