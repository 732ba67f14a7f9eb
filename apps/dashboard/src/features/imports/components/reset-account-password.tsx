import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ResetAccountPasswordDocument } from '../../../gql/graphql';
import { describeError } from '../../../utils/graphql-errors';
import { formatDateTime } from '../../../utils/upload';

interface ResetLink {
  email: string;
  url: string;
  expiresAt: string;
}

/**
 * Resets the password of an account that has one (someone who forgot theirs): a set-password link
 * alone is only for accounts without a password, so nobody's password changes without them hearing of it.
 */
export function ResetAccountPassword() {
  const [resetPassword, { loading }] = useMutation(ResetAccountPasswordDocument, { refetchQueries: ['AccountsWithoutPassword'] });
  const [email, setEmail] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<ResetLink | null>(null);
  const [error, setError] = useState<string | null>(null);

  function askToConfirm(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (email.trim().length === 0) {
      setError('Enter the email the person signs in with.');
      return;
    }
    setConfirming(true);
  }

  async function confirm() {
    try {
      const result = await resetPassword({ variables: { email: email.trim() } });
      const created = result.data?.resetAccountPassword;
      if (created) {
        setLink({
          email: email.trim(),
          url: new URL(created.path, window.location.origin).toString(),
          expiresAt: created.expiresAt,
        });
        setEmail('');
      }
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="reset-password-heading">
      <Title order={2} size="h3" id="reset-password-heading" mb={4}>
        Reset a password
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        For someone who has a password but cannot sign in. The reset is recorded with your name and the person is told.
      </Text>
      <Stack gap="sm">
        <form onSubmit={askToConfirm} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Email of the account"
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
              maxLength={254}
            />
            <Button type="submit" variant="default" color="red">
              Reset password…
            </Button>
          </Group>
        </form>
        {error && (
          <Alert color="red" variant="light" role="alert" title="The password was not reset">
            {error}
          </Alert>
        )}
        {link && (
          <Alert
            color="green"
            variant="light"
            role="status"
            title={`Password of ${link.email} reset`}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setLink(null)}
          >
            <Text size="sm">Send this link to the person so they can choose a new password:</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {link.url}
            </Code>
            <Text size="xs" c="dimmed" mt={4}>
              Works once, until {formatDateTime(link.expiresAt)}.
            </Text>
          </Alert>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Reset this password?">
        <Stack gap="sm">
          <Text size="sm">
            Resetting the password of <strong style={{ wordBreak: 'break-all' }}>{email.trim()}</strong>:
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>removes the current password at once: nobody can sign in with it any more;</List.Item>
            <List.Item>signs the person out everywhere;</List.Item>
            <List.Item>gives you a one-time link (valid 7 days) for the person to choose a new password;</List.Item>
            <List.Item>
              records the reset in the audit trail under your name, and tells the person who reset it and when the next time they
              sign in.
            </List.Item>
          </List>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
