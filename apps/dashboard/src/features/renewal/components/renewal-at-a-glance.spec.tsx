import { screen } from '@testing-library/react';
import type { RenewalEvaluationFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { RenewalAtAGlance, renewalPercent } from './renewal-at-a-glance';

const citation = { __typename: 'Citation' as const, url: 'https://example.org/rule', text: 'Rule text', section: null };

const renewal: RenewalEvaluationFieldsFragment = {
  __typename: 'RenewalEvaluation',
  licenseId: 'lic-1',
  licenseNumber: '123456',
  stateCode: 'NC',
  ruleSetId: 'nc',
  licenseType: 'continuing',
  licenseTypeName: 'Continuing Professional',
  unit: 'renewal_credit',
  unitName: 'renewal credits',
  asOf: '2026-12-03',
  cycleStart: '2024-07-01',
  cycleEnd: '2029-06-30',
  deadline: '2029-06-30',
  daysLeft: 940,
  required: '8',
  earned: '3.5',
  remaining: '4.5',
  carryIn: '0',
  carryOut: '0',
  status: 'AT_RISK',
  categories: [
    { __typename: 'RenewalCategory', id: 'literacy', label: 'Literacy', required: '3', earned: '1', met: false, citation },
    {
      __typename: 'RenewalCategory',
      id: 'digital_learning',
      label: 'Digital learning',
      required: '1',
      earned: '1',
      met: true,
      citation,
    },
  ],
  adjustments: [],
  pathways: [],
  uncertain: [],
  explanation: [],
  districtRules: [],
  notChecked: [],
  rulesApplied: [],
};

describe('RenewalAtAGlance', () => {
  it('answers "am I on track?" in words: progress, status, deadline, categories and what is missing', () => {
    renderWithProviders(<RenewalAtAGlance renewal={renewal} />);
    expect(screen.getByRole('heading', { name: 'Renewal: Continuing Professional (NC)' })).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();
    expect(screen.getByText("43% of this cycle's requirement; 4.5 renewal credits still needed.")).toBeTruthy();
    expect(screen.getByText(/Jun 30, 2029 \(940 days left\)/)).toBeTruthy();
    expect(screen.getByTestId('renewal-missing').textContent).toBe(
      'Still needed by Jun 30, 2029: 4.5 more renewal credits and Literacy (1 of 3 so far).',
    );
    expect(screen.getByText(/Literacy: 1 of 3 renewal credits — not met yet/)).toBeTruthy();
    expect(screen.getByText(/Digital learning: 1 of 1 renewal credits — met/)).toBeTruthy();
  });

  it('links the total and the "Why?" to the opened drill-down of this license', () => {
    renderWithProviders(<RenewalAtAGlance renewal={renewal} />);
    expect(screen.getByRole('link', { name: '3.5 of 8 renewal credits' }).getAttribute('href')).toBe(
      '/renewal?why=lic-1#renewal-lic-1',
    );
    expect(screen.getByRole('link', { name: 'Why? How the 3.5 renewal credits were counted' }).getAttribute('href')).toBe(
      '/renewal?why=lic-1#renewal-lic-1',
    );
  });

  it('draws the ring from a share capped at 100%, rounding down so 99.9% never shows as done', () => {
    expect(renewalPercent('210', '180')).toBe(100);
    expect(renewalPercent('179.9', '180')).toBe(99);
    expect(renewalPercent('0', '0')).toBe(100);
  });
});
