import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SignInDocument, type ViewerFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SignInForm } from './sign-in-form';

const viewer: ViewerFieldsFragment = {
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  email: 'teacher@maplewood.example.org',
  role: 'TEACHER',
  displayName: 'Maria Alvarez',
  district: {
    __typename: 'District',
    id: 'd0000000-0000-4000-8000-000000000001',
    name: 'Maplewood School District',
    stateCode: 'PA',
  },
  educator: { __typename: 'Educator', id: 'e0000000-0000-4000-8000-000000000001', fullName: 'Maria Alvarez' },
  schools: [{ __typename: 'School', id: 's0000000-0000-4000-8000-000000000001', name: 'Lincoln Elementary' }],
};

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email', { exact: false }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password', { exact: false }), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('has the labelled fields and button the browser test relies on', () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);
    expect(screen.getByRole('textbox', { name: /^Email/ })).toBeTruthy();
    expect(screen.getByLabelText(/^Password/)).toHaveProperty('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('asks for both fields before calling the API', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows one message for a bad credential, in an alert, and clears the password', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: { email: 'nobody@maplewood.example.org', password: 'wrong' } },
        result: { errors: [new GraphQLError('Email or password is incorrect', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ];
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, { mocks });
    fillAndSubmit('nobody@maplewood.example.org', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Email or password is incorrect.');
    expect(screen.getByLabelText(/^Password/)).toHaveProperty('value', '');
  });

  it('reports rate limiting in the API’s words', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: { email: 'teacher@maplewood.example.org', password: 'x' } },
        result: {
          errors: [
            new GraphQLError('Too many sign-in attempts; try again in 60 seconds', { extensions: { code: 'TOO_MANY_REQUESTS' } }),
          ],
        },
      },
    ];
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, { mocks });
    fillAndSubmit('teacher@maplewood.example.org', 'x');
    expect((await screen.findByRole('alert')).textContent).toContain('Too many sign-in attempts');
  });

  it('hands the signed-in viewer on', async () => {
    const onSignedIn = jest.fn();
    const mocks = [
      {
        request: { query: SignInDocument, variables: { email: 'teacher@maplewood.example.org', password: 'pdledger-demo' } },
        result: { data: { __typename: 'Mutation', signIn: viewer } },
      },
    ];
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { mocks });
    fillAndSubmit('  teacher@maplewood.example.org ', 'pdledger-demo');
    await waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ role: 'TEACHER', displayName: 'Maria Alvarez' })),
    );
  });
});
