import { fireEvent, screen, within } from '@testing-library/react';
import { Kind, visit } from 'graphql';
import { SchoolDashboardDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ATTENTION_PAGE_SIZE } from '../hooks/use-attention-params';
import { NeedsAttentionList, type AttentionPage, type AttentionRow } from './needs-attention-list';

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

/** A page as the API answers it: `rows` is the page, the counts are given (or of the rows). */
function page(
  rows: AttentionRow[],
  counts: Partial<Omit<AttentionPage, 'rows' | 'byReason'>> = {},
  byReason = rows,
): AttentionPage {
  return {
    __typename: 'AttentionPage',
    total: counts.total ?? rows.length,
    matching: counts.matching ?? counts.total ?? rows.length,
    offset: counts.offset ?? 0,
    byReason: (['LAPSED', 'BEHIND', 'DEADLINE_SOON', 'AT_RISK', 'NO_PD_THIS_YEAR'] as const).map((reason) => ({
      __typename: 'AttentionReasonCount',
      reason,
      count: byReason.filter((row) => row.reasons.includes(reason)).length,
    })),
    rows,
  };
}

describe('NeedsAttentionList', () => {
  it('lists each person with why, their renewal in words and a link to them', () => {
    renderWithProviders(
      <NeedsAttentionList
        attention={page([person(1, ['BEHIND', 'DEADLINE_SOON'], behind), person(2, ['NO_PD_THIS_YEAR'])])}
        schoolYear={2026}
        reason={null}
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
    expect(screen.getByText(/^2 people: renewal lapsed/)).toBeTruthy();
    // Its latest PD is of any school year (the staff table's PD columns say their school year).
    expect(within(table).getByRole('columnheader', { name: 'Latest PD (any school year)' })).toBeTruthy();
  });

  it("filters by reason (through the URL the caller keeps), with the API's counts, and says when nobody matches", () => {
    const onChange = jest.fn();
    const everyone = [person(1, ['AT_RISK']), person(2, ['NO_PD_THIS_YEAR']), person(3, ['AT_RISK', 'NO_PD_THIS_YEAR'])];
    const { unmount } = renderWithProviders(
      <NeedsAttentionList attention={page(everyone)} schoolYear={2026} reason={null} onChange={onChange} />,
    );
    const select = screen.getByLabelText('Show');
    expect(within(select).getByRole('option', { name: 'Everyone (3)' })).toBeTruthy();
    expect(within(select).getByRole('option', { name: 'At risk (2)' })).toBeTruthy();
    expect(within(select).getByRole('option', { name: 'No PD in 2026–27 (2)' })).toBeTruthy();
    expect(within(select).getByRole('option', { name: 'Renewal lapsed (0)' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'NO_PD_THIS_YEAR' } });
    expect(onChange).toHaveBeenCalledWith({ reason: 'NO_PD_THIS_YEAR', page: 1 });
    unmount();
    // The API sends only the matching people; the heading and "Everyone" still count them all.
    const { unmount: unmount2 } = renderWithProviders(
      <NeedsAttentionList
        attention={page([everyone[1]!, everyone[2]!], { total: 3, matching: 2 }, everyone)}
        schoolYear={2026}
        reason="NO_PD_THIS_YEAR"
        onChange={onChange}
      />,
    );
    expect(screen.getByText('Showing 1–2 of 2')).toBeTruthy();
    expect(screen.getByText(/^3 people: renewal lapsed/)).toBeTruthy();
    expect((screen.getByLabelText('Show') as HTMLSelectElement).value).toBe('NO_PD_THIS_YEAR');
    unmount2();
    renderWithProviders(
      <NeedsAttentionList
        attention={page([], { total: 1, matching: 0 }, [person(1, ['AT_RISK'])])}
        schoolYear={2026}
        reason="LAPSED"
        onChange={onChange}
      />,
    );
    expect(screen.getByText(/Nobody for this reason/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show everyone who needs attention' }));
    expect(onChange).toHaveBeenLastCalledWith({ reason: null, page: 1 });
  });

  it('pages through long lists ten at a time, on the page the API says it gave', () => {
    const onChange = jest.fn();
    const rows = Array.from({ length: 3 }, (_, i) => person(i + 21, ['AT_RISK']));
    // A link's page 9 of 3: the API answers with the last page, which starts at 20.
    renderWithProviders(
      <NeedsAttentionList
        attention={page(rows, { total: 23, offset: 20 })}
        schoolYear={2026}
        reason={null}
        onChange={onChange}
      />,
    );
    expect(screen.getByText('Showing 21–23 of 23')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Needs attention, page 3' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByRole('button', { name: 'Needs attention, previous page' }));
    expect(onChange).toHaveBeenCalledWith({ page: 2 });
  });

  it('marks the list busy while another page loads', () => {
    renderWithProviders(
      <NeedsAttentionList attention={page([person(1, ['AT_RISK'])])} schoolYear={2026} reason={null} busy onChange={jest.fn()} />,
    );
    expect(screen.getByRole('region', { name: 'Needs attention' }).getAttribute('aria-busy')).toBe('true');
  });

  it('says what an empty list means', () => {
    renderWithProviders(<NeedsAttentionList attention={page([])} schoolYear={2026} reason={null} onChange={jest.fn()} />);
    expect(screen.getByText('Nobody right now.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks the API for pages of the size it shows', () => {
    const limits: string[] = [];
    visit(SchoolDashboardDocument, {
      Field(node) {
        if (node.name.value !== 'attention') return;
        const limit = node.arguments?.find((arg) => arg.name.value === 'limit')?.value;
        limits.push(limit?.kind === Kind.INT ? limit.value : String(limit?.kind));
      },
    });
    expect(limits).toEqual([String(ATTENTION_PAGE_SIZE)]);
  });
});
