import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ExpiringLicenses } from './expiring-licenses';

function license(id: string, daysLeft: number) {
  return {
    __typename: 'ExpiringLicense' as const,
    educator: { __typename: 'Educator' as const, id, fullName: `Person ${id}` },
    schoolNames: ['Lincoln Elementary'],
    renewal: {
      __typename: 'RenewalStanding' as const,
      status: 'AT_RISK' as const,
      licenseTypeName: 'Instructional I',
      unitName: 'Act 48 hours',
      deadline: '2027-01-01',
      daysLeft,
      required: '180',
      earned: '100',
      remaining: '80',
    },
  };
}

const expiring = {
  __typename: 'ExpiringLicenses' as const,
  within90: 1,
  within180: 2,
  within365: 3,
  licenses: [license('a', 30), license('b', 150), license('c', 300)],
};

describe('ExpiringLicenses', () => {
  it('lists the licenses within the chosen window, soonest first, each linked to the person', () => {
    renderWithProviders(<ExpiringLicenses expiring={expiring} window={180} onWindowChange={jest.fn()} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/educators/a', '/educators/b']);
    expect(within(table).getAllByText('80 Act 48 hours')).toHaveLength(2);
    expect(screen.getByText('Showing all 2.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Full list and exports in Reports' }).getAttribute('href')).toBe('/reports');
  });

  it('offers each window with its count', () => {
    const onWindowChange = jest.fn();
    renderWithProviders(<ExpiringLicenses expiring={expiring} window={90} onWindowChange={onWindowChange} />);
    fireEvent.click(screen.getByLabelText('365 days (3)'));
    expect(onWindowChange).toHaveBeenCalledWith(365);
  });

  it('says when the list is cut short, and when there is nothing to chase', () => {
    renderWithProviders(<ExpiringLicenses expiring={{ ...expiring, within365: 250 }} window={365} onWindowChange={jest.fn()} />);
    expect(screen.getByText('Showing the 3 soonest of 250.')).toBeTruthy();
  });

  it('has a clear empty state', () => {
    renderWithProviders(
      <ExpiringLicenses expiring={{ ...expiring, within90: 0, licenses: [] }} window={90} onWindowChange={jest.fn()} />,
    );
    expect(screen.getByText(/Nothing to chase here/)).toBeTruthy();
  });
});
