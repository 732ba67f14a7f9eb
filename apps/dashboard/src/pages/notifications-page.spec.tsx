import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import {
  EmailOutboxDocument,
  MarkNotificationsReadDocument,
  NotificationJobStatusDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { EmailOutboxPage } from './email-outbox-page';
import { NotificationsPage } from './notifications-page';

const viewer = (role: Viewer['role']): Viewer => ({
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  email: 'someone@maplewood.example.org',
  role,
  displayName: 'Someone',
  district: {
    __typename: 'District',
    id: 'd0000000-0000-4000-8000-000000000001',
    name: 'Maplewood School District',
    stateCode: 'PA',
  },
  educator: null,
  schools: [],
});

const reminder = (readAt: string | null) => ({
  __typename: 'Notification' as const,
  id: 'n0000000-0000-4000-8000-000000000001',
  kind: 'DEADLINE_REMINDER' as const,
  title: '80 days to renew your Instructional II license: 42 Act 48 hours missing',
  body: 'You still need 42 Act 48 hours: 138 of the 180 Act 48 hours required count so far.',
  link: '/renewal',
  createdAt: '2026-12-01T06:00:00.000Z',
  readAt,
});

const page = (readAt: string | null) => ({
  data: {
    notifications: {
      __typename: 'NotificationPage' as const,
      totalCount: 1,
      unreadCount: readAt ? 0 : 1,
      rows: [reminder(readAt)],
    },
  },
});

describe('NotificationsPage', () => {
  it('shows an unread reminder with what is missing and marks it read', async () => {
    const marked = jest.fn();
    const variables = { unreadOnly: false, offset: 0, limit: 25 };
    renderWithProviders(
      <ViewerContext.Provider value={viewer('TEACHER')}>
        <NotificationsPage />
      </ViewerContext.Provider>,
      {
        route: '/notifications',
        mocks: [
          { request: { query: NotificationsDocument, variables }, result: page(null) },
          {
            request: { query: MarkNotificationsReadDocument, variables: { ids: [reminder(null).id] } },
            result: () => {
              marked();
              return { data: { markNotificationsRead: 0 } };
            },
          },
          { request: { query: NotificationsDocument, variables }, result: page('2026-12-01T07:00:00.000Z') },
          { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } } },
        ],
      },
    );
    expect(await screen.findByText(/42 Act 48 hours missing/)).toBeTruthy();
    expect(screen.getByText('Unread')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(marked).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByText('Unread')).toBeNull());
  });
});

describe('EmailOutboxPage', () => {
  it('tells HR that no mail server is configured and shows the held email as written', async () => {
    renderWithProviders(
      <ViewerContext.Provider value={viewer('HR_ADMIN')}>
        <EmailOutboxPage />
      </ViewerContext.Provider>,
      {
        route: '/email-outbox',
        mocks: [
          {
            request: { query: NotificationJobStatusDocument },
            result: {
              data: {
                notificationJobStatus: {
                  __typename: 'NotificationJobStatus',
                  schedulerEnabled: true,
                  schedulerRunning: true,
                  mailConfigured: false,
                  emailsPending: 0,
                  emailsFailed: 0,
                  emailsHeld: 1,
                  emailsSent: 0,
                  recentRuns: [
                    {
                      __typename: 'NotificationJobRun',
                      id: 'r0000000-0000-4000-8000-000000000001',
                      job: 'DEADLINE_REMINDERS',
                      asOf: '2026-12-01',
                      status: 'SUCCEEDED',
                      startedAt: '2026-12-01T06:00:00.000Z',
                      finishedAt: '2026-12-01T06:00:02.000Z',
                      notificationsCreated: 1,
                      error: null,
                    },
                  ],
                  lastFailure: null,
                },
              },
            },
          },
          {
            request: { query: EmailOutboxDocument, variables: { status: null, offset: 0, limit: 50 } },
            result: {
              data: {
                emailOutbox: {
                  __typename: 'EmailDeliveryPage',
                  totalCount: 1,
                  rows: [
                    {
                      __typename: 'EmailDelivery',
                      id: 'e0000000-0000-4000-8000-000000000001',
                      to: 'teacher@maplewood.example.org',
                      subject: 'PD Ledger: 80 days to renew your Instructional II license: 42 Act 48 hours missing',
                      body: 'You still need 42 Act 48 hours',
                      status: 'HELD',
                      attempts: 0,
                      lastError: null,
                      createdAt: '2026-12-01T06:00:01.000Z',
                      sentAt: null,
                      lastAttemptAt: null,
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    expect(await screen.findByText(/No mail server is configured/)).toBeTruthy();
    expect(screen.getByText('Deadline reminders')).toBeTruthy();
    expect(
      await screen.findByText('PD Ledger: 80 days to renew your Instructional II license: 42 Act 48 hours missing'),
    ).toBeTruthy();
    expect(screen.getAllByText('Held (no mail server)').length).toBeGreaterThan(0);
  });
});
