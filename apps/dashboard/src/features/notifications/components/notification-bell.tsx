import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Group, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { UnreadNotificationCountDocument } from '../../../gql/graphql';

/** How often the header asks for the unread count while a page stays open. */
const POLL_MS = 120_000;

/** The header's link to the notification list, with the unread count. */
export function NotificationBell() {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Anchor
      component={Link}
      to="/notifications"
      size="sm"
      fw={600}
      c="blue.9"
      style={{ whiteSpace: 'nowrap' }}
      data-testid="notification-bell"
    >
      <Group gap={4} wrap="nowrap">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {/* The word on wider screens; on a phone the bell alone, named for screen readers. */}
        <Box component="span" visibleFrom="sm">
          Notifications
        </Box>
        <VisuallyHidden hiddenFrom="sm">Notifications</VisuallyHidden>
        {unread > 0 && (
          <Badge color="red.8" size="sm" circle={unread < 10} aria-hidden>
            {unread > 99 ? '99+' : unread}
          </Badge>
        )}
        <VisuallyHidden>{unread === 0 ? ', none unread' : `, ${unread} unread`}</VisuallyHidden>
      </Group>
    </Anchor>
  );
}
