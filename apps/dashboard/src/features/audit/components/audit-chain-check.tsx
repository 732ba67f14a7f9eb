import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { ErrorState } from '../../../components/ui/error-state';
import { AuditChainVerificationDocument, type AuditChainProblemKind } from '../../../gql/graphql';
import { formatCount } from '../../../utils/format';

const KIND_WORDS: Record<AuditChainProblemKind, string> = {
  ALTERED: 'An event was changed after it was recorded',
  INSERTED: 'An event was added outside the audit trail',
  MISSING: 'Recorded events are missing',
};

/**
 * HR: recompute the district's audit chain (each event's hash covers its content and the previous
 * event's hash) and show the first altered, inserted or missing event.
 */
export function AuditChainCheck() {
  const [verify, { data, error, loading }] = useLazyQuery(AuditChainVerificationDocument, { fetchPolicy: 'network-only' });
  const result = data?.auditChainVerification;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <div>
            <Text fw={600}>Is the audit trail intact?</Text>
            <Text size="sm" c="dimmed">
              Each event is sealed with a hash of its content and of the event before it, so a change made behind PD Ledger’s back
              shows here.
            </Text>
          </div>
          <Button onClick={() => void verify()} loading={loading}>
            Verify the audit chain
          </Button>
        </Group>
        {error && !loading && (
          <ErrorState error={error} title="The audit chain could not be verified" onRetry={() => void verify()} />
        )}
        {result && !loading && (
          <div role="status" aria-live="polite">
            {result.intact ? (
              <Alert color="green" title="Intact">
                {result.eventsChecked === 0
                  ? 'The chain has no events yet.'
                  : result.eventsChecked === 1
                    ? 'The one event is intact and none is missing.'
                    : `All ${formatCount(result.eventsChecked)} events are intact, in order and none is missing.`}{' '}
                Last event’s hash: <Code>{result.headHash ?? '–'}</Code> (keep a copy elsewhere to compare later).
              </Alert>
            ) : (
              <Alert color="red" title={result.problem ? KIND_WORDS[result.problem.kind] : 'The chain is broken'}>
                <Stack gap={4}>
                  <Text size="sm">{result.problem?.message}</Text>
                  {result.problem?.eventId && (
                    <Text size="sm">
                      Event <Code>{result.problem.eventId}</Code>
                      {result.problem.action ? `, ${result.problem.action}` : ''}
                      {result.problem.occurredAt ? `, recorded ${new Date(result.problem.occurredAt).toUTCString()}` : ''}.
                    </Text>
                  )}
                  <Text size="sm">
                    {formatCount(result.eventsChecked)} of {formatCount(result.headSeq)} events checked before it. Ask your
                    database administrator to investigate; PD Ledger itself cannot change or delete audit events.
                  </Text>
                </Stack>
              </Alert>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
