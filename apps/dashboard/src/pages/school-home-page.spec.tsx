import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import {
  GoalsDocument,
  SchoolDashboardDocument,
  SchoolOptionsDocument,
  StaffDocument,
  type SchoolDashboardQuery,
} from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { currentSchoolYear } from '../utils/school-year';
import { SchoolHomePage } from './school-home-page';

const SCHOOL = { __typename: 'School' as const, id: 's0000000-0000-4000-8000-000000000001', name: 'Lincoln Elementary' };

const principal: Viewer = {
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  email: 'principal@maplewood.example.org',
  role: 'PRINCIPAL',
  displayName: 'Pat Principal',
  district: { __typename: 'District', id: 'd0000000-0000-4000-8000-000000000001', name: 'Maplewood', stateCode: 'PA' },
  educator: null,
  schools: [SCHOOL],
};

type Home = SchoolDashboardQuery['schoolDashboard'];
type Row = Home['attention']['rows'][number];

const person = (n: number): Row => ({
  __typename: 'AttentionRow',
  educator: { __typename: 'Educator', id: `e${n}`, fullName: `Person ${n}`, email: `p${n}@example.org` },
  reasons: ['NO_PD_THIS_YEAR'],
  lastPdOn: null,
  renewal: null,
});

/** The school home as the API answers it, with the attention page starting at `offset` (12 people in all). */
function home(offset: number): { data: SchoolDashboardQuery } {
  const year = currentSchoolYear();
  return {
    data: {
      __typename: 'Query',
      schoolDashboard: {
        __typename: 'SchoolDashboard',
        school: SCHOOL,
        asOf: `${year}-12-06`,
        schoolYear: year,
        renewalStatus: {
          __typename: 'RenewalStatusCounts',
          complete: 0,
          onTrack: 0,
          atRisk: 0,
          behind: 0,
          lapsed: 0,
          noLicense: 12,
          total: 12,
        },
        pdByMonth: [],
        competencyAreas: [],
        attention: {
          __typename: 'AttentionPage',
          total: 12,
          matching: 12,
          offset,
          byReason: (['LAPSED', 'BEHIND', 'DEADLINE_SOON', 'AT_RISK', 'NO_PD_THIS_YEAR'] as const).map((reason) => ({
            __typename: 'AttentionReasonCount' as const,
            reason,
            count: reason === 'NO_PD_THIS_YEAR' ? 12 : 0,
          })),
          rows: Array.from({ length: Math.min(10, 12 - offset) }, (_, i) => person(offset + i + 1)),
        },
      },
    },
  };
}

const dashboardVariables = (attentionOffset: number) => ({
  schoolId: SCHOOL.id,
  schoolYear: currentSchoolYear(),
  attentionReason: null,
  attentionOffset,
});

describe('SchoolHomePage', () => {
  it('asks the API for one page of Needs attention and keeps the previous page on screen, marked busy, while the next loads', async () => {
    renderWithProviders(
      <ViewerContext.Provider value={principal}>
        <SchoolHomePage />
      </ViewerContext.Provider>,
      {
        route: '/',
        mocks: [
          { request: { query: SchoolOptionsDocument }, result: { data: { schools: [SCHOOL] } } },
          { request: { query: GoalsDocument, variables: () => true }, result: { data: { goals: [] } } },
          {
            request: { query: StaffDocument, variables: () => true },
            result: { data: { staff: { __typename: 'StaffPage', totalCount: 0, rows: [] } } },
          },
          { request: { query: SchoolDashboardDocument, variables: dashboardVariables(0) }, result: home(0) },
          { request: { query: SchoolDashboardDocument, variables: dashboardVariables(10) }, result: home(10), delay: 1500 },
        ],
      },
    );
    const list = await screen.findByRole('region', { name: 'Needs attention' }, { timeout: 5000 });
    // Each person is listed twice (cards for phones, the table for wider screens): read the table.
    const rowsOf = () => within(within(screen.getByRole('region', { name: 'Needs attention' })).getByRole('table'));
    expect(rowsOf().getByRole('link', { name: 'Person 1' })).toBeTruthy();
    expect(within(list).getByText('Showing 1–10 of 12')).toBeTruthy();
    // The stat card counts everyone, not the page.
    const stats = screen.getByTestId('school-home-stats');
    expect(within(stats).getByText('Need attention').parentElement?.textContent).toContain('12');

    fireEvent.click(within(list).getByRole('button', { name: 'Needs attention, page 2' }));
    // Page 1 stays (no page loader), the list says it is busy.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Needs attention' }).getAttribute('aria-busy')).toBe('true'));
    expect(rowsOf().getByRole('link', { name: 'Person 1' })).toBeTruthy();
    expect(screen.queryByText(/Loading Lincoln Elementary/)).toBeNull();

    expect(await rowsOf().findByRole('link', { name: 'Person 11' }, { timeout: 5000 })).toBeTruthy();
    const after = screen.getByRole('region', { name: 'Needs attention' });
    expect(after.getAttribute('aria-busy')).toBe('false');
    expect(within(after).getByText('Showing 11–12 of 12')).toBeTruthy();
    expect(rowsOf().queryByRole('link', { name: 'Person 1' })).toBeNull();
    // The second page is held back 1.5 s on purpose: allow for a loaded machine beyond Jest's 5 s.
  }, 20_000);
});
