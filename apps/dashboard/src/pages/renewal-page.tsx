import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { CreditPanels } from '../features/renewal/components/educator-credit-section';
import { TranscriptDownload } from '../features/reports/components/transcript-download';
import { EducatorCreditDocument } from '../gql/graphql';

/** A teacher's renewal progress in the state's unit, salary-lane progress, and why each record counts. */
export function RenewalPage() {
  const viewer = useViewer();
  const educatorId = viewer.educator?.id ?? '';
  // The viewer's own educator, through educator(id): the API applies the same access rule as everywhere.
  const { data, error, loading, refetch } = useQuery(EducatorCreditDocument, { variables: { id: educatorId }, skip: !educatorId });
  if (error && !data) return <ErrorState error={error} title="Your renewal could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Evaluating your renewal…" />;
  const educator = educatorId ? data?.educator : null;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/" size="sm">
          ← My professional development
        </Anchor>
        <Title order={1}>My renewal</Title>
        <Text c="dimmed">Your license renewal and salary lane, counted from your approved and verified PD under your state's and district's rules.</Text>
        {educator && educator.renewals.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <TranscriptDownload educatorId={educator.id} />
          </div>
        )}
      </div>
      {educator ? (
        <CreditPanels renewals={educator.renewals} lane={educator.lane ?? null} />
      ) : (
        <EmptyState title="No educator record">Your account is not linked to an educator record, so there is nothing to evaluate.</EmptyState>
      )}
    </Stack>
  );
}
