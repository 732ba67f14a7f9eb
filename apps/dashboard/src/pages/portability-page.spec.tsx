import { screen, within } from '@testing-library/react';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import { PortabilityDocument, RulePresetsDocument, type PortabilityQuery } from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { PortabilityPage } from './portability-page';

const teacher: Viewer = {
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000002',
  email: 'ada@maplewood.example.org',
  role: 'TEACHER',
  displayName: 'Ada Alpha',
  district: {
    __typename: 'District',
    id: 'd0000000-0000-4000-8000-000000000001',
    name: 'Maplewood School District',
    stateCode: 'PA',
  },
  educator: { __typename: 'Educator', id: 'e0000000-0000-4000-8000-000000000001' } as Viewer['educator'],
  schools: [],
};

const citation = {
  __typename: 'Citation' as const,
  url: 'https://www.tn.gov/education/licensure',
  text: '1 clock hour = 1 PDP.',
  section: null,
};

const result: PortabilityQuery['portability'] = {
  __typename: 'Portability',
  educatorId: teacher.educator!.id,
  presetId: 'tn',
  jurisdiction: 'TN',
  name: 'Tennessee',
  ruleSetVersion: '2024',
  licenseType: 'professional',
  licenseTypeName: 'Professional',
  licenseTypes: [
    { __typename: 'PortabilityLicenseType', id: 'professional', name: 'Professional', required: '60', cycleYears: 6 },
  ],
  unit: 'pdp',
  unitName: 'PDPs',
  asOf: '2026-06-30',
  windowStart: '2020-07-01',
  windowEnd: '2026-06-30',
  cycleYears: 6,
  windowBasis:
    'A TN Professional cycle is 6 years, so PD completed from 2020-07-01 to 2026-06-30 is counted, as if renewing a TN license on that day.',
  required: '60',
  earned: '18',
  remaining: '42',
  status: 'BEHIND',
  closestPathway: null,
  categories: [],
  adjustments: [],
  pathways: [],
  uncertain: [],
  notes: [
    { __typename: 'RuleReference', ruleId: 'tn-note', description: 'Experience can renew instead.', uncertain: null, citation },
  ],
  explanation: [
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r1',
      title: 'Number Talks',
      completedOn: '2025-09-10',
      recordedAmount: '18',
      recordedUnit: 'clock_hour',
      conversion: '1 clock hour = 1 PDP (amount x 1)',
      conversionCitation: citation,
      converted: '18',
      credited: '18',
      counted: true,
      reason: null,
      hypothetical: false,
      adjustments: [],
    },
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r2',
      title: 'Old course',
      completedOn: '2019-01-10',
      recordedAmount: '1',
      recordedUnit: 'semester_credit',
      conversion: null,
      conversionCitation: null,
      converted: '0',
      credited: '0',
      counted: false,
      reason: 'completed outside the cycle window',
      hypothetical: false,
      adjustments: [],
    },
  ],
};

describe('PortabilityPage', () => {
  it("evaluates the teacher's own record for the state in the URL, in that state's unit, with the window and each record explained", async () => {
    renderWithProviders(
      <ViewerContext.Provider value={teacher}>
        <PortabilityPage />
      </ViewerContext.Provider>,
      {
        route: '/portability?state=tn',
        mocks: [
          { request: { query: RulePresetsDocument }, result: { data: { rulePresets: [] } } },
          {
            request: {
              query: PortabilityDocument,
              variables: { educatorId: teacher.educator!.id, presetId: 'tn', licenseType: null, asOf: null },
            },
            result: { data: { portability: result } },
          },
        ],
      },
    );
    expect(await screen.findByRole('heading', { name: 'Your record in Tennessee' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'If I move: PD record in another state' })).toBeTruthy();
    expect(screen.getByText('18 of 60 PDPs (30%)')).toBeTruthy();
    expect(screen.getByText('Not met yet')).toBeTruthy();
    expect(screen.getByText(/Still needed:/).parentElement!.textContent).toContain('42 PDPs');
    expect(screen.getByText(/PD completed from 2020-07-01 to 2026-06-30 is counted/)).toBeTruthy();
    expect(screen.getByText(/Experience can renew instead/)).toBeTruthy();
    // The per-record explanation is open: the credited line with its rule source, and what did not count.
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Number Talks')).toBeTruthy();
    expect(
      within(rows[1]!)
        .getByRole('link', { name: /Rule source/ })
        .getAttribute('href'),
    ).toBe(citation.url);
    expect(screen.getByText('Old course (Jan 10, 2019): completed outside the cycle window.')).toBeTruthy();
  });

  it('asks for a state first', async () => {
    renderWithProviders(
      <ViewerContext.Provider value={teacher}>
        <PortabilityPage />
      </ViewerContext.Provider>,
      { route: '/portability', mocks: [{ request: { query: RulePresetsDocument }, result: { data: { rulePresets: [] } } }] },
    );
    expect(await screen.findByText('Choose a state')).toBeTruthy();
  });
});
