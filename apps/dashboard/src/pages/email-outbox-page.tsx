import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { EmailOutboxDocument, NotificationJobStatusDocument, type EmailStatus } from '../gql/graphql';
import { formatDateTime } from '../utils/upload';

const STATUS_LABELS: Record<EmailStatus, string> = {
  HELD: 'Held (no mail server)',
  PENDING: 'Waiting to send',
  SENT: 'Sent',
  FAILED: 'Failed',
};

const STATUS_COLORS: Record<EmailStatus, string> = { HELD: 'gray.8', PENDING: 'yellow.9', SENT: 'green.9', FAILED: 'red.8' };

const JOB_LABELS: Record<string, string> = { DEADLINE_REMINDERS: 'Deadline reminders', WEEKLY_DIGEST: 'Weekly digest' };

/** HR: the scheduled jobs' last runs and failures, and every email of the district as written. */
export function EmailOutboxPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as EmailStatus | null) ?? null;
  const jobs = useQuery(NotificationJobStatusDocument, { skip: viewer.role !== 'HR_ADMIN', fetchPolicy: 'cache-and-network' });
  const outbox = useQuery(EmailOutboxDocument, {
    skip: viewer.role !== 'HR_ADMIN',
    variables: { status, offset: 0, limit: 50 },
    fetchPolicy: 'cache-and-network',
  });
  if (viewer.role !== 'HR_ADMIN') {
    return (
      <Alert color="orange.9" title="The email outbox is for HR admins" role="alert">
        Your own notifications are under Notifications.
      </Alert>
    );
  }
  const state = jobs.data?.notificationJobStatus;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Email and scheduled jobs</Title>
        <Text c="dimmed">
          Reminders run every day at 06:00 UTC, the digest on Mondays at 07:00 UTC; failed runs and emails are retried.
        </Text>
      </div>
      {jobs.error && !state && (
        <ErrorState error={jobs.error} title="Job status could not be loaded" onRetry={() => void jobs.refetch()} />
      )}
      {state && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="jobs-title">
          <Title order={2} size="h3" id="jobs-title" mb="sm">
            Scheduled jobs
          </Title>
          <Stack gap="xs">
            <Text size="sm">
              {state.schedulerRunning
                ? 'The scheduler is running on this server.'
                : 'The scheduler is not running on this server (JOBS_ENABLED is off): no reminders, digests or emails are made here.'}{' '}
              {state.mailConfigured
                ? 'Emails are sent through the configured mail server.'
                : 'No mail server is configured (SMTP_URL): emails are held below instead of being sent.'}
            </Text>
            <Text size="sm">
              Emails: {state.emailsSent} sent, {state.emailsPending} waiting, {state.emailsFailed} failed, {state.emailsHeld}{' '}
              held.
            </Text>
            {state.lastFailure && (
              <Alert color="red" variant="light" title="Last failed run" role="status">
                {JOB_LABELS[state.lastFailure.job] ?? state.lastFailure.job} for {state.lastFailure.asOf},{' '}
                {formatDateTime(state.lastFailure.startedAt as string)}: {state.lastFailure.error}
              </Alert>
            )}
            {state.recentRuns.length === 0 ? (
              <Text size="sm" c="dimmed">
                No run yet.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Job</Table.Th>
                      <Table.Th>For</Table.Th>
                      <Table.Th>Started</Table.Th>
                      <Table.Th>Result</Table.Th>
                      <Table.Th>New notifications</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {state.recentRuns.map((run) => (
                      <Table.Tr key={run.id}>
                        <Table.Td>{JOB_LABELS[run.job] ?? run.job}</Table.Td>
                        <Table.Td>{run.asOf}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.startedAt as string)}</Table.Td>
                        <Table.Td>
                          {run.status === 'FAILED' ? `Failed: ${run.error ?? ''}` : run.status === 'RUNNING' ? 'Running' : 'Done'}
                        </Table.Td>
                        <Table.Td>{run.notificationsCreated}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Paper>
      )}
      <section aria-labelledby="outbox-title">
        <Group justify="space-between" align="flex-end" wrap="wrap" mb="sm">
          <Title order={2} size="h3" id="outbox-title">
            Outbox
          </Title>
          <SegmentedControl
            aria-label="Show emails"
            value={status ?? 'ALL'}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value === 'ALL') next.delete('status');
              else next.set('status', value);
              setParams(next);
            }}
            data={[
              { value: 'ALL', label: 'All' },
              ...(Object.keys(STATUS_LABELS) as EmailStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] })),
            ]}
          />
        </Group>
        {outbox.error && !outbox.data && (
          <ErrorState error={outbox.error} title="The outbox could not be loaded" onRetry={() => void outbox.refetch()} />
        )}
        {outbox.loading && !outbox.data && <PageLoader label="Loading the outbox…" />}
        {outbox.data && outbox.data.emailOutbox.rows.length === 0 && (
          <EmptyState title="No emails">Emails appear here as reminders and decisions are made.</EmptyState>
        )}
        {outbox.data && outbox.data.emailOutbox.rows.length > 0 && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {outbox.data.emailOutbox.totalCount} email(s)
              {outbox.data.emailOutbox.totalCount > 50 ? ', the newest 50 shown' : ''}.
            </Text>
            {outbox.data.emailOutbox.rows.map((email) => (
              <Paper key={email.id} withBorder p="md" radius="md" component="article" aria-label={email.subject}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {email.subject}
                  </Text>
                  <Badge color={STATUS_COLORS[email.status]} variant="light">
                    {STATUS_LABELS[email.status]}
                  </Badge>
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  To {email.to}, written {formatDateTime(email.createdAt as string)}
                  {email.sentAt ? `, sent ${formatDateTime(email.sentAt as string)}` : ''}
                  {email.attempts > 0 ? `, ${email.attempts} attempt(s)` : ''}
                </Text>
                {email.lastError && (
                  <Text size="sm" c="red.9">
                    Last error: {email.lastError}
                  </Text>
                )}
                <details>
                  <summary>
                    <Text span size="sm">
                      Show the email
                    </Text>
                  </summary>
                  <Text
                    size="sm"
                    component="pre"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}
                  >
                    {email.body}
                  </Text>
                </details>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
