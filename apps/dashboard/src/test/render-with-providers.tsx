import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../app/apollo-client';
import { theme } from '../app/theme';

interface Options {
  mocks?: MockedProviderProps['mocks'];
  route?: string;
}

/** Renders a component with the app's providers, a mocked API and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/' }: Options = {}): RenderResult {
  return render(
    <MantineProvider theme={theme} env="test">
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}
