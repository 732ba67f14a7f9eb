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

/**
 * The nonce the API's Content-Security-Policy allows `<style>` elements with (a fresh one in each
 * page it serves, in `<meta property="csp-nonce">`): Mantine writes its CSS variables and
 * responsive styles that way. Browsers hide the attribute once parsed; the property keeps it.
 */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

export function App({ client: given }: AppProps) {
  // One client per page load; useState keeps it stable across re-renders.
  const [client] = useState(() => given ?? createApolloClient());
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={styleNonce}
    >
      <ApolloProvider client={client}>
        <ServiceStatusBanner />
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
