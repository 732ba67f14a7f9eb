import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { NeedsAttentionList, type AttentionRow } from './needs-attention-list';

function person(index: number, reasons: AttentionRow['reasons'], renewal: AttentionRow['renewal'] = null): AttentionRow {
  return {
    __typename: 'AttentionRow',
    educator: { __typename: 'Educator', id: `e${index}`, fullName: `Person ${index}`, email: `p${index}@example.org` },
    reasons,
    lastPdOn: null,
    renewal,
  };
}

const behind: AttentionRow['renewal'] = {
  __typename: 'RenewalStanding',
  status: 'BEHIND',
  licenseTypeName: 'Instructional II',
  unitName: 'Act 48 hours',
  deadline: '2027-02-01',
  daysLeft: 60,
  required: '180',
  earned: '30',
  remaining: '150',
};

describe('NeedsAttentionList', () => {
  it('lists each person with why, their renewal in words and a link to them', () => {
    renderWithProviders(
      <NeedsAttentionList
        rows={[person(1, ['BEHIND', 'DEADLINE_SOON'], behind), person(2, ['NO_PD_THIS_YEAR'])]}
        schoolYear={2026}
        reason={null}
        page={1}
        onChange={jest.fn()}
      />,
    );
    const table = screen.getByRole('table');
    const first = within(table).getByRole('row', { name: /Person 1/ });
    expect(within(first).getByRole('link', { name: 'Person 1' }).getAttribute('href')).toBe('/educators/e1');
    expect(within(first).getByText('Deadline within 90 days, not complete')).toBeTruthy();
    expect(within(first).getByText('30 of 180 Act 48 hours, 150 to go')).toBeTruthy();
    expect(within(first).getByText(/Deadline Feb 1, 2027 \(in 60 days\)/)).toBeTruthy();
    const second = within(table).getByRole('row', { name: /Person 2/ });
    expect(within(second).getByText('No PD in 2026–27')).toBeTruthy();
    expect(within(second).getByText('No license on file')).toBeTruthy();
    expect(screen.getByText('Showing 1–2 of 2')).toBeTruthy();
    // Its latest PD is of any school year (the staff table's PD columns say their school year).
    expect(within(table).getByRole('columnheader', { name: 'Latest PD (any school year)' })).toBeTruthy();
  });

  it('filters by reason (through the URL the caller keeps) and says when nobody matches', () => {
    const onChange = jest.fn();
    const { unmount } = renderWithProviders(
      <NeedsAttentionList
        rows={[person(1, ['AT_RISK']), person(2, ['NO_PD_THIS_YEAR'])]}
        schoolYear={2026}
        reason={null}
        page={1}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'NO_PD_THIS_YEAR' } });
    expect(onChange).toHaveBeenCalledWith({ reason: 'NO_PD_THIS_YEAR', page: 1 });
    unmount();
    renderWithProviders(
      <NeedsAttentionList rows={[person(1, ['AT_RISK'])]} schoolYear={2026} reason="LAPSED" page={1} onChange={onChange} />,
    );
    expect(screen.getByText(/Nobody for this reason/)).toBeTruthy();
  });

  it('pages through long lists ten at a time', () => {
    const onChange = jest.fn();
    const rows = Array.from({ length: 23 }, (_, i) => person(i + 1, ['AT_RISK']));
    renderWithProviders(<NeedsAttentionList rows={rows} schoolYear={2026} reason={null} page={3} onChange={onChange} />);
    expect(screen.getByText('Showing 21–23 of 23')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Needs attention, previous page' }));
    expect(onChange).toHaveBeenCalledWith({ page: 2 });
  });

  it('says what an empty list means', () => {
    renderWithProviders(<NeedsAttentionList rows={[]} schoolYear={2026} reason={null} page={1} onChange={jest.fn()} />);
    expect(screen.getByText('Nobody right now.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
