import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { NotificationPreferencesDocument, SetNotificationEmailDocument, type NotificationKind } from '../gql/graphql';
import { describeError } from '../utils/graphql-errors';

/** Which notifications the signed-in person also gets by email. */
export function NotificationSettingsPage() {
  const { data, error, loading, refetch } = useQuery(NotificationPreferencesDocument);
  const [setEmail, { loading: saving }] = useMutation(SetNotificationEmailDocument, {
    update(cache, result) {
      const preferences = result.data?.setNotificationEmail;
      if (preferences)
        cache.writeQuery({
          query: NotificationPreferencesDocument,
          data: { __typename: 'Query', notificationPreferences: preferences },
        });
    },
  });
  const [saveError, setSaveError] = useState<string | null>(null);

  async function toggle(kind: NotificationKind, email: boolean) {
    setSaveError(null);
    try {
      await setEmail({ variables: { kind, email } });
    } catch (caught) {
      setSaveError(describeError(caught));
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Email settings</Title>
        <Text c="dimmed">
          Everything still appears under{' '}
          <Anchor component={Link} to="/notifications">
            Notifications
          </Anchor>
          ; these switches only decide what is also emailed to you. Every email has a link that turns its kind off.
        </Text>
      </div>
      {error && !data && <ErrorState error={error} title="Email settings could not be loaded" onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader label="Loading email settings…" />}
      {data && (
        <Paper withBorder p="md" radius="md" component="section" aria-label="Emails">
          <Stack gap="md">
            {data.notificationPreferences.map((preference) => (
              <Switch
                key={preference.kind}
                label={preference.label}
                checked={preference.email}
                disabled={saving}
                onChange={(event) => void toggle(preference.kind, event.currentTarget.checked)}
              />
            ))}
            <Text size="sm" c="dimmed">
              Security notices (an administrator reset your password) are always emailed.
            </Text>
          </Stack>
        </Paper>
      )}
      {saveError && (
        <Alert color="red" variant="light" role="alert" title="Not saved">
          {saveError}
        </Alert>
      )}
    </Stack>
  );
}
