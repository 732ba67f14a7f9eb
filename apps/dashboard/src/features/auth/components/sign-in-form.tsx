import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MeDocument, SignInDocument, type ViewerFieldsFragment } from '../../../gql/graphql';
import { ProviderSignIn } from '../../sign-in-oidc/components/provider-sign-in';
import { apiErrorCode, apiErrorMessage, describeError } from '../../../utils/graphql-errors';

interface SignInFormProps {
  onSignedIn: (viewer: ViewerFieldsFragment) => void;
  /** Where a sign-in through the district's provider returns to. */
  returnPath?: string;
}

interface FieldErrors {
  email?: string;
  password?: string;
}

// One message for every bad credential, matching the API, so the form never reveals whether an
// email address has an account.
const BAD_CREDENTIALS = 'Email or password is incorrect. Check both and try again.';

function errorMessageFor(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
      return BAD_CREDENTIALS;
    case 'FORBIDDEN': // the district signs in through its identity provider only
      return apiErrorMessage(error) ?? 'Your district signs in through its identity provider.';
    case 'TOO_MANY_REQUESTS':
      return apiErrorMessage(error) ?? 'Too many sign-in attempts. Please wait a few minutes and try again.';
    default:
      return describeError(error);
  }
}

export function SignInForm({ onSignedIn, returnPath = '/' }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: data.signIn } });
    },
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (email.trim() === '') errors.email = 'Enter your email address.';
    if (password === '') errors.password = 'Enter your password.';
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;

    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      if (result.data) onSignedIn(result.data.signIn);
    } catch (error) {
      setFormError(errorMessageFor(error));
      setPassword('');
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Could not sign in">
            {formError}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
          required
          data-autofocus
        />
        <TextInput
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          required
        />
        <Button type="submit" loading={loading} fullWidth>
          Sign in
        </Button>
        <ProviderSignIn email={email} next={returnPath} />
      </Stack>
    </form>
  );
}
