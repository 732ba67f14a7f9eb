import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { prefetchHomeQueries } from './app/first-screen-queries';
import { isPublicPath, startLoadingFor, startLoadingHomeFor } from './app/route-chunks';
import { MeDocument } from './gql/graphql';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before React's first render: ask who is signed in and fetch the first screen's chunks at the
// same time; the session answer, as soon as it arrives (before the cache and React have handled
// it), starts the person's home chunk and its first screen's queries, so none of them waits for
// another. The route guard's own session query is answered by this one (same query, same cache).
let homeStarted = false;
const client = createApolloClient({
  onViewer(viewer) {
    if (homeStarted) return;
    homeStarted = true;
    startLoadingHomeFor(viewer.role, window.location.pathname);
    prefetchHomeQueries(client, viewer, window.location);
  },
});
const firstPath = window.location.pathname;
startLoadingFor(firstPath);
if (!isPublicPath(firstPath)) {
  void client.query({ query: MeDocument }).catch(() => undefined); // RequireAuth shows the error and a retry.
}

createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
