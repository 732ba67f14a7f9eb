import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('IdentityProviderSettings', {
  description:
    "The district's OpenID Connect provider as HR sees it. The client secret is never returned, only whether one is set.",
})
export class IdentityProviderSettingsModel {
  @Field({ description: 'The name people see on the sign-in button ("Sign in with <displayName>").' })
  displayName!: string;

  @Field({
    description: "The provider's issuer URL; its discovery document is read from <issuerUrl>/.well-known/openid-configuration.",
  })
  issuerUrl!: string;

  @Field()
  clientId!: string;

  @Field({ description: 'Whether a client secret is stored (sealed). The secret itself is write-only.' })
  clientSecretSet!: boolean;

  @Field(() => [String], { description: 'E-mail domains whose sign-in page offers this provider.' })
  emailDomains!: string[];

  @Field({
    description:
      'Whether an HR admin of the district has signed in through the provider since its issuer, client id or secret last changed.',
  })
  verified!: boolean;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who signed in to verify it.' })
  verifiedBy!: string | null;

  @Field({ description: "Whether password sign-in is refused for the district's accounts (the provider is the only way in)." })
  passwordSignInDisabled!: boolean;
}

@ObjectType('IdentityProviderSetup', {
  description: "What HR needs to set up the district's provider, and the provider once set.",
})
export class IdentityProviderSetupModel {
  @Field(() => IdentityProviderSettingsModel, {
    nullable: true,
    description: 'The provider, or null when the district has none.',
  })
  provider!: IdentityProviderSettingsModel | null;

  @Field({ description: 'The redirect URI to register with the provider (PUBLIC_URL + /api/auth/oidc/callback).' })
  redirectUri!: string;

  @Field({ description: 'The address to register as post-logout redirect URI (PUBLIC_URL + /sign-in).' })
  signOutRedirectUri!: string;
}

@ObjectType('IdentityProviderSignOut', {
  description: "Where to sign out of the district's provider after signing out of PD Ledger.",
})
export class IdentityProviderSignOutModel {
  @Field(() => String, { nullable: true })
  providerName!: string | null;

  @Field(() => String, { nullable: true, description: "The provider's end_session_endpoint, or null when it has none." })
  url!: string | null;
}

@InputType('IdentityProviderInput')
export class IdentityProviderInput {
  @Field()
  displayName!: string;

  @Field()
  issuerUrl!: string;

  @Field()
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'A new client secret; null or absent keeps the stored one.' })
  clientSecret?: string | null;

  @Field(() => [String])
  emailDomains!: string[];
}

@ObjectType('SignInMethod', {
  description:
    'How an e-mail address signs in, decided by its domain alone (never by whether an account exists), so every address of a domain gets the same answer.',
})
export class SignInMethodModel {
  @Field(() => String, { nullable: true, description: "The provider's display name when the domain's district has one." })
  providerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the browser goes to sign in with the provider.' })
  providerSignInPath!: string | null;

  @Field({ description: "False when the domain's district signs in through its provider only." })
  passwordSignIn!: boolean;
}
