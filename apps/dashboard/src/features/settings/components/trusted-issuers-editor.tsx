import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import {
  AddTrustedIssuerDocument,
  PinTrustedIssuerKeyDocument,
  RemoveTrustedIssuerDocument,
  TrustedIssuersDocument,
  UnpinTrustedIssuerKeyDocument,
  WaitingIssuersDocument,
  type WaitingIssuersQuery,
} from '../../../gql/graphql';
import { formatDate } from '../../../utils/format';
import { apiErrorCode, apiErrorMessage, describeError } from '../../../utils/graphql-errors';

type WaitingIssuer = WaitingIssuersQuery['waitingIssuers'][number];

const REFETCH = ['TrustedIssuers', 'WaitingIssuers'];

function inputError(caught: unknown): string {
  // The API names the field and the value it refused; show that beside the form.
  return apiErrorCode(caught) === 'BAD_USER_INPUT' ? (apiErrorMessage(caught) ?? describeError(caught)) : describeError(caught);
}

interface TrustFormProps {
  /** From the waiting list: the issuer id is fixed and the keys seen are offered for pinning. */
  waiting: WaitingIssuer | null;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Trust one issuer by its id: HR names it, says why, and pins the keys that may sign for it. */
function TrustIssuerForm({ waiting, onDone, onCancel }: TrustFormProps) {
  const [addIssuer, { loading }] = useMutation(AddTrustedIssuerDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [issuerId, setIssuerId] = useState(waiting?.issuerId ?? '');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [keys, setKeys] = useState<string[]>(waiting?.keyIds ?? []);
  const [extraKeys, setExtraKeys] = useState('');
  const [error, setError] = useState<string | null>(null);
  const idPrefix = waiting ? `trust-${waiting.issuerId.replace(/[^a-zA-Z0-9]/g, '').slice(-12)}` : 'trust-new';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (issuerId.trim() === '' || name.trim() === '') {
      setError('Enter the issuer id and a name for it.');
      return;
    }
    const pinnedKeys = [...keys, ...extraKeys.split(/[\s,]+/).filter((key) => key !== '')];
    try {
      await addIssuer({
        variables: { input: { issuerId: issuerId.trim(), name: name.trim(), note: note.trim() || null, pinnedKeys } },
      });
      onDone(`${name.trim()} is now trusted. Badges already waiting stay in the review queue for a person to decide.`);
    } catch (caught) {
      setError(inputError(caught));
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={waiting ? `Trust ${waiting.issuerId}` : 'Trust a badge issuer'}
    >
      <Stack gap="xs">
        {waiting ? (
          <Text size="sm">
            Issuer id: <Code style={{ wordBreak: 'break-all' }}>{waiting.issuerId}</Code>
          </Text>
        ) : (
          <TextInput
            label="Issuer id"
            description="Exactly as the badges carry it: did:web:…, did:key:… or an https:// address"
            value={issuerId}
            maxLength={2048}
            onChange={(event) => setIssuerId(event.currentTarget.value)}
          />
        )}
        <TextInput
          id={`${idPrefix}-name`}
          label="Name in PD Ledger"
          description={
            waiting && waiting.claimedNames.length > 0
              ? `The badges call it “${waiting.claimedNames.join('”, “')}” — check before you use that.`
              : undefined
          }
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Textarea
          label="Note (why the district trusts it)"
          value={note}
          maxLength={1000}
          autosize
          minRows={1}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {waiting && waiting.keyIds.length > 0 && (
          <Checkbox.Group label="Pin the signing keys seen on its badges" value={keys} onChange={setKeys}>
            <Stack gap={4} mt={4}>
              {waiting.keyIds.map((key) => (
                <Checkbox key={key} value={key} label={<Code style={{ wordBreak: 'break-all' }}>{key}</Code>} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <TextInput
          label={waiting ? 'Other keys to pin (optional)' : 'Keys to pin (optional)'}
          description="did:key:…, urn:ietf:params:oauth:jwk-thumbprint:sha-256:…, or an https:// key address; separate with spaces"
          value={extraKeys}
          onChange={(event) => setExtraKeys(event.currentTarget.value)}
        />
        {error && (
          <Alert color="red" variant="light" role="alert" title="Not trusted">
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={loading}>
            Trust this issuer
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Issuers named by badges in review that nobody has decided on, with those badges. */
function WaitingIssuers({ onDone }: { onDone: (message: string) => void }) {
  const { data, error, loading, refetch } = useQuery(WaitingIssuersDocument);
  const [open, setOpen] = useState<string | null>(null);
  if (error && !data)
    return <ErrorState error={error} title="Waiting issuers could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading waiting issuers…" />;
  const waiting = data?.waitingIssuers ?? [];
  if (waiting.length === 0) {
    return (
      <EmptyState title="No issuers waiting for a decision">
        Badges from issuers the district does not trust will list their issuer here.
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      {waiting.map((issuer) => (
        <Paper
          key={issuer.issuerId}
          withBorder
          p="sm"
          radius="md"
          component="article"
          aria-label={`Waiting issuer ${issuer.issuerId}`}
        >
          <Stack gap={6}>
            <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
              {issuer.issuerId}
            </Text>
            <Text size="xs" c="dimmed">
              Calls itself {issuer.claimedNames.length > 0 ? `“${issuer.claimedNames.join('”, “')}”` : 'nothing'} (a claim, not
              checked) · {issuer.badgeCount} badge{issuer.badgeCount === 1 ? '' : 's'} waiting in{' '}
              <Anchor component={Link} to="/review" size="xs">
                review
              </Anchor>
            </Text>
            <Stack gap={0} component="ul" style={{ margin: 0, paddingLeft: '1.2rem' }}>
              {issuer.badges.map((badge) => (
                <Text key={badge.id} component="li" size="xs">
                  {badge.title} — {badge.educator.fullName}, {formatDate(badge.completedOn)}
                </Text>
              ))}
            </Stack>
            {open === issuer.issuerId ? (
              <TrustIssuerForm
                waiting={issuer}
                onCancel={() => setOpen(null)}
                onDone={(message) => {
                  setOpen(null);
                  onDone(message);
                }}
              />
            ) : (
              <Group>
                <Button size="xs" variant="outline" onClick={() => setOpen(issuer.issuerId)}>
                  Trust…<span className="visually-hidden"> {issuer.issuerId}</span>
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * HR: which badge issuers the district trusts. Only badges from these (by issuer id, signed with
 * a pinned key or one published on the issuer's own domain) are VERIFIED on import; the rest wait
 * in review. Trusting an issuer does not change badges already waiting.
 */
export function TrustedIssuersEditor() {
  const { data, error, loading, refetch } = useQuery(TrustedIssuersDocument);
  const [removeIssuer] = useMutation(RemoveTrustedIssuerDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [pinKey] = useMutation(PinTrustedIssuerKeyDocument);
  const [unpinKey] = useMutation(UnpinTrustedIssuerKeyDocument);
  const [done, setDone] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [newKey, setNewKey] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState(false);

  if (error && !data)
    return <ErrorState error={error} title="Trusted issuers could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading trusted issuers…" />;
  const issuers = data?.trustedIssuers ?? [];

  async function act(action: () => Promise<unknown>, message: string) {
    setListError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
    } catch (caught) {
      setListError(inputError(caught));
    }
  }

  return (
    <Stack gap="md">
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
        <Alert color="red" variant="light" role="alert" title="Not changed">
          {listError}
        </Alert>
      )}
      <section aria-labelledby="waiting-issuers">
        <Title order={3} size="h4" id="waiting-issuers" mb="xs">
          Issuers waiting for a decision
        </Title>
        <WaitingIssuers onDone={setDone} />
      </section>
      <section aria-labelledby="trusted-issuers">
        <Title order={3} size="h4" id="trusted-issuers" mb="xs">
          Trusted issuers
        </Title>
        {issuers.length === 0 ? (
          <EmptyState title="No trusted issuers yet">
            Until HR trusts an issuer, every imported badge waits for a reviewer.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs" captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>
                {issuers.length} trusted issuer{issuers.length === 1 ? '' : 's'}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Issuer</Table.Th>
                  <Table.Th scope="col">Pinned keys</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issuers.map((issuer) => (
                  <Table.Tr key={issuer.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {issuer.name}
                      </Text>
                      <Text size="xs" style={{ wordBreak: 'break-all' }}>
                        {issuer.issuerId}
                      </Text>
                      {issuer.note && (
                        <Text size="xs" c="dimmed">
                          {issuer.note}
                        </Text>
                      )}
                      {issuer.catalogIssuerName && (
                        <Text size="xs" c="dimmed">
                          Catalog: {issuer.catalogIssuerName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {issuer.pinnedKeys.length === 0 && (
                          <Text size="xs" c="dimmed">
                            None (keys must be published on the issuer’s own domain)
                          </Text>
                        )}
                        {issuer.pinnedKeys.map((key) => (
                          <Group key={key} gap={4} wrap="nowrap" align="flex-start">
                            <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{key}</Code>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red.9"
                              onClick={() =>
                                void act(
                                  () => unpinKey({ variables: { id: issuer.id, key } }),
                                  `The key was unpinned from ${issuer.name}.`,
                                )
                              }
                            >
                              Unpin<span className="visually-hidden"> {key}</span>
                            </Button>
                          </Group>
                        ))}
                        <Group gap={4} wrap="nowrap">
                          <TextInput
                            size="xs"
                            aria-label={`Key to pin for ${issuer.name}`}
                            placeholder="did:key:…"
                            value={newKey[issuer.id] ?? ''}
                            onChange={(event) => setNewKey({ ...newKey, [issuer.id]: event.currentTarget.value })}
                            style={{ flex: 1 }}
                          />
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() =>
                              void act(async () => {
                                await pinKey({ variables: { id: issuer.id, key: (newKey[issuer.id] ?? '').trim() } });
                                setNewKey({ ...newKey, [issuer.id]: '' });
                              }, `The key was pinned for ${issuer.name}.`)
                            }
                          >
                            Pin<span className="visually-hidden"> a key for {issuer.name}</span>
                          </Button>
                        </Group>
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() =>
                          void act(
                            () => removeIssuer({ variables: { id: issuer.id } }),
                            `${issuer.name} is no longer trusted for new badges.`,
                          )
                        }
                      >
                        Stop trusting<span className="visually-hidden"> {issuer.name}</span>
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {adding ? (
        <Paper withBorder p="sm" radius="md">
          <TrustIssuerForm
            waiting={null}
            onCancel={() => setAdding(false)}
            onDone={(message) => {
              setAdding(false);
              setDone(message);
            }}
          />
        </Paper>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setAdding(true)}>
            Trust another issuer…
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        A badge counts as verified only when its issuer is trusted here and it was signed with a pinned key (or a key published on
        the issuer’s own domain). Stopping trust affects new imports only; records already verified stay until someone voids them.
      </Text>
    </Stack>
  );
}
