import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
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
  const { data, error, loading, refetch } = useQuery(EducatorCreditDocument, {
    variables: { id: educatorId },
    skip: !educatorId,
  });
  // ?why=<licenseId>|lane opens that explanation (the home links each number here); #… scrolls to it.
  const [searchParams] = useSearchParams();
  const openWhy = searchParams.get('why');
  const { hash } = useLocation();
  const ready = Boolean(data);
  useEffect(() => {
    if (!ready || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
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
        <Text c="dimmed">
          Your license renewal and salary lane, counted from your approved and verified PD under your state's and district's
          rules.
        </Text>
        {educator && (
          <Anchor component={Link} to="/portability" size="sm">
            If I move: what my PD record is worth in another state →
          </Anchor>
        )}
        {educator && (
          <Group gap="sm" style={{ marginTop: 8 }}>
            {educator.renewals.length > 0 && <TranscriptDownload educatorId={educator.id} />}
            {/* Every counted record as one CLR 2.0 credential the district signs (each item's state credit inside). */}
            <Button component="a" href="/api/record/clr.json" download variant="light" size="sm">
              Download my whole record (signed CLR 2.0)
            </Button>
          </Group>
        )}
      </div>
      {educator ? (
        <CreditPanels renewals={educator.renewals} lane={educator.lane ?? null} openWhy={openWhy} />
      ) : (
        <EmptyState title="No educator record">
          Your account is not linked to an educator record, so there is nothing to evaluate.
        </EmptyState>
      )}
    </Stack>
  );
}
