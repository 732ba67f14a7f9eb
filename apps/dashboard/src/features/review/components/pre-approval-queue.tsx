import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import {
  ApprovePreApprovalDocument,
  DenyPreApprovalDocument,
  PreApprovalQueueDocument,
  type PreApprovalFieldsFragment,
} from '../../../gql/graphql';
import { activityTypeLabels, formatAmount, formatDate } from '../../../utils/format';
import { apiErrorCode, describeError } from '../../../utils/graphql-errors';

type Decision = { request: PreApprovalFieldsFragment; kind: 'approve' | 'deny' };

/** Lane-credit pre-approval requests (asked before the activity), oldest first. */
export function PreApprovalQueue() {
  const { data, error, loading, refetch } = useQuery(PreApprovalQueueDocument, { variables: { limit: 50, offset: 0 } });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [feedback, setFeedback] = useState('');
  const [feedbackError, setFeedbackError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [approve, approveState] = useMutation(ApprovePreApprovalDocument, { refetchQueries: ['PreApprovalQueue'] });
  const [deny, denyState] = useMutation(DenyPreApprovalDocument, { refetchQueries: ['PreApprovalQueue'] });

  if (error && !data) {
    if (apiErrorCode(error) === 'FORBIDDEN') {
      return (
        <Alert color="orange.9" variant="light" role="alert" title="You cannot review pre-approval requests">
          Your district has not let principals review requests. HR can turn this on in the review settings.
        </Alert>
      );
    }
    return <ErrorState error={error} title="Pre-approval requests could not be loaded" onRetry={() => void refetch()} />;
  }
  if (loading && !data) return <PageLoader label="Loading pre-approval requests…" />;
  const rows = data?.preApprovalQueue.rows ?? [];

  function open(request: PreApprovalFieldsFragment, kind: Decision['kind']) {
    setDecision({ request, kind });
    setFeedback('');
    setFeedbackError(null);
    setFormError(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) return;
    const text = feedback.trim();
    if (decision.kind === 'deny' && text === '') {
      setFeedbackError('Write why the request is denied; the teacher sees it.');
      return;
    }
    try {
      if (decision.kind === 'approve')
        await approve({ variables: { id: decision.request.id, feedback: text === '' ? null : text } });
      else await deny({ variables: { id: decision.request.id, feedback: text } });
      setDone(`“${decision.request.title}” was ${decision.kind === 'approve' ? 'approved' : 'denied'}.`);
      setDecision(null);
    } catch (caught) {
      setFormError(describeError(caught));
    }
  }

  return (
    <Stack gap="sm">
      {done && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No pre-approval requests waiting">
          Teachers’ requests for lane credit appear here before the activity.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>
              {data?.preApprovalQueue.totalCount ?? 0} requests waiting, oldest first
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Teacher</Table.Th>
                <Table.Th scope="col">Activity</Table.Th>
                <Table.Th scope="col" ta="right">
                  Expected
                </Table.Th>
                <Table.Th scope="col">Starts</Table.Th>
                <Table.Th scope="col">Decision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    {request.educator.fullName}
                    <Text size="xs" c="dimmed">
                      {request.educator.schools.map((school) => school.name).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{request.title}</Text>
                    <Text size="xs" c="dimmed">
                      {[activityTypeLabels[request.activityType], request.provider].filter(Boolean).join(' · ')}
                    </Text>
                    {request.description && <Text size="xs">{request.description}</Text>}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatAmount(request.expectedAmount, request.unit)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(request.plannedStartOn)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" color="green.9" onClick={() => open(request, 'approve')}>
                        Approve<span className="visually-hidden"> “{request.title}”</span>
                      </Button>
                      <Button size="xs" variant="outline" color="red.9" onClick={() => open(request, 'deny')}>
                        Deny<span className="visually-hidden"> “{request.title}”</span>
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision?.kind === 'deny' ? 'Deny pre-approval' : 'Approve pre-approval'}
      >
        {decision && (
          <form onSubmit={(event) => void handleSubmit(event)} noValidate>
            <Stack gap="sm">
              <Text size="sm">
                Request: <strong>{decision.request.title}</strong> by {decision.request.educator.fullName}
              </Text>
              {formError && (
                <Alert color="red" variant="light" role="alert" title="Not saved">
                  {formError}
                </Alert>
              )}
              <Textarea
                label={decision.kind === 'deny' ? 'Why is it denied?' : 'Feedback for the teacher (optional)'}
                required={decision.kind === 'deny'}
                autosize
                minRows={3}
                maxLength={2000}
                value={feedback}
                error={feedbackError}
                onChange={(event) => setFeedback(event.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDecision(null)}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  color={decision.kind === 'deny' ? 'red.9' : 'green.9'}
                  loading={approveState.loading || denyState.loading}
                >
                  {decision.kind === 'deny' ? 'Deny' : 'Approve'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}
