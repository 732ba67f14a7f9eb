import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import {
  AddBadgeOriginDocument,
  BadgeOriginsDocument,
  RemoveBadgeOriginDocument,
  ReviewSettingsDocument,
  SetPrincipalsCanReviewDocument,
  TrustedIssuersDocument,
  WaitingIssuersDocument,
} from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { SettingsPage } from './settings-page';

const hr: Viewer = {
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  email: 'hr@maplewood.example.org',
  role: 'HR_ADMIN',
  displayName: 'HR Admin',
  district: {
    __typename: 'District',
    id: 'd0000000-0000-4000-8000-000000000001',
    name: 'Maplewood School District',
    stateCode: 'PA',
  },
  educator: null,
  schools: [],
};

const origin = (id: string, value: string) => ({
  __typename: 'BadgeOrigin' as const,
  id,
  origin: value,
  createdAt: '2026-11-01T10:00:00.000Z',
});
const credly = origin('b0000000-0000-4000-8000-000000000001', 'https://www.credly.com');

function renderPage(mocks: MockedProviderProps['mocks']) {
  // The trusted-issuer section has its own spec (trusted-issuers-editor.spec.tsx); here it is empty.
  const trustMocks = [
    { request: { query: TrustedIssuersDocument }, result: { data: { trustedIssuers: [] } } },
    { request: { query: WaitingIssuersDocument }, result: { data: { waitingIssuers: [] } } },
  ];
  return renderWithProviders(
    <ViewerContext.Provider value={hr}>
      <SettingsPage />
    </ViewerContext.Provider>,
    { mocks: [...trustMocks, ...(mocks ?? [])] },
  );
}

const settings = (principalsCanReview: boolean) => ({ __typename: 'ReviewSettings' as const, principalsCanReview });

describe('SettingsPage', () => {
  it('turns principal review on', async () => {
    const setCalled = jest.fn();
    renderPage([
      { request: { query: ReviewSettingsDocument }, result: { data: { reviewSettings: settings(false) } } },
      { request: { query: BadgeOriginsDocument }, result: { data: { badgeOrigins: [credly] } } },
      {
        request: { query: SetPrincipalsCanReviewDocument, variables: { enabled: true } },
        result: () => {
          setCalled();
          return { data: { setPrincipalsCanReview: settings(true) } };
        },
      },
    ]);
    const toggle = await screen.findByRole('switch', { name: /Principals may review PD for their schools/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByRole('button', { name: 'Remove https://www.credly.com' })).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(setCalled).toHaveBeenCalled());
    await waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true));
  });

  it('shows the API’s message beside the origin field, and removes an issuer', async () => {
    const removeCalled = jest.fn();
    renderPage([
      { request: { query: ReviewSettingsDocument }, result: { data: { reviewSettings: settings(true) } } },
      { request: { query: BadgeOriginsDocument }, result: { data: { badgeOrigins: [credly] } } },
      {
        request: { query: AddBadgeOriginDocument, variables: { origin: 'https://badges.example.org/path' } },
        result: {
          errors: [
            new GraphQLError('An origin has no path: use scheme://host[:port]', {
              extensions: { code: 'BAD_USER_INPUT', field: 'origin' },
            }),
          ],
        },
      },
      {
        request: { query: RemoveBadgeOriginDocument, variables: { id: credly.id } },
        result: () => {
          removeCalled();
          return { data: { removeBadgeOrigin: true } };
        },
      },
      { request: { query: BadgeOriginsDocument }, result: { data: { badgeOrigins: [] } } },
    ]);
    const field = await screen.findByLabelText('Issuer origin');
    fireEvent.change(field, { target: { value: ' https://badges.example.org/path ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add issuer' }));
    expect(await screen.findByText('An origin has no path: use scheme://host[:port]')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Remove https://www.credly.com' }));
    await waitFor(() => expect(removeCalled).toHaveBeenCalled());
    expect(await screen.findByText('No badge issuers allowed yet')).toBeTruthy();
  });
});
