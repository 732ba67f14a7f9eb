import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { stashUnsavedDraft } from '../features/drafts/utils/unsaved-draft';
import { MeDocument, type MeQuery, type SaveDraftMutationVariables, type ViewerFieldsFragment } from '../gql/graphql';
import { isServiceUnavailable } from '../utils/graphql-errors';
import { serviceUnavailableVar } from './service-status';

/** Apollo cache settings shared by the app and the component tests. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // The viewer is identified by its account, not by an `id` field.
      Viewer: { keyFields: ['accountId'] },
      // Staff pages, totals and month buckets have no identity of their own; they live inside
      // the query field that produced them, keyed by its arguments (page, sort, search).
      StaffPage: { keyFields: false },
      StaffRow: { keyFields: false },
      PdTotals: { keyFields: false },
      PdSummary: { keyFields: false },
      MonthTotal: { keyFields: false },
      UnitTotal: { keyFields: false },
      // A school home has no id: it lives in its query field (school and year). Each page of its
      // Needs attention list is a field of it keyed by the page's arguments; merging keeps the
      // pages already seen when another one arrives, instead of replacing the whole home.
      SchoolDashboard: { merge: true },
      // A category's or pathway's id names the rule ("literacy"), not one evaluation: the baseline
      // and the what-if (or two licenses) each have their own, so they must not be merged.
      RenewalCategory: { keyFields: false },
      RenewalPathway: { keyFields: false },
    },
  });
}

export interface CreateApolloClientOptions {
  /**
   * Called with each session check's answer (the Me query) as soon as it arrives, before the cache
   * and React see it: start-up uses it to start the person's home without waiting for a render.
   */
  onViewer?: (viewer: ViewerFieldsFragment) => void;
}

export function createApolloClient({ onViewer }: CreateApolloClientOptions = {}): ApolloClient {
  const cache = createCache();

  // When a session expires (idle or absolute timeout, or sign-out in another tab) the API answers
  // UNAUTHENTICATED. Recording "nobody is signed in" in the cache makes the route guard send the
  // person to the sign-in page, which brings them back to the same URL afterwards.
  const sessionEndedLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      // An autosave that failed because the session ended holds the newest input: keep it for
      // after the new sign-in (RequireAuth saves it then).
      const accountId = cache.readQuery({ query: MeDocument })?.me?.accountId;
      if (operation.operationName === 'SaveDraft' && accountId)
        stashUnsavedDraft(accountId, operation.variables as SaveDraftMutationVariables);
      cache.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: null } });
    }
  });

  // The API answers SERVICE_UNAVAILABLE (HTTP 503) while it cannot reach its database: say so on
  // every page until an answer comes back without it.
  const serviceStatusLink = new ErrorLink(({ error }) => {
    if (isServiceUnavailable(error)) serviceUnavailableVar(true);
  });
  const serviceBackLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if (!serviceUnavailableVar()) return;
        const unavailable = (result.errors ?? []).some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
        if (!unavailable) serviceUnavailableVar(false);
      }),
    ),
  );

  // Same origin: the API serves this app and /graphql on one port, and the session is an
  // HttpOnly cookie the browser sends by itself.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  const viewerLink = new ApolloLink((operation, forward) => {
    const results = forward(operation);
    if (!onViewer || operation.operationName !== 'Me') return results;
    return results.pipe(
      tap((result) => {
        const me = (result.data as MeQuery | null | undefined)?.me;
        if (me) onViewer(me);
      }),
    );
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([serviceStatusLink, serviceBackLink, sessionEndedLink, viewerLink, httpLink]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
