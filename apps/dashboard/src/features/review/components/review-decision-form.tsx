import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  ApprovePdRecordDocument,
  RejectPdRecordDocument,
  RequestChangesDocument,
  type PdRecordDuplicateFieldsFragment,
} from '../../../gql/graphql';
import { DuplicateWarning } from '../../record-integrity/components/duplicate-warning';
import { describeError } from '../../../utils/graphql-errors';

export type ReviewDecision = 'approve' | 'reject' | 'changes';

const copy: Record<ReviewDecision, { button: string; feedbackLabel: string; required: boolean; color: string }> = {
  approve: { button: 'Approve', feedbackLabel: 'Feedback for the teacher (optional)', required: false, color: 'green.9' },
  reject: { button: 'Reject', feedbackLabel: 'Why is it rejected?', required: true, color: 'red.9' },
  changes: { button: 'Request changes', feedbackLabel: 'What should the teacher change?', required: true, color: 'orange.9' },
};

const MAX_FEEDBACK = 2000;

interface ReviewDecisionFormProps {
  recordId: string;
  recordTitle: string;
  decision: ReviewDecision;
  /** The record's likely duplicates: approving a copy of counted PD needs a reason they differ. */
  duplicates?: PdRecordDuplicateFieldsFragment[];
  onDone: (decision: ReviewDecision) => void;
  onCancel: () => void;
}

/** One reviewer decision; rejecting or asking for changes needs feedback the teacher will read. */
export function ReviewDecisionForm({
  recordId,
  recordTitle,
  decision,
  duplicates = [],
  onDone,
  onCancel,
}: ReviewDecisionFormProps) {
  const [feedback, setFeedback] = useState('');
  const [feedbackError, setFeedbackError] = useState<string | null>(null);
  const [distinctReason, setDistinctReason] = useState('');
  const [distinctError, setDistinctError] = useState<string | null>(null);
  // Only one copy of the same PD counts: approving a copy of counted PD means declaring them distinct.
  const needsDistinct = decision === 'approve' && duplicates.some((duplicate) => duplicate.counted);
  const [formError, setFormError] = useState<string | null>(null);
  const options = { refetchQueries: ['ReviewQueue'] };
  const [approve, approveState] = useMutation(ApprovePdRecordDocument, options);
  const [reject, rejectState] = useMutation(RejectPdRecordDocument, options);
  const [requestChanges, changesState] = useMutation(RequestChangesDocument, options);
  const loading = approveState.loading || rejectState.loading || changesState.loading;
  const { button, feedbackLabel, required, color } = copy[decision];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const text = feedback.trim();
    if (required && text === '') {
      setFeedbackError('Write feedback for the teacher; they see it with the record.');
      return;
    }
    if (text.length > MAX_FEEDBACK) {
      setFeedbackError(`Keep feedback to ${MAX_FEEDBACK} characters (it has ${text.length}).`);
      return;
    }
    setFeedbackError(null);
    const distinct = distinctReason.trim();
    if (needsDistinct && distinct === '') {
      setDistinctError('Say why this is different PD, or reject it as a duplicate.');
      return;
    }
    setDistinctError(null);
    try {
      if (decision === 'approve') {
        await approve({
          variables: { id: recordId, feedback: text === '' ? null : text, distinctReason: needsDistinct ? distinct : null },
        });
      } else if (decision === 'reject') await reject({ variables: { id: recordId, feedback: text } });
      else await requestChanges({ variables: { id: recordId, feedback: text } });
      onDone(decision);
    } catch (caught) {
      setFormError(describeError(caught));
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={`${button}: ${recordTitle}`}>
      <Stack gap="sm">
        <Text size="sm">
          Record: <strong>{recordTitle}</strong>
        </Text>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {formError}
          </Alert>
        )}
        {decision === 'approve' && (
          <DuplicateWarning duplicates={duplicates} linked variant="alert">
            <Text size="sm" mt={4}>
              {needsDistinct
                ? 'Only one copy counts. Reject this one as a duplicate, or approve it as different PD (a repeatable workshop) with a reason.'
                : 'The other copy does not count yet. Once one of them is approved, the other can only be approved as different PD, with a reason.'}
            </Text>
          </DuplicateWarning>
        )}
        {needsDistinct && (
          <Textarea
            label="Why is this different PD?"
            required
            autosize
            minRows={2}
            maxLength={MAX_FEEDBACK}
            value={distinctReason}
            error={distinctError}
            onChange={(event) => setDistinctReason(event.currentTarget.value)}
          />
        )}
        <Textarea
          label={feedbackLabel}
          required={required}
          autosize
          minRows={3}
          maxLength={MAX_FEEDBACK}
          value={feedback}
          error={feedbackError}
          onChange={(event) => setFeedback(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color={color} loading={loading}>
            {needsDistinct ? 'Approve as different PD' : button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
