import { useQuery } from '@apollo/client/react';
import { Button, Divider, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { SignInMethodDocument } from '../../../gql/graphql';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Sign in with <provider>" under the password form, once the typed e-mail's domain belongs to a
 * district with an OpenID Connect provider. The API answers by domain only, so every address of a
 * domain gets the same answer, whether or not it has an account.
 */
export function ProviderSignIn({ email, next }: { email: string; next: string }) {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(email.trim().toLowerCase()), 300);
    return () => clearTimeout(timer);
  }, [email]);
  const { data } = useQuery(SignInMethodDocument, { variables: { email: settled }, skip: !EMAIL_SHAPE.test(settled) });
  const method = EMAIL_SHAPE.test(settled) ? data?.signInMethod : undefined;
  if (!method?.providerName || !method.providerSignInPath) return null;
  const href = `${method.providerSignInPath}&next=${encodeURIComponent(next)}`;
  return (
    <Stack gap="sm">
      <Divider label="or" labelPosition="center" />
      <Button component="a" href={href} variant="outline" fullWidth>
        Sign in with {method.providerName}
      </Button>
      {!method.passwordSignIn && (
        <Text size="sm" c="dimmed">
          Your district signs in with {method.providerName} only.
        </Text>
      )}
    </Stack>
  );
}
