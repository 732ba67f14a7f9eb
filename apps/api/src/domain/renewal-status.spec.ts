import { RENEWAL_STATUSES } from '@pd-ledger/credit-rules';
import { RenewalStatus } from './evaluation.models';
import { toConverterRenewalStatus, toGraphQLRenewalStatus } from './renewal-status';

describe('renewal status mapping', () => {
  it.each(RENEWAL_STATUSES)('maps the converter status %s to GraphQL and back', (status) => {
    const graphql = toGraphQLRenewalStatus(status);
    expect(Object.values(RenewalStatus)).toContain(graphql);
    expect(toConverterRenewalStatus(graphql)).toBe(status);
  });

  it('covers every GraphQL status exactly once', () => {
    expect(RENEWAL_STATUSES.map(toGraphQLRenewalStatus).sort()).toEqual(Object.values(RenewalStatus).sort());
  });
});
