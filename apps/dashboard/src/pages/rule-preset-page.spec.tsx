import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { DistrictRulesDocument, RulePresetDocument, type RulePresetQuery } from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { RulePresetPage } from './rule-preset-page';

const checked = {
  __typename: 'Citation' as const,
  url: 'https://osse.dc.gov/page/professional-learning-units',
  text: '120 clock hours.',
  section: null,
  checkStatus: 'confirmed',
};
const rule = (id: string, kind: string, label: string, detail: string, citation = checked) => ({
  __typename: 'PresetRule' as const,
  id,
  kind,
  label,
  detail,
  uncertain: null,
  citation,
});

const preset: NonNullable<RulePresetQuery['rulePreset']> = {
  __typename: 'RulePreset',
  id: 'dc',
  jurisdiction: 'DC',
  name: 'District of Columbia Standard credential renewal',
  versionSelection: 'cycle_end',
  versions: [
    {
      __typename: 'RulePresetVersion',
      version: '2020',
      effectiveFrom: '2020-01-01',
      summary: '120 PLUs per 4-year Standard credential.',
      unitName: 'PLUs',
      defaultLicenseType: 'standard',
      licenseTypes: [
        {
          __typename: 'PresetLicenseType',
          id: 'standard',
          name: 'Standard credential',
          required: '120',
          cycleYears: 4,
          uncertain: null,
          citation: { __typename: 'Citation', url: checked.url, text: checked.text },
        },
      ],
      conversions: [rule('dc-clock-hour', 'conversion', '1 clock hour = 1 PLU', 'units: clock hour: amount x 1 PLUs')],
      caps: [],
      categories: [],
      otherRules: [],
      notChecked: [
        rule(
          'dc-test-scores',
          'not_checked',
          'Not checked by PD Ledger',
          'Test scores are a further alternative; not computed.',
          { ...checked, url: 'https://osse.dc.gov/node/1310011', checkStatus: 'unconfirmed' },
        ),
      ],
      unverifiedSources: [
        {
          __typename: 'PresetSource',
          url: 'https://osse.dc.gov/node/1310011',
          checkStatus: 'unconfirmed',
          checkedOn: '2026-12-06',
          checkNote: 'No stored copy of this page was found.',
          ruleIds: ['dc-test-scores'],
        },
        {
          __typename: 'PresetSource',
          url: 'https://osse.dc.gov/page/teacher-certification',
          checkStatus: 'unchecked',
          checkedOn: null,
          checkNote: null,
          ruleIds: ['dc-cycle'],
        },
      ],
    },
  ],
};

describe('RulePresetPage', () => {
  it('shows what PD Ledger does not check and which sources are not verified, with the rules resting on them', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/rules/:presetId" element={<RulePresetPage />} />
      </Routes>,
      {
        route: '/rules/dc',
        mocks: [
          { request: { query: RulePresetDocument, variables: { id: 'dc' } }, result: { data: { rulePreset: preset } } },
          { request: { query: DistrictRulesDocument }, error: new Error('not needed here') },
        ],
      },
    );
    const notChecked = await screen.findByRole('table', { name: /Not checked by PD Ledger/ });
    expect(within(notChecked).getByText('Test scores are a further alternative; not computed.')).toBeTruthy();
    expect(within(notChecked).getByText('(source not verified)')).toBeTruthy();
    const sources = screen.getByRole('table', { name: /Sources not verified \(2\)/ });
    const rows = within(sources).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Could not be confirmed (Dec 6, 2026)No stored copy of this page was found.', 'dc-test-scores'],
      ['Never checked', 'dc-cycle'],
    ]);
  });
});
