import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { AccountsWithoutPasswordDocument, CreatePasswordSetLinkDocument } from '../../../gql/graphql';
import { describeError } from '../../../utils/graphql-errors';
import { formatDateTime } from '../../../utils/upload';

interface CopiedLink {
  accountId: string;
  email: string;
  url: string;
  expiresAt: string;
  copied: boolean;
}

/** Imported people who cannot sign in yet, and a one-time link HR hands them (no email server is assumed). */
export function AccountsWithoutPassword() {
  const { data, error, loading, refetch } = useQuery(AccountsWithoutPasswordDocument, { variables: { limit: 100, offset: 0 } });
  const [createLink] = useMutation(CreatePasswordSetLinkDocument, { refetchQueries: ['AccountsWithoutPassword'] });
  const [link, setLink] = useState<CopiedLink | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const accounts = data?.accountsWithoutPassword ?? [];

  async function copyLink(accountId: string, email: string) {
    setBusyId(accountId);
    setLinkError(null);
    try {
      const result = await createLink({ variables: { accountId } });
      const created = result.data?.createPasswordSetLink;
      if (!created) return;
      const url = new URL(created.path, window.location.origin).toString();
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // Clipboard access can be refused (permissions, insecure context); the link is shown to copy by hand.
      }
      setLink({ accountId, email, url, expiresAt: created.expiresAt, copied });
    } catch (caught) {
      setLinkError(describeError(caught));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section aria-labelledby="no-password-heading">
      <Title order={2} size="h3" id="no-password-heading" mb={4}>
        Accounts without a password
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Imported people sign in after setting a password through a one-time link (valid 7 days). Copy the link and send it to the
        person; a new link replaces the old one.
      </Text>
      <Stack gap="sm">
        {link && (
          <Alert
            color="green"
            variant="light"
            role="status"
            title={link.copied ? `Link for ${link.email} copied` : `Link for ${link.email}`}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setLink(null)}
          >
            <Text size="sm">
              {link.copied ? 'Paste it into a message to the person.' : 'Copy this link and send it to the person:'}
            </Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {link.url}
            </Code>
            <Text size="xs" c="dimmed" mt={4}>
              Works once, until {formatDateTime(link.expiresAt)}.
            </Text>
          </Alert>
        )}
        {linkError && (
          <Alert color="red" variant="light" role="alert" title="No link was created">
            {linkError}
          </Alert>
        )}
        {error && !data ? (
          <ErrorState error={error} title="Accounts could not be loaded" onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <PageLoader label="Loading accounts…" />
        ) : accounts.length === 0 ? (
          <EmptyState title="Everyone has a password">
            Accounts created by a roster import appear here until their person sets a password.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs" aria-labelledby="no-password-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Link</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((account) => (
                  <Table.Tr key={account.accountId}>
                    <Table.Td>
                      {account.displayName}
                      {account.disabled && (
                        <Text size="xs" c="red.9">
                          Deactivated
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{account.email}</Table.Td>
                    <Table.Td>
                      {account.linkExpiresAt ? `Sent, valid until ${formatDateTime(account.linkExpiresAt)}` : 'None yet'}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        disabled={account.disabled}
                        loading={busyId === account.accountId}
                        onClick={() => void copyLink(account.accountId, account.email)}
                      >
                        Copy set-password link<span className="visually-hidden"> for {account.displayName}</span>
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </section>
  );
}
