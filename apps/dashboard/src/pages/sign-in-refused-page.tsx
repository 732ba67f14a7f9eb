import { Alert, Anchor, Center, Container, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

/** Why a sign-in through the district's provider was refused, keyed by the API's `reason`. */
const REASONS: Record<string, { title: string; text: string }> = {
  unknown_email: {
    title: 'No PD Ledger account for this email',
    text: 'Your district’s sign-in worked, but no account in PD Ledger uses that email address. PD Ledger does not create accounts at sign-in: ask your district’s HR office to add you to the roster.',
  },
  email_unverified: {
    title: 'Your email address is not verified',
    text: 'Your district’s sign-in did not confirm that the email address is yours, so PD Ledger cannot match it to an account. Ask your district’s IT or HR office.',
  },
  account_deactivated: {
    title: 'This account is deactivated',
    text: 'The PD Ledger account for this email address has been deactivated. Ask your district’s HR office if this is a mistake.',
  },
  other_district: {
    title: 'This account belongs to another district',
    text: 'The email address you signed in with has a PD Ledger account in another district. Sign in through that district’s page.',
  },
  no_email: {
    title: 'No email address from your district’s sign-in',
    text: 'Your district’s sign-in did not share an email address, so PD Ledger cannot match you to an account. Ask your district’s IT office.',
  },
  no_provider: {
    title: 'No district sign-in for this email',
    text: 'The district of this email address does not sign in through an identity provider. Sign in with your password.',
  },
  flow_expired: {
    title: 'The sign-in took too long or was started elsewhere',
    text: 'Sign-ins through your district must finish within ten minutes, in the browser that started them. Please try again.',
  },
  provider_error: {
    title: 'Your district’s sign-in was not completed',
    text: 'The identity provider ended the sign-in without signing you in. Please try again.',
  },
  token_rejected: {
    title: 'The answer from your district’s sign-in could not be trusted',
    text: 'PD Ledger checks every answer from the identity provider and refused this one. Please try again; if it keeps happening, tell your district’s IT office.',
  },
};

const UNKNOWN = { title: 'Sign-in refused', text: 'The sign-in through your district could not be completed. Please try again.' };

export function SignInRefusedPage() {
  const [searchParams] = useSearchParams();
  const reason = REASONS[searchParams.get('reason') ?? ''] ?? UNKNOWN;
  return (
    <Center mih="100vh" bg="gray.0" px="md">
      <Container size={520} w="100%" py="xl">
        <main>
          <Stack gap="lg">
            <Text fw={700} c="blue.9" size="lg" ta="center">
              PD Ledger
            </Text>
            <Title order={1} size="h2" ta="center">
              You are not signed in
            </Title>
            <Alert color="orange.9" variant="light" role="alert" title={reason.title}>
              {reason.text}
            </Alert>
            <Anchor component={Link} to="/sign-in" ta="center">
              Back to sign-in
            </Anchor>
          </Stack>
        </main>
      </Container>
    </Center>
  );
}
