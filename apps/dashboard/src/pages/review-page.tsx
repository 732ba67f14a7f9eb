import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Pagination, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { PreApprovalQueue } from '../features/review/components/pre-approval-queue';
import { ReviewDecisionForm, type ReviewDecision } from '../features/review/components/review-decision-form';
import { ReviewQueueTable } from '../features/review/components/review-queue-table';
import { DuplicateWarning } from '../features/record-integrity/components/duplicate-warning';
import { BulkApprovePdRecordsDocument, ReviewQueueDocument, type ReviewRecordFieldsFragment } from '../gql/graphql';
import { apiErrorCode, describeError } from '../utils/graphql-errors';

const PAGE_SIZE = 25;
const decisionTitles: Record<ReviewDecision, string> = { approve: 'Approve PD', reject: 'Reject PD', changes: 'Request changes' };
const doneWords: Record<ReviewDecision, string> = {
  approve: 'approved',
  reject: 'rejected',
  changes: 'returned to the teacher for changes',
};

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
  const { data, error, loading, refetch } = useQuery(ReviewQueueDocument, {
    variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<{ record: ReviewRecordFieldsFragment; decision: ReviewDecision } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);
  // Likely duplicates among the selection wait for the reviewer's confirmation, with a reason.
  const [confirming, setConfirming] = useState<ReviewRecordFieldsFragment[] | null>(null);
  const [distinctReason, setDistinctReason] = useState('');
  const [distinctError, setDistinctError] = useState<string | null>(null);
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

  async function approveSelected(ids: string[], reason: string | null) {
    setBulkError(null);
    setNotice(null);
    try {
      const result = await bulkApprove({ variables: { ids, distinctReason: reason } });
      setNotice(`${result.data?.bulkApprovePdRecords.length ?? ids.length} records approved.`);
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids) next.delete(id);
        return next;
      });
    } catch (caught) {
      setBulkError(`${describeError(caught)} Nothing was approved; clear that record from the selection and try again.`);
    }
  }

  function startBulkApproval() {
    const flagged = rows.filter((row) => selected.has(row.id) && row.possibleDuplicates.length > 0);
    if (flagged.length === 0) {
      void approveSelected(selectedIds, null);
      return;
    }
    setDistinctReason('');
    setDistinctError(null);
    setConfirming(flagged);
  }

  function confirmDuplicates() {
    const reason = distinctReason.trim();
    if (reason === '') {
      setDistinctError('Say why these are different PD, or approve without them.');
      return;
    }
    setConfirming(null);
    void approveSelected(selectedIds, reason);
  }

  function approveWithoutFlagged() {
    const flaggedIds = new Set((confirming ?? []).map((row) => row.id));
    setConfirming(null);
    const rest = selectedIds.filter((id) => !flaggedIds.has(id));
    if (rest.length > 0) void approveSelected(rest, null);
  }

  return (
    <Stack gap="sm">
      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {bulkError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title="Bulk approval failed"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setBulkError(null)}
        >
          {bulkError}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState title="Nothing waiting for review">
          Submitted PD records appear here, oldest first. Check back later.
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" aria-live="polite">
              {selectedIds.length} selected
            </Text>
            <Button onClick={startBulkApproval} disabled={selectedIds.length === 0} loading={bulkLoading} color="green.9">
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
              getControlProps={(control) => ({
                'aria-label': control === 'next' ? 'Next page' : control === 'previous' ? 'Previous page' : control,
              })}
            />
          )}
        </>
      )}
      <Modal
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding ? decisionTitles[deciding.decision] : ''}
      >
        {deciding && (
          <ReviewDecisionForm
            recordId={deciding.record.id}
            recordTitle={deciding.record.title}
            decision={deciding.decision}
            duplicates={deciding.record.possibleDuplicates}
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
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="Approve likely duplicates?" size="lg">
        {confirming && (
          <Stack gap="sm">
            <Text size="sm">
              {confirming.length === 1 ? 'One selected record looks' : `${confirming.length} selected records look`} like PD
              already recorded for the same teacher. Only one copy counts unless you approve them as different PD (a repeatable
              workshop), with a reason that goes in the audit trail.
            </Text>
            <List size="sm" spacing="xs">
              {confirming.map((row) => (
                <List.Item key={row.id}>
                  <Text size="sm" fw={500}>
                    “{row.title}” by {row.educator.fullName}
                  </Text>
                  <DuplicateWarning duplicates={row.possibleDuplicates} linked />
                </List.Item>
              ))}
            </List>
            <Textarea
              label="Why are they different PD?"
              autosize
              minRows={2}
              maxLength={2000}
              value={distinctReason}
              error={distinctError}
              onChange={(event) => setDistinctReason(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button variant="default" onClick={approveWithoutFlagged} disabled={confirming.length === selectedIds.length}>
                Approve the others only
              </Button>
              <Button color="green.9" onClick={confirmDuplicates}>
                Approve all as different PD
              </Button>
            </Group>
          </Stack>
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
