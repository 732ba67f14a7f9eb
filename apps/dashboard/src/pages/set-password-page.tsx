import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Center, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { SetPasswordDocument } from '../gql/graphql';
import { apiErrorCode, describeError } from '../utils/graphql-errors';

const MIN_LENGTH = 12;

/** The token arrives in the fragment (#token=…), so it never reaches a server log or a Referer header. */
function tokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() !== '' ? token.trim() : null;
}

/** Public: a person with a one-time link from HR chooses their password, then signs in. */
export function SetPasswordPage() {
  const location = useLocation();
  const token = useMemo(() => tokenFrom(location.hash), [location.hash]);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [save, { loading }] = useMutation(SetPasswordDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const next: typeof errors = {};
    if (password.length < MIN_LENGTH) next.password = `Use at least ${MIN_LENGTH} characters (this has ${password.length}).`;
    if (confirmation !== password) next.confirmation = 'The two passwords do not match.';
    setErrors(next);
    if (Object.keys(next).length > 0 || !token) return;
    try {
      const result = await save({ variables: { token, password } });
      if (result.data?.setPassword) setDone(true);
    } catch (caught) {
      const code = apiErrorCode(caught);
      setFormError(
        code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
          ? `${describeError(caught)} If the link has expired or was used already, ask your HR office for a new one.`
          : describeError(caught),
      );
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" px="md">
      <Container size={420} w="100%" py="xl">
        <main>
          <Stack gap="lg">
            <Stack gap={4} ta="center">
              <Text fw={700} c="blue.9" size="lg">
                PD Ledger
              </Text>
              <Title order={1} size="h2">
                Set your password
              </Title>
            </Stack>
            <Paper withBorder shadow="sm" p="lg" radius="md">
              {done ? (
                <Stack gap="sm">
                  <Alert color="green" variant="light" role="status" title="Your password is set">
                    Sign in with your email address and the new password.
                  </Alert>
                  <Button component={Link} to="/sign-in">
                    Go to sign in
                  </Button>
                </Stack>
              ) : !token ? (
                <Alert color="red" variant="light" role="alert" title="This link is incomplete">
                  Open the whole link your HR office sent you (it ends with #token=…), or ask them for a new one.
                </Alert>
              ) : (
                <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Set your password">
                  <Stack gap="sm">
                    {formError && (
                      <Alert color="red" variant="light" role="alert" title="Password not set">
                        {formError}
                      </Alert>
                    )}
                    <PasswordInput
                      label="New password"
                      description={`At least ${MIN_LENGTH} characters`}
                      required
                      autoComplete="new-password"
                      value={password}
                      error={errors.password}
                      onChange={(event) => setPassword(event.currentTarget.value)}
                    />
                    <PasswordInput
                      label="New password again"
                      required
                      autoComplete="new-password"
                      value={confirmation}
                      error={errors.confirmation}
                      onChange={(event) => setConfirmation(event.currentTarget.value)}
                    />
                    <Button type="submit" loading={loading}>
                      Set password
                    </Button>
                  </Stack>
                </form>
              )}
            </Paper>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in">
                Back to sign in
              </Anchor>
            </Text>
          </Stack>
        </main>
      </Container>
    </Center>
  );
}
