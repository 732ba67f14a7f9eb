import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../features/auth/components/sign-in-form';
import { safeReturnPath } from '../features/auth/hooks/return-path';
import { MeDocument } from '../gql/graphql';

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // Set by the sign-out button (router state, so no link from elsewhere can put an address here).
  const providerSignOut = (useLocation().state as { providerSignOut?: { providerName: string; url: string } } | null)
    ?.providerSignOut;
  const returnPath = safeReturnPath(searchParams.get('next'));
  // The form shows at once; if a session already exists the page moves on when `me` arrives.
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });

  if (data?.me) return <Navigate to={returnPath} replace />;

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
                Sign in
              </Title>
              <Text c="dimmed" size="sm">
                Professional development records for your district.
              </Text>
            </Stack>
            {providerSignOut && (
              <Alert color="blue" variant="light" title="You are signed out of PD Ledger">
                You may still be signed in to {providerSignOut.providerName}.{' '}
                <Anchor href={providerSignOut.url}>Sign out of {providerSignOut.providerName}</Anchor>
              </Alert>
            )}
            <Paper withBorder shadow="sm" p="lg" radius="md">
              <SignInForm returnPath={returnPath} onSignedIn={() => navigate(returnPath, { replace: true })} />
            </Paper>
            <Text size="sm" c="dimmed" ta="center">
              Use the email address and password your district gave you, or your district’s sign-in when it offers one. Trying PD
              Ledger out? The demo accounts are listed in the README that comes with it.
            </Text>
          </Stack>
        </main>
      </Container>
    </Center>
  );
}
