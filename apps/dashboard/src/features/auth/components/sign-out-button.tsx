import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { IdentityProviderSignOutDocument, SignOutDocument } from '../../../gql/graphql';

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  async function handleSignOut() {
    // Asked before the session ends: where to sign out of the district's identity provider too.
    let providerSignOut: { providerName: string; url: string } | null = null;
    try {
      const { data } = await client.query({ query: IdentityProviderSignOutDocument, fetchPolicy: 'network-only' });
      const answer = data?.identityProviderSignOut;
      if (answer?.providerName && answer.url) providerSignOut = { providerName: answer.providerName, url: answer.url };
    } catch {
      // No offer then; signing out of PD Ledger goes ahead.
    }
    try {
      await signOut();
    } catch {
      // Even if the server call fails (say the session had already expired), nothing of this
      // person's data may stay in the page: clear the cache and leave all the same.
    }
    // clearStore drops every cached result without refetching the queries on screen.
    await client.clearStore();
    navigate('/sign-in', { replace: true, state: providerSignOut ? { providerSignOut } : null });
  }

  return (
    <Button variant="default" size="sm" onClick={() => void handleSignOut()} loading={loading}>
      Sign out
    </Button>
  );
}
