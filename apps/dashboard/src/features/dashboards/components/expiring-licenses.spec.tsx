import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ExpiringLicenses } from './expiring-licenses';

const paging = { shown: 25, onShowMore: () => undefined };

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
    renderWithProviders(<ExpiringLicenses expiring={expiring} window={180} onWindowChange={jest.fn()} {...paging} />);
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
    renderWithProviders(<ExpiringLicenses expiring={expiring} window={90} onWindowChange={onWindowChange} {...paging} />);
    fireEvent.click(screen.getByLabelText('365 days (3)'));
    expect(onWindowChange).toHaveBeenCalledWith(365);
  });

  it('says when the list is cut short, and when there is nothing to chase', () => {
    renderWithProviders(
      <ExpiringLicenses expiring={{ ...expiring, within365: 250 }} window={365} onWindowChange={jest.fn()} {...paging} />,
    );
    expect(screen.getByText('Showing the 3 soonest of 250.')).toBeTruthy();
  });

  it('has a clear empty state', () => {
    renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within90: 0, licenses: [] }}
        window={90}
        onWindowChange={jest.fn()}
        {...paging}
      />,
    );
    expect(screen.getByText(/Nothing to chase here/)).toBeTruthy();
  });

  it('offers 25 more, with the next limit, only while the window has more than are shown', () => {
    const many = (count: number, daysLeft: (i: number) => number) =>
      Array.from({ length: count }, (_, i) => license(`p${i}`, daysLeft(i)));
    const onShowMore = jest.fn();
    // 25 asked for and listed, 60 within 90 days: 25 more.
    const { unmount } = renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within90: 60, within180: 60, within365: 60, licenses: many(25, (i) => i) }}
        window={90}
        onWindowChange={jest.fn()}
        shown={25}
        onShowMore={onShowMore}
      />,
    );
    expect(screen.getByText('Showing the 25 soonest of 60.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 25 more' }));
    expect(onShowMore).toHaveBeenCalledWith(50);
    unmount();

    // 50 listed of 60: the last 10.
    const { unmount: unmount2 } = renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within90: 60, within180: 60, within365: 60, licenses: many(50, (i) => i) }}
        window={90}
        onWindowChange={jest.fn()}
        shown={50}
        onShowMore={onShowMore}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(onShowMore).toHaveBeenLastCalledWith(75);
    unmount2();

    // 25 listed, but only 20 of them within 90 days, and 20 in all: nothing more to ask for.
    const { unmount: unmount3 } = renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within90: 20, within180: 40, within365: 40, licenses: many(25, (i) => i * 4) }}
        window={90}
        onWindowChange={jest.fn()}
        shown={25}
        onShowMore={onShowMore}
      />,
    );
    expect(screen.getByText('Showing all 20.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    unmount3();

    // At the API's most (500), the rest are in Reports.
    renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within90: 800, within180: 800, within365: 800, licenses: many(500, () => 10) }}
        window={90}
        onWindowChange={jest.fn()}
        shown={500}
        onShowMore={onShowMore}
      />,
    );
    expect(screen.getByText('Showing the 500 soonest of 800.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Full list and exports in Reports' })).toBeTruthy();
  });

  it('marks the list busy while more load', () => {
    renderWithProviders(
      <ExpiringLicenses
        expiring={{ ...expiring, within365: 250 }}
        window={365}
        onWindowChange={jest.fn()}
        shown={50}
        onShowMore={jest.fn()}
        busy
      />,
    );
    expect(screen.getByRole('region', { name: 'Licenses expiring, short of hours' }).getAttribute('aria-busy')).toBe('true');
  });
});
