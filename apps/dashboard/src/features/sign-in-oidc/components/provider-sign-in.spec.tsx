import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SignInDocument, SignInMethodDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SignInForm } from '../../auth/components/sign-in-form';

function method(email: string, providerName: string | null, passwordSignIn = true) {
  return {
    request: { query: SignInMethodDocument, variables: { email } },
    result: {
      data: {
        signInMethod: {
          __typename: 'SignInMethod' as const,
          providerName,
          providerSignInPath: providerName ? `/api/auth/oidc/start?email=${encodeURIComponent(email)}` : null,
          passwordSignIn,
        },
      },
    },
  };
}

describe('sign-in through the district provider', () => {
  it('offers "Sign in with <provider>" once the email’s domain has one, returning to the page asked for', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} returnPath="/staff?school=a" />, {
      mocks: [method('ada@maplewood.k12.us', 'Maplewood Google', false)],
    });
    fireEvent.change(screen.getByLabelText('Email', { exact: false }), { target: { value: 'Ada@Maplewood.k12.us' } });
    const link = await screen.findByRole('link', { name: 'Sign in with Maplewood Google' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe(
      `/api/auth/oidc/start?email=ada%40maplewood.k12.us&next=${encodeURIComponent('/staff?school=a')}`,
    );
    expect(screen.getByText('Your district signs in with Maplewood Google only.')).toBeTruthy();
  });

  it('offers nothing when the domain’s district has no provider', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, { mocks: [method('ben@elsewhere.org', null)] });
    fireEvent.change(screen.getByLabelText('Email', { exact: false }), { target: { value: 'ben@elsewhere.org' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull();
  });

  it('shows the API’s message when the district signs in through its provider only', async () => {
    const message = 'Your district signs in with Maplewood Google only: use "Sign in with Maplewood Google".';
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [
        {
          request: { query: SignInDocument, variables: { email: 'ada@maplewood.k12.us', password: 'right' } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })] },
        },
        method('ada@maplewood.k12.us', 'Maplewood Google', false),
      ],
    });
    fireEvent.change(screen.getByLabelText('Email', { exact: false }), { target: { value: 'ada@maplewood.k12.us' } });
    fireEvent.change(screen.getByLabelText('Password', { exact: false }), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
