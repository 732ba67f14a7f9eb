import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RestorePdRecordDocument, VoidPdRecordDocument, type PdRecordRowFragment } from '../../../gql/graphql';
import { describeError } from '../../../utils/graphql-errors';
import { statusLabels } from '../../../utils/format';
import { DuplicateWarning } from './duplicate-warning';

export type VoidAction = 'void' | 'restore';

const MAX_REASON = 2000;

// A void or restore changes renewal, lane and total figures shown elsewhere on the page.
const REFETCH = ['Educator', 'EducatorCredit', 'MyPdRecords'];

interface VoidRecordFormProps {
  record: PdRecordRowFragment;
  action: VoidAction;
  onDone: (action: VoidAction) => void;
  onCancel: () => void;
}

/**
 * HR voids a counted record (it stops counting at once; the teacher reads the reason) or restores
 * a voided one to the status it had. A restore while another copy counts needs a reason why both
 * should count.
 */
export function VoidRecordForm({ record, action, onDone, onCancel }: VoidRecordFormProps) {
  const [reason, setReason] = useState('');
  const [distinctReason, setDistinctReason] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; distinctReason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [voidRecord, voidState] = useMutation(VoidPdRecordDocument, { refetchQueries: REFETCH });
  const [restoreRecord, restoreState] = useMutation(RestorePdRecordDocument, { refetchQueries: REFETCH });
  const countedCopies = record.possibleDuplicates.filter((duplicate) => duplicate.counted);
  const needsDistinct = action === 'restore' && countedCopies.length > 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const text = reason.trim();
    const distinct = distinctReason.trim();
    const found: typeof errors = {};
    if (text === '')
      found.reason = action === 'void' ? 'Say why it no longer counts; the teacher reads this.' : 'Say why it counts again.';
    else if (text.length > MAX_REASON) found.reason = `Keep it to ${MAX_REASON} characters (it has ${text.length}).`;
    if (needsDistinct && distinct === '')
      found.distinctReason = 'Say why both copies should count, or void the other copy first.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (action === 'void') await voidRecord({ variables: { id: record.id, reason: text } });
      else await restoreRecord({ variables: { id: record.id, reason: text, distinctReason: needsDistinct ? distinct : null } });
      onDone(action);
    } catch (caught) {
      setFormError(describeError(caught));
    }
  }

  const label = action === 'void' ? 'Void record' : 'Restore record';
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={`${label}: ${record.title}`}>
      <Stack gap="sm">
        <Text size="sm">
          Record: <strong>{record.title}</strong> ({statusLabels[record.status]})
        </Text>
        <Text size="sm" c="dimmed">
          {action === 'void'
            ? 'A voided record stops counting at once in renewals, salary lanes, goals, reports and exports. The teacher sees your reason. You can restore it later.'
            : `The record returns to ${record.statusBeforeVoid ? statusLabels[record.statusBeforeVoid] : 'the status it had'} and counts again.`}
        </Text>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {formError}
          </Alert>
        )}
        <Textarea
          label={action === 'void' ? 'Why is it voided?' : 'Why is it restored?'}
          required
          autosize
          minRows={3}
          maxLength={MAX_REASON}
          value={reason}
          error={errors.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {needsDistinct && (
          <>
            <DuplicateWarning duplicates={countedCopies} linked variant="alert">
              <Text size="sm" mt={4}>
                Only one copy of the same PD counts unless you say why they are different.
              </Text>
            </DuplicateWarning>
            <Textarea
              label="Why are they different PD?"
              required
              autosize
              minRows={2}
              maxLength={MAX_REASON}
              value={distinctReason}
              error={errors.distinctReason}
              onChange={(event) => setDistinctReason(event.currentTarget.value)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            color={action === 'void' ? 'red.9' : 'green.9'}
            loading={voidState.loading || restoreState.loading}
          >
            {action === 'void' ? 'Void' : 'Restore'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
