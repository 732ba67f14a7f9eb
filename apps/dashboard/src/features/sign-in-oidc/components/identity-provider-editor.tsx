import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import {
  IdentityProviderDocument,
  RemoveIdentityProviderDocument,
  SetIdentityProviderDocument,
  SetPasswordSignInDisabledDocument,
} from '../../../gql/graphql';
import { describeError, fieldErrorsOf } from '../../../utils/graphql-errors';
import { useViewer } from '../../auth/hooks/use-viewer';

interface Draft {
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  emailDomains: string;
}

const EMPTY: Draft = { displayName: '', issuerUrl: '', clientId: '', clientSecret: '', emailDomains: '' };

/**
 * HR: the district's OpenID Connect provider. The client secret is write-only (the API says only
 * whether one is set). Making the provider the only way in needs a test sign-in by an HR admin
 * with the current settings first, so a provider that does not work cannot lock the district out.
 */
export function IdentityProviderEditor() {
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(IdentityProviderDocument);
  const refetchQueries = [{ query: IdentityProviderDocument }];
  const [save, { loading: saving }] = useMutation(SetIdentityProviderDocument, { refetchQueries, awaitRefetchQueries: true });
  const [remove, { loading: removing }] = useMutation(RemoveIdentityProviderDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [setPasswordsOff, { loading: switching }] = useMutation(SetPasswordSignInDisabledDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const provider = data?.identityProvider.provider ?? null;

  useEffect(() => {
    if (!data) return;
    const p = data.identityProvider.provider;
    setDraft(
      p
        ? {
            displayName: p.displayName,
            issuerUrl: p.issuerUrl,
            clientId: p.clientId,
            clientSecret: '',
            emailDomains: p.emailDomains.join(', '),
          }
        : EMPTY,
    );
  }, [data]);

  if (error && !data)
    return <ErrorState error={error} title="Sign-in settings could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading sign-in settings…" />;
  if (!data) return null;
  const setup = data.identityProvider;

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    setFieldErrors({});
    try {
      await save({
        variables: {
          input: {
            displayName: draft.displayName,
            issuerUrl: draft.issuerUrl,
            clientId: draft.clientId,
            clientSecret: draft.clientSecret === '' ? null : draft.clientSecret,
            emailDomains: draft.emailDomains.split(/[\s,]+/).filter((d) => d !== ''),
          },
        },
      });
      setMessage({ ok: true, text: 'Saved. Use "Test sign-in" to check the provider works.' });
    } catch (caught) {
      setFieldErrors(fieldErrorsOf(caught));
      setMessage({ ok: false, text: describeError(caught) });
    }
  }

  async function run(action: () => Promise<unknown>) {
    setMessage(null);
    try {
      await action();
    } catch (caught) {
      setMessage({ ok: false, text: describeError(caught) });
    }
  }

  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: event.currentTarget.value }),
    error: fieldErrors[key],
  });
  const testHref = `/api/auth/oidc/start?email=${encodeURIComponent(viewer.email)}&next=${encodeURIComponent('/settings')}`;

  return (
    <Stack gap="md">
      <Text size="sm">
        Staff can sign in with the district’s identity provider (Google Workspace, Microsoft Entra ID, Clever, ClassLink or any
        OpenID Connect provider). Register PD Ledger with it as a web application with the redirect URI{' '}
        <Code>{setup.redirectUri}</Code> and the sign-out redirect URI <Code>{setup.signOutRedirectUri}</Code>, then enter what it
        gives you. A sign-in only matches an existing, active account with the same verified email address.
      </Text>
      <form onSubmit={(event) => void handleSave(event)} noValidate aria-label="Identity provider">
        <Stack gap="sm">
          <TextInput label="Name on the sign-in button" placeholder="Maplewood Google" required {...field('displayName')} />
          <TextInput label="Issuer URL" placeholder="https://accounts.google.com" required {...field('issuerUrl')} />
          <TextInput label="Client id" required {...field('clientId')} />
          <PasswordInput
            label="Client secret"
            description={
              provider?.clientSecretSet ? 'A secret is set. Leave empty to keep it; it is never shown.' : 'No secret is set.'
            }
            autoComplete="off"
            {...field('clientSecret')}
          />
          <TextInput
            label="Email domains"
            description="Addresses of these domains see “Sign in with …” on the sign-in page (comma separated)."
            placeholder="maplewood.k12.us"
            required
            {...field('emailDomains')}
          />
          <Group>
            <Button type="submit" loading={saving}>
              Save provider
            </Button>
            {provider && (
              <Button
                variant="default"
                color="red"
                loading={removing}
                disabled={provider.passwordSignInDisabled}
                onClick={() => void run(() => remove())}
              >
                Remove provider
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} variant="light" role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      {provider && (
        <Stack gap="xs">
          {provider.verified ? (
            <Text size="sm">
              Verified: {provider.verifiedBy ?? 'an HR admin'} signed in through {provider.displayName} with these settings.
            </Text>
          ) : (
            <Group gap="sm">
              <Text size="sm">Not verified yet: sign in through the provider once as an HR admin.</Text>
              <Button component="a" href={testHref} size="xs" variant="outline">
                Test sign-in
              </Button>
            </Group>
          )}
          <Switch
            label={`Sign in only with ${provider.displayName}`}
            description={
              provider.verified
                ? 'When on, password sign-in is refused for the district’s accounts.'
                : 'Available after a successful test sign-in, so a provider that does not work cannot lock everyone out.'
            }
            checked={provider.passwordSignInDisabled}
            disabled={switching || (!provider.verified && !provider.passwordSignInDisabled)}
            onChange={(event) => {
              const disabled = event.currentTarget.checked;
              void run(() => setPasswordsOff({ variables: { disabled } }));
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
