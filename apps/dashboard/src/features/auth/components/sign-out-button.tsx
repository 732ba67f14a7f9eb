import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../../../gql/graphql';

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  async function handleSignOut() {
    try {
      await signOut();
    } catch {
      // Even if the server call fails (say the session had already expired), nothing of this
      // person's data may stay in the page: clear the cache and leave all the same.
    }
    // clearStore drops every cached result without refetching the queries on screen.
    await client.clearStore();
    navigate('/sign-in', { replace: true });
  }

  return (
    <Button variant="default" size="sm" onClick={() => void handleSignOut()} loading={loading}>
      Sign out
    </Button>
  );
}
