import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { EducatorCreditDocument } from '../../../gql/graphql';
import { LaneAtAGlance } from '../../lane/components/lane-at-a-glance';
import { RenewalAtAGlance } from './renewal-at-a-glance';

/** The teacher home's first screen: renewal and salary-lane progress side by side. */
export function MyProgressOverview({ educatorId }: { educatorId: string }) {
  const { data, error, loading, refetch } = useQuery(EducatorCreditDocument, { variables: { id: educatorId } });
  if (error && !data)
    return <ErrorState error={error} title="Your renewal and lane progress could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Evaluating your renewal and salary lane…" />;
  if (!data) return null;
  const { renewals, lane } = data.educator;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {renewals.length === 0 ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="glance-no-renewal">
          <Title order={2} size="h3" id="glance-no-renewal">
            Renewal
          </Title>
          <Text size="sm" mt="xs">
            No license with a state rule set is on record, so there is no renewal to track. If you hold a license, ask HR to add
            it to your record.
          </Text>
        </Paper>
      ) : (
        renewals.map((renewal) => <RenewalAtAGlance key={renewal.licenseId} renewal={renewal} />)
      )}
      {lane ? (
        <LaneAtAGlance lane={lane} />
      ) : (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="glance-no-lane">
          <Title order={2} size="h3" id="glance-no-lane">
            Salary lane
          </Title>
          <Text size="sm" mt="xs">
            No salary schedule, lane or step is on record for you, so lane progress cannot be shown. HR can add your lane and
            step.
          </Text>
        </Paper>
      )}
    </SimpleGrid>
  );
}
