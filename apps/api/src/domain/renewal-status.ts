import { RENEWAL_STATUSES, type RenewalStatus as ConverterStatus } from '@pd-ledger/credit-rules';
import { RenewalStatus } from './evaluation.models';

// The one mapping between the converter's spellings ('on_track') and the GraphQL enum (ON_TRACK).
// Both tables are complete records, so a status added on either side fails to compile here
// instead of slipping through a cast.
const TO_GRAPHQL: Record<ConverterStatus, RenewalStatus> = {
  complete: RenewalStatus.COMPLETE,
  on_track: RenewalStatus.ON_TRACK,
  at_risk: RenewalStatus.AT_RISK,
  behind: RenewalStatus.BEHIND,
  lapsed: RenewalStatus.LAPSED,
};
const TO_CONVERTER = Object.fromEntries(RENEWAL_STATUSES.map((s) => [TO_GRAPHQL[s], s])) as Record<
  RenewalStatus,
  ConverterStatus
>;

/** The GraphQL enum value of a converter renewal status. */
export function toGraphQLRenewalStatus(status: ConverterStatus): RenewalStatus {
  return TO_GRAPHQL[status];
}

/** The converter's spelling of a GraphQL renewal status. */
export function toConverterRenewalStatus(status: RenewalStatus): ConverterStatus {
  return TO_CONVERTER[status];
}
