import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { VoidRecordForm, type VoidAction } from '../features/record-integrity/components/void-record-form';
import { EducatorDetails } from '../features/educators/components/educator-details';
import { LicensesTable } from '../features/educators/components/licenses-table';
import { TranscriptDownload } from '../features/reports/components/transcript-download';
import { EducatorCreditSection } from '../features/renewal/components/educator-credit-section';
import { useRenewalCredit } from '../features/renewal/hooks/use-renewal-credit';
import { EducatorMicroCredentials } from '../features/micro-credentials/components/educator-micro-credentials';
import { PdRecordsTable } from '../features/pd-records/components/pd-records-table';
import { PdTotalsSummary } from '../features/pd-records/components/pd-totals-summary';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { EducatorDocument, type PdRecordRowFragment } from '../gql/graphql';
import { schoolYearLabel } from '../utils/format';
import { apiErrorCode } from '../utils/graphql-errors';

/** One educator: details, licenses, PD totals and records. The API decides who may see whom. */
export function EducatorPage() {
  const { educatorId = '' } = useParams();
  const [schoolYear] = useSchoolYearParam();
  const { data, error, loading, refetch } = useQuery(EducatorDocument, { variables: { id: educatorId, schoolYear } });
  const renewalCredit = useRenewalCredit(educatorId);
  const viewer = useViewer();
  const isHr = viewer.role === 'HR_ADMIN';
  const [acting, setActing] = useState<{ record: PdRecordRowFragment; action: VoidAction } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { hash } = useLocation();
  const loaded = data !== undefined;

  // Links to one record (#record-<id>, from a duplicate warning in review) can only scroll once
  // the records are on the page.
  useEffect(() => {
    if (!loaded || !hash.startsWith('#record-')) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [loaded, hash]);

  if (loading && !data) return <PageLoader label="Loading the educator…" />;

  if (error && !data) {
    const code = apiErrorCode(error);
    // The API answers NOT_FOUND both for ids that do not exist and for people outside the
    // viewer's reach (and BAD_USER_INPUT for ids that are not ids), so the page never hints
    // that someone exists.
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
      return (
        <Stack gap="md">
          <Title order={1}>Educator not found</Title>
          <EmptyState title="There is no educator at this address that you can see.">
            Check the link, or{' '}
            <Anchor component={Link} to="/">
              go back to your home page
            </Anchor>
            .
          </EmptyState>
        </Stack>
      );
    }
    return <ErrorState error={error} title="This educator could not be loaded" onRetry={() => void refetch()} />;
  }
  if (!data) return null;

  const educator = data.educator;
  const pendingCount = educator.pdRecords.filter((record) => record.status === 'SUBMITTED').length;
  const period = `${schoolYearLabel(schoolYear)} school year`;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/" size="sm">
          ← Home
        </Anchor>
        <Title order={1}>{educator.fullName}</Title>
        <Text c="dimmed">Professional development and licenses</Text>
      </div>
      <EducatorDetails educator={educator} />
      <PdTotalsSummary totals={educator.pdTotals} period={period} pendingCount={pendingCount} />

      <section aria-labelledby="licenses-heading">
        <Title order={2} size="h3" id="licenses-heading" mb="xs">
          Licenses
        </Title>
        {educator.licenses.length === 0 ? (
          <EmptyState title="No licenses on record">Licenses are added by district HR.</EmptyState>
        ) : (
          <>
            <LicensesTable licenses={educator.licenses} />
            <div style={{ marginTop: 8 }}>
              <TranscriptDownload educatorId={educator.id} label={`Download ${educator.fullName}'s transcript (PDF)`} />
            </div>
          </>
        )}
      </section>

      <EducatorCreditSection educatorId={educator.id} />
      <EducatorMicroCredentials educatorId={educator.id} />
      <Text>
        <Anchor component={Link} to={`/portability?educator=${educator.id}`}>
          Portability: evaluate {educator.fullName}’s PD record under another state’s rules →
        </Anchor>
      </Text>

      <section aria-labelledby="records-heading">
        <Title order={2} size="h3" id="records-heading" mb="xs">
          PD records
        </Title>
        {educator.pdRecords.length === 0 ? (
          <EmptyState title="No PD records yet" />
        ) : (
          <PdRecordsTable
            records={educator.pdRecords}
            caption={`${educator.pdRecords.length} records, newest first`}
            renewalCredit={renewalCredit}
            linkDuplicates
            onVoidAction={
              isHr
                ? (record, action) => {
                    setNotice(null);
                    setActing({ record, action });
                  }
                : undefined
            }
          />
        )}
        {notice && (
          <Alert
            color="green"
            variant="light"
            role="status"
            mt="xs"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
        <Modal
          opened={acting !== null}
          onClose={() => setActing(null)}
          title={acting?.action === 'restore' ? 'Restore PD record' : 'Void PD record'}
        >
          {acting && (
            <VoidRecordForm
              record={acting.record}
              action={acting.action}
              onCancel={() => setActing(null)}
              onDone={(action) => {
                setNotice(
                  `“${acting.record.title}” was ${action === 'void' ? 'voided: it no longer counts' : 'restored: it counts again'}.`,
                );
                setActing(null);
              }}
            />
          )}
        </Modal>
      </section>
    </Stack>
  );
}
