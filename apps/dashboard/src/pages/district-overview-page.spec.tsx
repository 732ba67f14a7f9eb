import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import type { ComponentProps } from 'react';
import { useLocation } from 'react-router';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import { DistrictDashboardDocument, DistrictSchoolsDocument, type DistrictDashboardQuery } from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { currentSchoolYear } from '../utils/school-year';
import { DistrictOverviewPage } from './district-overview-page';

// The blocks beside the expiring licenses, counting their renders (memoized, as the real ones are).
const mockRenders = new Map<string, number>();
const mockCount = (name: string) => mockRenders.set(name, (mockRenders.get(name) ?? 0) + 1);

jest.mock('../features/dashboards/components/lazy-dashboard-charts', () => {
  const { memo: memoize } = jest.requireActual<typeof import('react')>('react');
  return {
    preloadDashboardCharts: () => undefined,
    LazyHoursBreakdownChart: memoize(function HoursBreakdown({ kind }: { kind: string }) {
      mockCount(`chart ${kind}`);
      return null;
    }),
    LazyPdTrendChart: memoize(function Trend() {
      mockCount('chart trend');
      return null;
    }),
  };
});
jest.mock('../features/pd-activity/components/lazy-charts', () => ({
  preloadHoursBySchoolChart: () => undefined,
  LazyHoursBySchoolChart: () => null,
}));
jest.mock('../features/dashboards/components/action-queue', () => {
  const { memo: memoize, createElement } = jest.requireActual<typeof import('react')>('react');
  const actual = jest.requireActual<typeof import('../features/dashboards/components/action-queue')>(
    '../features/dashboards/components/action-queue',
  );
  return {
    ActionQueue: memoize(function CountedActionQueue(props: ComponentProps<typeof actual.ActionQueue>) {
      mockCount('action queue');
      return createElement(actual.ActionQueue, props);
    }),
  };
});
jest.mock('../features/dashboards/components/status-bars', () => {
  const { memo: memoize, createElement } = jest.requireActual<typeof import('react')>('react');
  const actual = jest.requireActual<typeof import('../features/dashboards/components/status-bars')>(
    '../features/dashboards/components/status-bars',
  );
  return {
    StatusBars: memoize(function CountedStatusBars(props: ComponentProps<typeof actual.StatusBars>) {
      mockCount('compliance by school');
      return createElement(actual.StatusBars, props);
    }),
  };
});

const SCHOOL = { __typename: 'School' as const, id: 's0000000-0000-4000-8000-000000000001', name: 'Lincoln Elementary' };

const hr: Viewer = {
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000002',
  email: 'hr@maplewood.example.org',
  role: 'HR_ADMIN',
  displayName: 'Hana HR',
  district: { __typename: 'District', id: 'd0000000-0000-4000-8000-000000000001', name: 'Maplewood', stateCode: 'PA' },
  educator: null,
  schools: [],
};

type Home = DistrictDashboardQuery['districtDashboard'];
type License = Home['expiring']['licenses'][number];

const counts = (total: number) => ({
  __typename: 'RenewalStatusCounts' as const,
  complete: 0,
  onTrack: 0,
  atRisk: total,
  behind: 0,
  lapsed: 0,
  noLicense: 0,
  total,
});

const license = (n: number): License => ({
  __typename: 'ExpiringLicense',
  educator: { __typename: 'Educator', id: `e${n}`, fullName: `Person ${n}` },
  schoolNames: [SCHOOL.name],
  renewal: {
    __typename: 'RenewalStanding',
    status: 'AT_RISK',
    licenseTypeName: 'Instructional I',
    unitName: 'Act 48 hours',
    deadline: '2027-01-01',
    daysLeft: n,
    required: '180',
    earned: '100',
    remaining: '80',
  },
});

/** HR's home as the API answers it with `expiringLimit: limit`: 30 licenses within 90 days. */
function home(limit: number): { data: DistrictDashboardQuery } {
  const year = currentSchoolYear();
  return {
    data: {
      __typename: 'Query',
      districtDashboard: {
        __typename: 'DistrictDashboard',
        asOf: `${year}-12-06`,
        schoolYear: year,
        renewalStatus: counts(30),
        schools: [{ __typename: 'SchoolCompliance', school: SCHOOL, renewalStatus: counts(30) }],
        expiring: {
          __typename: 'ExpiringLicenses',
          within90: 30,
          within180: 30,
          within365: 30,
          licenses: Array.from({ length: Math.min(limit, 30) }, (_, i) => license(i + 1)),
        },
        hoursByCategory: [{ __typename: 'NamedTotal', key: 'literacy', hourEquivalents: '12', recordCount: 3 }],
        hoursByActivityType: [{ __typename: 'NamedTotal', key: 'COURSE', hourEquivalents: '12', recordCount: 3 }],
        trend: [
          { __typename: 'TrendMonth', month: `${year}-07`, cumulative: '12', previousCumulative: '10', previousThrough: '10' },
        ],
        actionQueue: { __typename: 'ActionQueue', submissionsWaiting: 2, preApprovalsPending: 1, importRunsWithProblems: 0 },
      },
    },
  };
}

const schoolsMock = {
  request: { query: DistrictSchoolsDocument, variables: { schoolYear: currentSchoolYear() } },
  result: { data: { schools: [] } },
  maxUsageCount: 10,
};

const dashboardRequest = (expiringLimit: number) => ({
  query: DistrictDashboardDocument,
  variables: { schoolYear: currentSchoolYear(), expiringLimit },
});

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderPage(route: string, mocks: MockedProviderProps['mocks']) {
  return renderWithProviders(
    <ViewerContext.Provider value={hr}>
      <DistrictOverviewPage />
      <Search />
    </ViewerContext.Provider>,
    { route, mocks },
  );
}

const region = () => screen.getByRole('region', { name: 'Licenses expiring, short of hours' });
// Each license is listed twice (cards for phones, the table for wider screens): read the table.
const table = () => within(within(region()).getByRole('table'));

describe('DistrictOverviewPage', () => {
  beforeEach(() => mockRenders.clear());

  it('lists the 25 soonest expiring licenses, and on "Show more" asks for 25 more, keeping the page on screen', async () => {
    renderPage('/', [
      schoolsMock,
      { request: dashboardRequest(25), result: home(25) },
      { request: dashboardRequest(50), result: home(50), delay: 1500 },
    ]);
    await screen.findByRole('region', { name: 'Licenses expiring, short of hours' }, { timeout: 5000 });
    expect(table().getByRole('link', { name: 'Person 25' })).toBeTruthy();
    expect(table().queryByRole('link', { name: 'Person 26' })).toBeNull();
    expect(within(region()).getByText('Showing the 25 soonest of 30.')).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('');
    const compliance = screen.getByRole('region', { name: 'Compliance by school' });
    const before = new Map(mockRenders);
    expect(before.get('compliance by school')).toBeGreaterThan(0);
    expect(before.get('action queue')).toBeGreaterThan(0);
    expect(before.get('chart trend')).toBeGreaterThan(0);

    fireEvent.click(within(region()).getByRole('button', { name: 'Show 5 more' }));
    // The shown count goes in the URL; the rows already shown stay (no page loader), the list is busy.
    await waitFor(() => expect(region().getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByTestId('search').textContent).toBe('?expiring=50');
    expect(table().getByRole('link', { name: 'Person 1' })).toBeTruthy();
    expect(screen.queryByText('Loading the district overview…')).toBeNull();

    expect(await table().findByRole('link', { name: 'Person 30' }, { timeout: 5000 })).toBeTruthy();
    expect(region().getAttribute('aria-busy')).toBe('false');
    expect(within(region()).getByText('Showing all 30.')).toBeTruthy();
    expect(within(region()).queryByRole('button', { name: /more$/ })).toBeNull();
    // The other blocks stayed (same element) and did not render again: the new answer's equal
    // parts keep the previous answer's objects.
    expect(screen.getByRole('region', { name: 'Compliance by school' })).toBe(compliance);
    expect(mockRenders).toEqual(before);
    // The second answer is held back 1.5 s on purpose; with every suite running at once on two
    // cores the whole test has taken up to 5 s, Jest's default limit.
  }, 20_000);

  it('asks for the number the URL shows, clamped to 25..500 in steps of 25', async () => {
    renderPage('/?within=180&expiring=60', [schoolsMock, { request: dashboardRequest(50), result: home(50) }]);
    await screen.findByRole('region', { name: 'Licenses expiring, short of hours' });
    expect(table().getByRole('link', { name: 'Person 30' })).toBeTruthy();
    expect(within(region()).getByText('Showing all 30.')).toBeTruthy();
    expect(within(region()).getByRole('radio', { name: '180 days (30)' })).toHaveProperty('checked', true);
  });

  it('keeps the list and says so when more licenses could not be loaded', async () => {
    renderPage('/', [
      schoolsMock,
      { request: dashboardRequest(25), result: home(25) },
      { request: dashboardRequest(50), error: new Error('Network down') },
    ]);
    fireEvent.click(
      await within(await screen.findByRole('region', { name: 'Licenses expiring, short of hours' })).findByRole('button', {
        name: 'Show 5 more',
      }),
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('More expiring licenses could not be loaded')).toBeTruthy();
    expect(table().getByRole('link', { name: 'Person 25' })).toBeTruthy();
    expect(region().getAttribute('aria-busy')).toBe('false');
  });
});
