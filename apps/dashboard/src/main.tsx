import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { prefetchHomeQueries } from './app/first-screen-queries';
import { isPublicPath, startLoadingFor, startLoadingHomeFor } from './app/route-chunks';
import { readSessionAnswer } from './app/session-answer';
import { MeDocument, type ViewerFieldsFragment } from './gql/graphql';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before React's first render: take who is signed in from the page (the API answers the session
// check with it, see `session-answer.ts`) or ask the API, and fetch the first screen's chunks at the
// same time; the session answer, as soon as it is known (before the cache and React have handled a
// fetched one), starts the person's home chunk and its first screen's queries, so none of them
// waits for another. The route guard's own session query is answered by this one (same query,
// same cache).
let homeStarted = false;
function startHome(viewer: ViewerFieldsFragment): void {
  if (homeStarted) return;
  homeStarted = true;
  startLoadingHomeFor(viewer.role, window.location.pathname);
  prefetchHomeQueries(client, viewer, window.location);
}
const client = createApolloClient({ onViewer: startHome });
const firstPath = window.location.pathname;
startLoadingFor(firstPath);
const sessionAnswer = readSessionAnswer(document);
if (sessionAnswer) {
  client.writeQuery({ query: MeDocument, data: sessionAnswer });
  if (sessionAnswer.me) startHome(sessionAnswer.me);
} else if (!isPublicPath(firstPath)) {
  void client.query({ query: MeDocument }).catch(() => undefined); // RequireAuth shows the error and a retry.
}

createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
