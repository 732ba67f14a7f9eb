import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { StatusBars, type StatusBarRow } from './status-bars';

const lincoln: StatusBarRow = {
  id: 's1',
  label: 'Lincoln Elementary',
  counts: { complete: 12, onTrack: 18, atRisk: 12, behind: 2, lapsed: 0, noLicense: 1, total: 45 },
  href: '/school?school=s1',
  segmentHref: (status) => `/school?school=s1&status=${status}`,
};
const empty: StatusBarRow = {
  id: 's2',
  label: 'New School',
  counts: { complete: 0, onTrack: 0, atRisk: 0, behind: 0, lapsed: 0, noLicense: 0, total: 0 },
  href: '/school?school=s2',
};

function renderBars() {
  renderWithProviders(
    <StatusBars
      title="Compliance by school"
      summary="Summary in words."
      rows={[lincoln, empty]}
      rowHeader="School"
      caption="By school"
    />,
  );
}

describe('StatusBars', () => {
  it('draws each status as a named link to those staff, with its count as text', () => {
    renderBars();
    const atRisk = screen.getByRole('link', { name: 'Lincoln Elementary: 12 at risk: show them' });
    expect(atRisk.getAttribute('href')).toBe('/school?school=s1&status=AT_RISK');
    expect(within(atRisk).getByText('12')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lincoln Elementary: 2 behind: show them' })).toBeTruthy();
    // No lapsed segment when nobody has lapsed; "no license" is not a filter, so not a link.
    expect(screen.queryByRole('link', { name: /lapsed/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /no license/i })).toBeNull();
    expect(screen.getByRole('link', { name: 'Lincoln Elementary' }).getAttribute('href')).toBe('/school?school=s1');
    expect(screen.getByText('No current staff.')).toBeTruthy();
  });

  it('names every status in the legend with its pattern, so colour is not the only cue', () => {
    renderBars();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('At risk')).toBeTruthy();
    expect(within(legend).getByText(/dots/)).toBeTruthy();
    expect(within(legend).getByText(/cross-hatching/)).toBeTruthy();
    // Statuses nobody has are left out of the legend.
    expect(within(legend).queryByText('Lapsed')).toBeNull();
  });

  it('shows the same numbers as a table', () => {
    renderBars();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const row = screen.getByRole('row', { name: /Lincoln Elementary/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // Complete, on track, at risk, behind, lapsed, no license, staff.
    expect(cells).toEqual(['12', '18', '12', '2', '0', '1', '45']);
    expect(screen.getByRole('button', { name: 'Show as chart' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('does not draw again when its page renders with the same rows', () => {
    const segmentHref = jest.fn((status: string) => `/school?school=s1&status=${status}`);
    const rows = [{ ...lincoln, segmentHref }];
    function Page() {
      const [clicks, setClicks] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setClicks(clicks + 1)}>
            Clicked {clicks}
          </button>
          <StatusBars title="Compliance by school" summary="Summary." rows={rows} rowHeader="School" caption="By school" />
        </>
      );
    }
    renderWithProviders(<Page />);
    const calls = segmentHref.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeTruthy();
    expect(segmentHref.mock.calls.length).toBe(calls);
  });
});
