import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PdRecordModel } from '../pd-records/pd-record.model';

@ObjectType('TrustedIssuer', { description: 'A badge issuer the district trusts, identified by its issuer id (never by name).' })
export class TrustedIssuerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The issuer id badges carry: did:web:…, did:key:… or an https IRI.' })
  issuerId!: string;

  @Field(() => String, { description: "HR's name for the issuer (a label; badges are never matched by it)." })
  name!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String], { description: 'Signing keys HR pinned for this issuer (did:key ids, JWK thumbprint URNs, key URLs).' })
  pinnedKeys!: string[];

  @Field(() => String, { nullable: true, description: 'The catalog issuer its badges are filed under, once there is one.' })
  catalogIssuerName!: string | null;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt!: string;
}

@ObjectType('WaitingIssuer', {
  description: 'An issuer id named by badges waiting in review that the district does not trust (yet).',
})
export class WaitingIssuerModel {
  @Field(() => String, { description: 'The issuer id the badges name (a claim).' })
  issuerId!: string;

  @Field(() => [String], { description: 'The names the badges give this issuer (claims, never used to match).' })
  claimedNames!: string[];

  @Field(() => [String], { description: 'The signing keys seen on these badges (what HR could pin).' })
  keyIds!: string[];

  @Field(() => Int)
  badgeCount!: number;

  @Field(() => [PdRecordModel], { description: 'The waiting badge records, oldest first (at most 20).' })
  badges!: PdRecordModel[];
}

@ObjectType('BadgeFinding', { description: 'One check of an imported badge, as reviewers see it.' })
export class BadgeFindingModel {
  @Field(() => String, { description: 'SIGNATURE, ISSUER, KEY, RECIPIENT or CLAIM.' })
  check!: string;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String)
  detail!: string;
}

@ObjectType('BadgeVerification', { description: 'What was and was not verified for an imported badge, and what it claims.' })
export class BadgeVerificationModel {
  @Field(() => String, { description: 'The issuer id the badge names.' })
  issuerId!: string;

  @Field(() => String, { nullable: true, description: 'The issuer name the badge gives (a claim).' })
  issuerName!: string | null;

  @Field(() => String, { nullable: true, description: 'The key that verified the signature, if any.' })
  keyId!: string | null;

  @Field(() => Boolean, { description: 'Whether the district trusted who vouched for it at import.' })
  trusted!: boolean;

  @Field(() => String, { nullable: true, description: 'Hours the badge states (exact decimal): shown, never counted.' })
  claimedHours!: string | null;

  @Field(() => String, { nullable: true, description: "The catalog item's hours at import (what counts)." })
  catalogHours!: string | null;

  @Field(() => Boolean, { description: 'The badge claims more than its catalog item (or has none).' })
  claimExceedsCatalog!: boolean;

  @Field(() => [BadgeFindingModel])
  findings!: BadgeFindingModel[];
}

@InputType('TrustedIssuerInput')
export class TrustedIssuerInput {
  @Field(() => String, { description: 'did:web:…, did:key:… or an https IRI, exactly as badges carry it.' })
  issuerId!: string;

  @Field(() => String, { description: '1 to 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Why the district trusts it; at most 1000 characters.' })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'Keys to pin (at most 20). A did:key issuer needs its key pinned.' })
  pinnedKeys?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'File its badges under this existing catalog issuer (chosen by id).' })
  catalogIssuerId?: string | null;
}
