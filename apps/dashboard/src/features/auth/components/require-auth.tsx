import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { MeDocument, SaveDraftDocument } from '../../../gql/graphql';
import { takeUnsavedDraft } from '../../drafts/utils/unsaved-draft';
import { signInPathFor } from '../hooks/return-path';
import { ViewerContext } from '../hooks/use-viewer';

/** Renders the signed-in part of the app, or sends the person to sign in and back here after. */
export function RequireAuth() {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const client = useApolloClient();
  const accountId = data?.me?.accountId;

  // Signed in again after a session ended mid-form: save what the failed autosave carried.
  useEffect(() => {
    if (!accountId) return;
    const variables = takeUnsavedDraft(accountId);
    if (variables)
      void client.mutate({ mutation: SaveDraftDocument, variables, refetchQueries: ['MyDrafts'] }).catch(() => undefined);
  }, [accountId, client]);

  if (data === undefined && loading) return <PageLoader label="Checking your session…" />;
  if (data === undefined && error) {
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!data?.me) return <Navigate to={signInPathFor(location)} replace />;

  return (
    <ViewerContext.Provider value={data.me}>
      <Outlet />
    </ViewerContext.Provider>
  );
}
