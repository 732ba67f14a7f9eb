import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { isPublicPath, startLoadingFor, startLoadingHomeFor } from './app/route-chunks';
import { MeDocument } from './gql/graphql';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before React's first render: ask who is signed in and fetch the first screen's chunks at the
// same time, then the signed-in person's home chunk, so none of them waits for another. The
// route guard's own session query is answered by this one (same query, same cache).
const client = createApolloClient();
const firstPath = window.location.pathname;
startLoadingFor(firstPath);
if (!isPublicPath(firstPath)) {
  client
    .query({ query: MeDocument })
    .then(({ data }) => {
      if (data?.me) startLoadingHomeFor(data.me.role, firstPath);
    })
    .catch(() => undefined); // RequireAuth shows the error and a retry.
}

createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
