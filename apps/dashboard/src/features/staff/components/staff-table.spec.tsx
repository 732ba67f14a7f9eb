import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { StaffViewParams } from '../hooks/use-staff-view-params';
import { StaffTable, type StaffRow } from './staff-table';

function row(index: number, hours: string): StaffRow {
  return {
    __typename: 'StaffRow',
    educator: {
      __typename: 'Educator',
      id: `e000000${index}-0000-4000-8000-000000000000`,
      fullName: `Person ${index}`,
      email: `p${index}@example.org`,
    },
    hourEquivalents: hours,
    recordCount: index,
    lastPdOn: '2025-10-0' + index,
    renewal:
      index === 1
        ? {
            __typename: 'RenewalStanding',
            status: 'AT_RISK',
            unitName: 'Act 48 hours',
            deadline: '2027-06-30',
            daysLeft: 40,
            required: '180',
            earned: '42.5',
            remaining: '137.5',
          }
        : null,
  };
}

const params: StaffViewParams = {
  schoolId: null,
  search: '',
  sort: 'name',
  direction: 'ASC',
  page: 2,
  pageSize: 25,
  status: null,
};

function renderTable(onChange = jest.fn()) {
  renderWithProviders(
    <StaffTable
      rows={[row(1, '1234.5'), row(2, '0')]}
      totalCount={52}
      params={params}
      onChange={onChange}
      caption="Lincoln Elementary staff"
      period="2025–26"
    />,
  );
  return onChange;
}

describe('StaffTable', () => {
  it('shows each person with a link to their page and exact totals', () => {
    renderTable();
    const link = within(screen.getByRole('table')).getByRole('link', { name: 'Person 1' });
    expect(link.getAttribute('href')).toBe('/educators/e0000001-0000-4000-8000-000000000000');
    expect(screen.getByText('1,234.5')).toBeTruthy();
    expect(screen.getByText('Showing 26–50 of 52 staff')).toBeTruthy();
  });

  it('shows each row’s renewal status in words, with the hours and the deadline', () => {
    renderTable();
    const first = screen.getByRole('row', { name: /Person 1/ });
    expect(within(first).getByText('At risk')).toBeTruthy();
    expect(within(first).getByText('42.5 of 180 Act 48 hours')).toBeTruthy();
    expect(within(first).getByText(/Deadline Jun 30, 2027 \(in 40 days\)/)).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Person 2/ })).getByText('No license on file')).toBeTruthy();
    // The renewal column is not sortable on the server: no sort button, no aria-sort.
    const header = screen.getByRole('columnheader', { name: /Renewal/ });
    expect(within(header).queryByRole('button')).toBeNull();
  });

  it('marks the sorted column for assistive technology', () => {
    renderTable();
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Records/ }).getAttribute('aria-sort')).toBe('none');
  });

  it('asks for a server-side sort when a header is pressed (numbers largest first)', () => {
    const onChange = renderTable();
    fireEvent.click(within(screen.getByRole('columnheader', { name: /PD hour equivalents/ })).getByRole('button'));
    expect(onChange).toHaveBeenCalledWith({ sort: 'hours', direction: 'DESC' });
  });

  it('reverses the current sort when its header is pressed again', () => {
    const onChange = renderTable();
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(onChange).toHaveBeenCalledWith({ sort: 'name', direction: 'DESC' });
  });

  it('says which school year its PD columns count, as Needs attention says its own period', () => {
    renderWithProviders(
      <StaffTable
        rows={[{ ...row(1, '0'), recordCount: 0, lastPdOn: null }]}
        totalCount={1}
        params={{ ...params, page: 1 }}
        onChange={jest.fn()}
        caption="Lincoln Elementary staff"
        period="2026–27"
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /PD hour equivalents, 2026–27/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Records, 2026–27/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Latest PD, 2026–27/ })).toBeTruthy();
    expect(within(table).getByText('None in 2026–27')).toBeTruthy();
  });

  it('lists people as cards on a phone, with every column in words and a sort choice', () => {
    const onChange = renderTable();
    const cards = screen.getByRole('list', { name: 'Lincoln Elementary staff' });
    const first = within(cards).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link', { name: 'Person 1' })).toBeTruthy();
    expect(within(first).getByText('At risk')).toBeTruthy();
    expect(within(first).getByText(/PD in 2025–26: 1,234.5 hour equivalents · 1 record · latest Oct 1, 2025/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'hours:DESC' } });
    expect(onChange).toHaveBeenCalledWith({ sort: 'hours', direction: 'DESC' });
  });

  it('pages through the server’s results', () => {
    const onChange = renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onChange).toHaveBeenCalledWith({ page: 3 });
  });
});
