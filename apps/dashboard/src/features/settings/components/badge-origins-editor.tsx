import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { AddBadgeOriginDocument, BadgeOriginsDocument, RemoveBadgeOriginDocument } from '../../../gql/graphql';
import { apiErrorCode, apiErrorMessage, describeError } from '../../../utils/graphql-errors';

/** HR: the badge issuer origins PD Ledger may contact to verify hosted badges. */
export function BadgeOriginsEditor() {
  const { data, error, loading, refetch } = useQuery(BadgeOriginsDocument);
  const refetchQueries = ['BadgeOrigins'];
  const [addOrigin, { loading: adding }] = useMutation(AddBadgeOriginDocument, { refetchQueries, awaitRefetchQueries: true });
  const [removeOrigin] = useMutation(RemoveBadgeOriginDocument, { refetchQueries, awaitRefetchQueries: true });
  const [origin, setOrigin] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (error && !data)
    return <ErrorState error={error} title="Badge issuers could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading badge issuers…" />;
  const origins = data?.badgeOrigins ?? [];

  async function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const value = origin.trim();
    if (value === '') {
      setFieldError('Enter an issuer origin such as https://badges.example.org.');
      return;
    }
    setFieldError(null);
    try {
      const added = (await addOrigin({ variables: { origin: value } })).data?.addBadgeOrigin;
      setOrigin('');
      setDone(`${added?.origin ?? value} was added.`);
    } catch (caught) {
      // The API explains what is wrong with the origin (scheme, path, duplicate); show it beside the field.
      setFieldError(
        apiErrorCode(caught) === 'BAD_USER_INPUT' ? (apiErrorMessage(caught) ?? describeError(caught)) : describeError(caught),
      );
    }
  }

  async function handleRemove(id: string, name: string) {
    setListError(null);
    setDone(null);
    setRemovingId(id);
    try {
      await removeOrigin({ variables: { id } });
      setDone(`${name} was removed.`);
    } catch (caught) {
      setListError(describeError(caught));
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <Stack gap="sm">
      {done && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {listError && (
        <Alert color="red" variant="light" role="alert" title="Not removed">
          {listError}
        </Alert>
      )}
      {origins.length === 0 ? (
        <EmptyState title="No badge issuers allowed yet">
          Teachers can still upload badge files; hosted badges need their issuer listed here.
        </EmptyState>
      ) : (
        <Table striped verticalSpacing="xs" captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }}>{origins.length} allowed issuers</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Issuer origin</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {origins.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td style={{ wordBreak: 'break-all' }}>{row.origin}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    loading={removingId === row.id}
                    onClick={() => void handleRemove(row.id, row.origin)}
                  >
                    Remove<span className="visually-hidden"> {row.origin}</span>
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={(event) => void handleAdd(event)} noValidate aria-label="Add a badge issuer">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label="Issuer origin"
            description="scheme://host[:port], e.g. https://badges.example.org"
            inputMode="url"
            maxLength={300}
            style={{ flex: '1 1 280px' }}
            value={origin}
            error={fieldError}
            onChange={(event) => setOrigin(event.currentTarget.value)}
          />
          <Button type="submit" loading={adding} mt={{ base: 0, xs: 44 }}>
            Add issuer
          </Button>
        </Group>
      </form>
      <Text size="xs" c="dimmed">
        Removing an issuer stops new verifications from it; badges already verified stay verified.
      </Text>
    </Stack>
  );
}
