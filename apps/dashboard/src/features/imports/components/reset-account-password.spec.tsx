import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ResetAccountPasswordDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { PasswordResetNotice } from '../../auth/components/password-reset-notice';
import { DismissPasswordResetNoticeDocument, MyPasswordResetNoticesDocument } from '../../../gql/graphql';
import { ResetAccountPassword } from './reset-account-password';

describe('ResetAccountPassword', () => {
  it('says what a reset does and resets only once confirmed', async () => {
    let called = false;
    renderWithProviders(<ResetAccountPassword />, {
      mocks: [
        {
          request: { query: ResetAccountPasswordDocument, variables: { email: 'ada@district.example.org' } },
          result: () => {
            called = true;
            return {
              data: {
                resetAccountPassword: {
                  __typename: 'PasswordSetLink' as const,
                  accountId: 'a1',
                  path: '/set-password#token=abc',
                  expiresAt: '2026-12-13T10:00:00.000Z',
                },
              },
            };
          },
        },
      ],
    });
    fireEvent.change(screen.getByLabelText('Email of the account'), { target: { value: 'ada@district.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset password…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset this password?' });
    expect(dialog.textContent).toMatch(/signs the person out everywhere/);
    expect(dialog.textContent).toMatch(/under your name/);
    expect(called).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText('Password of ada@district.example.org reset')).toBeTruthy();
    expect(screen.getByText(/\/set-password#token=abc$/)).toBeTruthy();
    expect(called).toBe(true);
  });
});

describe('PasswordResetNotice', () => {
  it('tells the person who reset their password and when, until dismissed', async () => {
    let dismissed = false;
    const notice = { __typename: 'PasswordResetNotice' as const, resetAt: '2026-12-01T15:30:00.000Z', resetByName: 'Harriet HR' };
    renderWithProviders(<PasswordResetNotice />, {
      mocks: [
        { request: { query: MyPasswordResetNoticesDocument }, result: { data: { myPasswordResetNotices: [notice] } } },
        {
          request: { query: DismissPasswordResetNoticeDocument },
          result: () => {
            dismissed = true;
            return { data: { dismissPasswordResetNotice: true } };
          },
        },
        { request: { query: MyPasswordResetNoticesDocument }, result: { data: { myPasswordResetNotices: [] } } },
      ],
    });
    expect(await screen.findByText(/Your password was reset by Harriet HR on Dec 1, 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/Your password was reset by/)).toBeNull());
    expect(dismissed).toBe(true);
  });
});
