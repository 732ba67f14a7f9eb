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
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { MyPdRecordsDocument } from '../gql/graphql';
import { schoolYearLabel } from '../utils/format';

export function TeacherHomePage() {
  const viewer = useViewer();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const { data, error, loading, refetch } = useQuery(MyPdRecordsDocument, { variables: { schoolYear } });
  const [formOpen, { open: openForm, close: closeForm }] = useDisclosure(false);
  const [submittedTitle, setSubmittedTitle] = useState<string | null>(null);

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
        <Button onClick={openForm}>Submit PD</Button>
      </Group>

      {submittedTitle && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSubmittedTitle(null)} closeButtonLabel="Dismiss">
          “{submittedTitle}” was submitted and is pending review. It counts toward your totals once approved.
        </Alert>
      )}

      <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />

      {error && !data ? (
        <ErrorState error={error} title="Your PD records could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading your PD records…" />
      ) : (
        <>
          {totals && <PdTotalsSummary totals={totals} period={period} pendingCount={pendingCount} />}
          <section aria-labelledby="my-records-heading">
            <Title order={2} size="h3" id="my-records-heading" mb="xs">
              My records
            </Title>
            {records.length === 0 ? (
              <EmptyState title="No PD records yet">
                Use “Submit PD” to record a course, workshop or micro-credential; your school reviews it.
              </EmptyState>
            ) : (
              <PdRecordsTable records={records} caption={`${records.length} records, all school years, newest first`} />
            )}
          </section>
        </>
      )}

      <Modal opened={formOpen} onClose={closeForm} title="Submit PD" size="lg" fullScreen={false}>
        <SubmitPdRecordForm
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
