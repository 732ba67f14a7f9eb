import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { EducatorCreditDocument } from '../../../gql/graphql';
import { LaneProgress } from '../../lane/components/lane-progress';
import { RenewalCard } from './renewal-card';

/** Renewal and lane progress of one educator (their own page, or a principal's / HR's view). */
export function EducatorCreditSection({ educatorId, title = 'Renewal and salary lane' }: { educatorId: string; title?: string }) {
  const { data, error, loading, refetch } = useQuery(EducatorCreditDocument, { variables: { id: educatorId } });
  return (
    <section aria-labelledby="credit-heading">
      <Title order={2} size="h3" id="credit-heading" mb="xs">
        {title}
      </Title>
      {error && !data ? (
        <ErrorState error={error} title="Renewal progress could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Evaluating renewal progress…" />
      ) : data ? (
        <CreditPanels renewals={data.educator.renewals} lane={data.educator.lane ?? null} />
      ) : null}
    </section>
  );
}

export function CreditPanels({
  renewals,
  lane,
  openWhy = null,
}: {
  renewals: Parameters<typeof RenewalCard>[0]['renewal'][];
  lane: Parameters<typeof LaneProgress>[0]['lane'] | null;
  /** A license id, or "lane": the explanation to show opened (a link from a number on the home). */
  openWhy?: string | null;
}) {
  return (
    <Stack gap="md">
      {renewals.length === 0 ? (
        <Text>No license with a state rule set is on record, so there is no renewal to evaluate.</Text>
      ) : (
        renewals.map((renewal) => (
          <RenewalCard key={renewal.licenseId} renewal={renewal} headingLevel={3} whyOpen={openWhy === renewal.licenseId} />
        ))
      )}
      {lane ? (
        <LaneProgress lane={lane} headingLevel={3} whyOpen={openWhy === 'lane'} />
      ) : (
        <Text>No salary schedule or lane is on record for lane progress.</Text>
      )}
    </Stack>
  );
}
