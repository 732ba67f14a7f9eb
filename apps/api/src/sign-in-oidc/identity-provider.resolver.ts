import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Public, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import {
  IdentityProviderInput,
  IdentityProviderSettingsModel,
  IdentityProviderSetupModel,
  IdentityProviderSignOutModel,
  SignInMethodModel,
} from './identity-provider.model';
import { IdentityProviderSettingsService } from './identity-provider-settings.service';
import { OidcSignInService } from './oidc-sign-in.service';

/** HR's settings for the district's OpenID Connect provider, and the sign-in page's question. */
@Resolver()
export class IdentityProviderResolver {
  constructor(
    private readonly settings: IdentityProviderSettingsService,
    private readonly oidc: OidcSignInService,
  ) {}

  @Roles(Role.HR_ADMIN)
  @Query(() => IdentityProviderSetupModel, {
    description:
      "The district's OpenID Connect provider and the addresses to register with it (HR). The client secret is never returned.",
  })
  identityProvider(@CurrentViewer() viewer: Viewer): Promise<IdentityProviderSetupModel> {
    return this.settings.get(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => IdentityProviderSettingsModel, {
    description:
      "Sets the district's OpenID Connect provider (HR). A changed issuer, client id or secret must be verified again by an HR sign-in through it. Audited without the secret.",
  })
  setIdentityProvider(
    @Args('input', { type: () => IdentityProviderInput }) input: IdentityProviderInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<IdentityProviderSettingsModel> {
    return this.settings.set(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => Boolean, {
    description: "Removes the district's provider (HR); refused while password sign-in is off. Audited.",
  })
  removeIdentityProvider(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext): Promise<boolean> {
    return this.settings.remove(viewer, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => IdentityProviderSettingsModel, {
    description:
      "Makes the provider the only way in (password sign-in refused for the district's accounts) or turns passwords back on (HR). Turning passwords off needs a verified provider. Audited.",
  })
  setPasswordSignInDisabled(
    @Args('disabled', { type: () => Boolean }) disabled: boolean,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<IdentityProviderSettingsModel> {
    return this.settings.setPasswordSignInDisabled(viewer, disabled, context.req);
  }

  @Public()
  @Query(() => SignInMethodModel, {
    description: "How an e-mail signs in: the provider of its domain's district, if any. Answered by the domain only.",
  })
  signInMethod(@Args('email', { type: () => String }) email: string): Promise<SignInMethodModel> {
    return this.settings.signInMethod(email);
  }

  @Roles(...ALL_ROLES)
  @Query(() => IdentityProviderSignOutModel, {
    description:
      "The district provider's sign-out address (its end_session_endpoint), offered after signing out of PD Ledger; url is null when it has none.",
  })
  identityProviderSignOut(@CurrentViewer() viewer: Viewer): Promise<IdentityProviderSignOutModel> {
    return this.oidc.signOut(viewer.districtId);
  }
}
