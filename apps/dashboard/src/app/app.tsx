import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { ServiceStatusBanner } from '../components/ui/service-status-banner';
import { createApolloClient } from './apollo-client';
import { AppRoutes } from './app-routes';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  /** The page's client, when start-up already created it (main.tsx asks for the session early). */
  client?: ApolloClient;
}

export function App({ client: given }: AppProps) {
  // One client per page load; useState keeps it stable across re-renders.
  const [client] = useState(() => given ?? createApolloClient());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <ServiceStatusBanner />
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
