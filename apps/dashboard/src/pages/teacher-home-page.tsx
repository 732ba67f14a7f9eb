import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { PdRecordsTable } from '../features/pd-records/components/pd-records-table';
import { PdTotalsSummary } from '../features/pd-records/components/pd-totals-summary';
import { SubmitPdRecordForm } from '../features/pd-records/components/submit-pd-record-form';
import { MyProgressOverview } from '../features/renewal/components/my-progress-overview';
import { useRenewalCredit } from '../features/renewal/hooks/use-renewal-credit';
import { MyBadges } from '../features/badges/components/my-badges';
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { MyDraftsDocument, MyPdRecordsDocument, type PdRecordRowFragment } from '../gql/graphql';
import { schoolYearLabel } from '../utils/format';
import { formatDateTime } from '../utils/upload';

export function TeacherHomePage() {
  const viewer = useViewer();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const { data, error, loading, refetch } = useQuery(MyPdRecordsDocument, { variables: { schoolYear } });
  const [formOpen, { open: openForm, close: closeForm }] = useDisclosure(false);
  const [submittedTitle, setSubmittedTitle] = useState<string | null>(null);
  const [resubmitRecord, setResubmitRecord] = useState<PdRecordRowFragment | null>(null);
  // A draft left by a reload or an ended session is offered again on the home page.
  const { data: draftsData } = useQuery(MyDraftsDocument);
  // The renewal card's figures (same query, from the cache): the records table speaks its unit.
  const renewalCredit = useRenewalCredit(viewer.educator?.id);
  const openDraft = formOpen ? undefined : draftsData?.myDrafts.find((draft) => !draft.pdRecordId);
  const changesRequested = (data?.myPdRecords ?? []).filter((record) => record.status === 'CHANGES_REQUESTED');

  const records = data?.myPdRecords ?? [];
  const totals = data?.me?.educator?.pdTotals;
  const pendingCount = records.filter((record) => record.status === 'SUBMITTED').length;
  const period = `${schoolYearLabel(schoolYear)} school year`;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>My professional development</Title>
          <Text c="dimmed">
            {viewer.displayName}
            {viewer.schools.length > 0 && ` · ${viewer.schools.map((school) => school.name).join(', ')}`}
            {viewer.educator && (
              <>
                {' · '}
                <Anchor component={Link} to={`/educators/${viewer.educator.id}`}>
                  My details and licenses
                </Anchor>
              </>
            )}
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/plan" variant="light">
            Plan ahead
          </Button>
          <Button component={Link} to="/badges" variant="default">
            Import a badge
          </Button>
          <Button
            onClick={() => {
              setResubmitRecord(null);
              openForm();
            }}
          >
            Submit PD
          </Button>
        </Group>
      </Group>

      {openDraft && (
        <Alert color="blue" variant="light" title="You have an unfinished submission">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              {openDraft.title ? `“${openDraft.title}”, saved` : 'Saved'} {formatDateTime(openDraft.updatedAt)}.
            </Text>
            <Button
              size="xs"
              onClick={() => {
                setResubmitRecord(null);
                openForm();
              }}
            >
              Continue draft
            </Button>
          </Group>
        </Alert>
      )}

      {changesRequested.length > 0 && (
        <Alert color="orange" variant="light" title="Your reviewer asked for changes">
          {changesRequested.length === 1 ? 'One record needs' : `${changesRequested.length} records need`} changes: read the
          feedback in “My records” and use “Resubmit”.
        </Alert>
      )}

      {submittedTitle && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setSubmittedTitle(null)}
          closeButtonLabel="Dismiss"
        >
          “{submittedTitle}” was submitted and is pending review. It counts toward your totals once approved.
        </Alert>
      )}

      {viewer.educator ? (
        <MyProgressOverview educatorId={viewer.educator.id} />
      ) : (
        <EmptyState title="No educator record">
          Your account is not linked to an educator record, so there is no renewal or lane to show. Ask HR to link it.
        </EmptyState>
      )}

      <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />

      {error && !data ? (
        <ErrorState error={error} title="Your PD records could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading your PD records…" />
      ) : (
        <>
          {totals && <PdTotalsSummary totals={totals} period={period} pendingCount={pendingCount} />}
          <MyBadges records={records} />
          <section aria-labelledby="my-records-heading">
            <Title order={2} size="h3" id="my-records-heading" mb="xs">
              My records
            </Title>
            {records.length === 0 ? (
              <EmptyState title="No PD records yet">
                Use “Submit PD” to record a course, workshop or micro-credential; your school reviews it.
              </EmptyState>
            ) : (
              <PdRecordsTable
                records={records}
                caption={`${records.length} records, all school years, newest first`}
                renewalCredit={renewalCredit}
                onResubmit={(record) => {
                  setResubmitRecord(record);
                  openForm();
                }}
              />
            )}
          </section>
        </>
      )}

      <Modal
        opened={formOpen}
        onClose={closeForm}
        title={resubmitRecord ? 'Resubmit PD' : 'Submit PD'}
        size="lg"
        fullScreen={false}
      >
        <SubmitPdRecordForm
          key={resubmitRecord?.id ?? 'new'}
          resubmitRecord={resubmitRecord}
          onCancel={closeForm}
          onSubmitted={(record) => {
            setSubmittedTitle(record.title);
            closeForm();
          }}
        />
      </Modal>
    </Stack>
  );
}
