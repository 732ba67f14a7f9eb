import { useQuery } from '@apollo/client/react';
import { EducatorCreditDocument, type RenewalEvaluationFieldsFragment } from '../../../gql/graphql';

/** What each record counts toward one license's renewal, in that state's unit. */
export interface RenewalCredit {
  /** The state's unit, e.g. "Act 48 hours". */
  unitName: string;
  /** The license the figures are for, e.g. "PA Instructional II". */
  licenseName: string;
  /** Credited in the current cycle, by record id (records absent here count nothing in it). */
  byRecord: ReadonlyMap<string, string>;
}

/**
 * The converter's credit per record for the educator's first license (the renewal card's figures,
 * from the same query, so the cache answers it), or null without a license.
 */
export function renewalCreditOf(renewals: readonly RenewalEvaluationFieldsFragment[]): RenewalCredit | null {
  const renewal = renewals[0];
  if (!renewal) return null;
  const byRecord = new Map<string, string>();
  for (const line of renewal.explanation) {
    if (line.kind !== 'record' || !line.counted || !line.recordId || line.hypothetical) continue;
    byRecord.set(line.recordId, line.credited);
  }
  return {
    unitName: renewal.unitName,
    licenseName: `${renewal.stateCode} ${renewal.licenseTypeName}`,
    byRecord,
  };
}

export function useRenewalCredit(educatorId: string | null | undefined): RenewalCredit | null {
  const { data } = useQuery(EducatorCreditDocument, { variables: { id: educatorId ?? '' }, skip: !educatorId });
  return renewalCreditOf(data?.educator?.renewals ?? []);
}
