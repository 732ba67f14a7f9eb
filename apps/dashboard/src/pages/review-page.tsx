import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Pagination, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { PreApprovalQueue } from '../features/review/components/pre-approval-queue';
import { ReviewDecisionForm, type ReviewDecision } from '../features/review/components/review-decision-form';
import { ReviewQueueTable } from '../features/review/components/review-queue-table';
import { BulkApprovePdRecordsDocument, ReviewQueueDocument, type ReviewRecordFieldsFragment } from '../gql/graphql';
import { apiErrorCode, describeError } from '../utils/graphql-errors';

const PAGE_SIZE = 25;
const decisionTitles: Record<ReviewDecision, string> = { approve: 'Approve PD', reject: 'Reject PD', changes: 'Request changes' };
const doneWords: Record<ReviewDecision, string> = { approve: 'approved', reject: 'rejected', changes: 'returned to the teacher for changes' };

function ForbiddenNotice() {
  return (
    <Alert color="orange.9" variant="light" role="alert" title="You cannot review PD records">
      Your district has not let principals review their schools’ PD. HR admins review it; ask them if you think you should.
    </Alert>
  );
}

function RecordQueue() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const { data, error, loading, refetch } = useQuery(ReviewQueueDocument, { variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<{ record: ReviewRecordFieldsFragment; decision: ReviewDecision } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [bulkApprove, { loading: bulkLoading }] = useMutation(BulkApprovePdRecordsDocument, { refetchQueries: ['ReviewQueue'] });

  if (error && !data) {
    if (apiErrorCode(error) === 'FORBIDDEN') return <ForbiddenNotice />;
    return <ErrorState error={error} title="The review queue could not be loaded" onRetry={() => void refetch()} />;
  }
  if (loading && !data) return <PageLoader label="Loading the review queue…" />;
  const rows = data?.reviewQueue.rows ?? [];
  const totalCount = data?.reviewQueue.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  const selectedIds = rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  async function approveSelected() {
    setBulkError(null);
    setNotice(null);
    try {
      const result = await bulkApprove({ variables: { ids: selectedIds } });
      setNotice(`${result.data?.bulkApprovePdRecords.length ?? selectedIds.length} records approved.`);
      setSelected(new Set());
    } catch (caught) {
      setBulkError(`${describeError(caught)} Nothing was approved; clear that record from the selection and try again.`);
    }
  }

  return (
    <Stack gap="sm">
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {bulkError && (
        <Alert color="red" variant="light" role="alert" title="Bulk approval failed" withCloseButton closeButtonLabel="Dismiss" onClose={() => setBulkError(null)}>
          {bulkError}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState title="Nothing waiting for review">Submitted PD records appear here, oldest first. Check back later.</EmptyState>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" aria-live="polite">
              {selectedIds.length} selected
            </Text>
            <Button onClick={() => void approveSelected()} disabled={selectedIds.length === 0} loading={bulkLoading} color="green.9">
              Approve selected ({selectedIds.length})
            </Button>
          </Group>
          <ReviewQueueTable
            records={rows}
            selected={selected}
            caption={`${totalCount} records waiting for review, oldest first`}
            onToggle={(id, checked) =>
              setSelected((current) => {
                const next = new Set(current);
                if (checked) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onToggleAll={(checked) => setSelected(checked ? new Set(rows.map((row) => row.id)) : new Set())}
            onDecide={(record, decision) => {
              setNotice(null);
              setDeciding({ record, decision });
            }}
          />
          {pageCount > 1 && (
            <Pagination
              total={pageCount}
              value={page}
              onChange={(value) =>
                setSearchParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('page', String(value));
                  return next;
                })
              }
              getControlProps={(control) => ({ 'aria-label': control === 'next' ? 'Next page' : control === 'previous' ? 'Previous page' : control })}
            />
          )}
        </>
      )}
      <Modal opened={deciding !== null} onClose={() => setDeciding(null)} title={deciding ? decisionTitles[deciding.decision] : ''}>
        {deciding && (
          <ReviewDecisionForm
            recordId={deciding.record.id}
            recordTitle={deciding.record.title}
            decision={deciding.decision}
            onCancel={() => setDeciding(null)}
            onDone={(decision) => {
              setNotice(`“${deciding.record.title}” by ${deciding.record.educator.fullName} was ${doneWords[decision]}.`);
              setSelected((current) => {
                const next = new Set(current);
                next.delete(deciding.record.id);
                return next;
              });
              setDeciding(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** HR (and principals when the district allows): decide on submitted PD and pre-approval requests. */
export function ReviewPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'pre-approvals' ? 'pre-approvals' : 'records';
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Review queue</Title>
        <Text c="dimmed">Approve submitted PD, send it back for changes, or reject it with feedback the teacher reads.</Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(() => {
            const next = new URLSearchParams();
            if (value === 'pre-approvals') next.set('tab', 'pre-approvals');
            return next;
          })
        }
      >
        <Tabs.List>
          <Tabs.Tab value="records">PD records</Tabs.Tab>
          <Tabs.Tab value="pre-approvals">Pre-approval requests</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="records" pt="md">
          {tab === 'records' && <RecordQueue />}
        </Tabs.Panel>
        <Tabs.Panel value="pre-approvals" pt="md">
          {tab === 'pre-approvals' && <PreApprovalQueue />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
