import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from '../gql/graphql';
import { describeError } from '../utils/graphql-errors';
import { formatDateTime } from '../utils/upload';

const PAGE_SIZE = 25;

/** The signed-in person's notifications, newest first; unread ones marked, read on request. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const { data, error, loading, refetch } = useQuery(NotificationsDocument, {
    variables: { unreadOnly, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
  });
  const [markError, setMarkError] = useState<string | null>(null);

  async function mark(ids: string[] | null) {
    setMarkError(null);
    try {
      await markRead({ variables: { ids } });
    } catch (caught) {
      setMarkError(describeError(caught));
    }
  }

  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    if (key !== 'page') next.delete('page');
    setParams(next);
  }

  const result = data?.notifications;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Notifications</Title>
          <Text c="dimmed">
            Deadline reminders, decisions on your PD and, for reviewers, the weekly digest.{' '}
            <Anchor component={Link} to="/notifications/settings">
              Choose which of them you also get by email
            </Anchor>
            .
          </Text>
        </div>
        <Group gap="sm">
          <Switch
            label="Unread only"
            checked={unreadOnly}
            onChange={(event) => setParam('unread', event.currentTarget.checked ? '1' : null)}
          />
          <Button variant="light" disabled={marking || !result || result.unreadCount === 0} onClick={() => void mark(null)}>
            Mark all read
          </Button>
        </Group>
      </Group>
      {markError && <ErrorState error={markError} title="Not marked read" />}
      {error && !data && <ErrorState error={error} title="Notifications could not be loaded" onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader label="Loading notifications…" />}
      {result && result.rows.length === 0 && (
        <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
          PD Ledger tells you here when a license deadline is close while PD is still missing, and when your PD is decided.
        </EmptyState>
      )}
      {result && result.rows.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Notifications">
          {result.rows.map((notification) => (
            <Paper
              key={notification.id}
              component="li"
              withBorder
              p="md"
              radius="md"
              style={notification.readAt ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-8)' }}
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Group gap="xs" wrap="wrap">
                    {!notification.readAt && (
                      <Badge color="blue.8" size="sm">
                        Unread
                      </Badge>
                    )}
                    <Text fw={600}>{notification.title}</Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(notification.createdAt as string)}
                  </Text>
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                    {notification.body}
                  </Text>
                  {notification.link && (
                    <Anchor component={Link} to={notification.link} size="sm">
                      Open
                    </Anchor>
                  )}
                </div>
                {!notification.readAt && (
                  <Button size="xs" variant="subtle" disabled={marking} onClick={() => void mark([notification.id])}>
                    Mark read
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {result && result.totalCount > PAGE_SIZE && (
        <Group gap="sm">
          <Button variant="default" disabled={page === 0} onClick={() => setParam('page', String(page - 1))}>
            Newer
          </Button>
          <Text size="sm">
            Page {page + 1} of {Math.ceil(result.totalCount / PAGE_SIZE)}
          </Text>
          <Button
            variant="default"
            disabled={(page + 1) * PAGE_SIZE >= result.totalCount}
            onClick={() => setParam('page', String(page + 1))}
          >
            Older
          </Button>
        </Group>
      )}
    </Stack>
  );
}
