import { fireEvent, screen, within } from '@testing-library/react';
import type { RenewalEvaluationFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { RenewalCard } from './renewal-card';

const citation = {
  __typename: 'Citation' as const,
  url: 'https://www.pa.gov/act48',
  text: 'One semester credit equals 30 Act 48 hours.',
  section: null,
};

const renewal: RenewalEvaluationFieldsFragment = {
  __typename: 'RenewalEvaluation',
  licenseId: 'l1',
  licenseNumber: '123456',
  stateCode: 'FL',
  ruleSetId: 'fl',
  licenseType: 'professional',
  licenseTypeName: 'Professional',
  unit: 'inservice_point',
  unitName: 'inservice points',
  asOf: '2026-01-01',
  cycleStart: '2022-07-01',
  cycleEnd: '2027-06-30',
  deadline: '2027-06-30',
  daysLeft: 545,
  required: '120',
  earned: '45.5',
  remaining: '74.5',
  carryIn: '0',
  carryOut: '0',
  status: 'AT_RISK',
  categories: [
    {
      __typename: 'RenewalCategory',
      id: 'students_with_disabilities',
      label: 'Students with disabilities',
      required: '20',
      earned: '5',
      met: false,
      citation,
    },
  ],
  adjustments: [
    {
      __typename: 'RenewalAdjustment',
      kind: 'cap',
      ruleId: 'cap-1',
      amount: '4',
      limit: '10',
      before: '14',
      reason: 'Presenting at most 10',
      uncertain: null,
      citation,
    },
  ],
  pathways: [],
  uncertain: [],
  districtRules: [],
  notChecked: [],
  rulesApplied: [],
  explanation: [
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r1',
      title: 'Graduate course',
      completedOn: '2025-01-10',
      recordedAmount: '1',
      recordedUnit: 'semester_credit',
      conversion: '1 semester credit = 30 points (amount x 30)',
      conversionCitation: citation,
      converted: '30',
      credited: '30',
      counted: true,
      reason: null,
      hypothetical: false,
      adjustments: [],
    },
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r2',
      title: 'Conference talk',
      completedOn: '2025-03-10',
      recordedAmount: '14',
      recordedUnit: 'clock_hour',
      conversion: '1 clock hour = 1 point (amount x 1)',
      conversionCitation: citation,
      converted: '14',
      credited: '10',
      counted: true,
      reason: null,
      hypothetical: false,
      adjustments: [{ __typename: 'LineAdjustment', kind: 'cap', change: '-4', description: 'Presenting at most 10' }],
    },
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r3',
      title: 'Webinar',
      completedOn: '2025-04-10',
      recordedAmount: '5.5',
      recordedUnit: 'clock_hour',
      conversion: '1 clock hour = 1 point (amount x 1)',
      conversionCitation: citation,
      converted: '5.5',
      credited: '5.5',
      counted: true,
      reason: null,
      hypothetical: false,
      adjustments: [],
    },
    {
      __typename: 'RenewalExplanationLine',
      kind: 'record',
      recordId: 'r4',
      title: 'Pending workshop',
      completedOn: '2025-05-10',
      recordedAmount: '3',
      recordedUnit: 'clock_hour',
      conversion: null,
      conversionCitation: null,
      converted: '0',
      credited: '0',
      counted: false,
      reason: 'submitted records count only once approved',
      hypothetical: false,
      adjustments: [],
    },
  ],
};

describe('RenewalCard', () => {
  it('states progress, status, deadline and missing categories in words', () => {
    renderWithProviders(<RenewalCard renewal={renewal} />);
    expect(screen.getByText('45.5 of 120 inservice points earned (38%)')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '45.5 of 120 inservice points earned (38%)' })).toBeTruthy();
    expect(screen.getByText('Status: At risk')).toBeTruthy();
    expect(screen.getByText(/Jun 30, 2027 \(545 days left\)/)).toBeTruthy();
    expect(
      screen.getByText(
        'Still needed by Jun 30, 2027: 74.5 more inservice points and Students with disabilities (5 of 20 so far).',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/not met yet/)).toBeTruthy();
  });

  it('opens the why drill-down: credited lines with conversions and citations that sum to the total, caps and exclusions', () => {
    renderWithProviders(<RenewalCard renewal={renewal} />);
    const button = screen.getByRole('button', { name: 'Why? How 45.5 inservice points were counted' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header, 3 credited lines, the total.
    expect(rows).toHaveLength(5);
    expect(within(rows[1]!).getByText('1 semester credit')).toBeTruthy();
    expect(
      within(rows[1]!)
        .getByRole('link', { name: /Rule source/ })
        .getAttribute('href'),
    ).toBe('https://www.pa.gov/act48');
    expect(within(rows[2]!).getByText('Cap: -4 (Presenting at most 10)')).toBeTruthy();
    expect(within(rows[4]!).getByText('45.5')).toBeTruthy();
    expect(screen.getByText(/Presenting at most 10: 4 inservice points removed of 14/)).toBeTruthy();
    expect(screen.getByText('Pending workshop (May 10, 2025): submitted records count only once approved.')).toBeTruthy();
  });
  it('lists the district policies in force for the cycle, with their basis', () => {
    const districtRules = [
      {
        __typename: 'RuleReference' as const,
        ruleId: 'district-1',
        description: 'In-district PD: 30 more inservice points required per cycle (district policy, from 2026-07-01)',
        citation: {
          __typename: 'Citation' as const,
          url: 'urn:pd-ledger:district-rule-override:1',
          text: 'Board policy 4120',
          section: 'District policy',
        },
      },
    ];
    renderWithProviders(<RenewalCard renewal={{ ...renewal, districtRules }} />);
    expect(screen.getByRole('heading', { name: 'District policy' })).toBeTruthy();
    expect(screen.getByText(/In-district PD: 30 more inservice points required per cycle/)).toBeTruthy();
    // No web address: the basis is shown in words, not as a link.
    expect(screen.getByText('District policy: Board policy 4120')).toBeTruthy();
  });

  it('lists what PD Ledger does not check, says "complete" covers only the rest, and names what blocks a route', () => {
    const flCitation = {
      __typename: 'Citation' as const,
      url: 'https://dcps.duvalschools.org/o/humanresources/page/renewalrequirements',
      text: 'Reading credit earned up to ten years before expiry.',
      section: null,
      checkStatus: 'confirmed',
    };
    const complete: RenewalEvaluationFieldsFragment = {
      ...renewal,
      status: 'COMPLETE',
      earned: '120',
      remaining: '0',
      categories: [],
      pathways: [
        {
          __typename: 'RenewalPathway',
          id: 'fl-college-credit',
          label: '6 semester hours of college credit',
          unitName: 'semester hours',
          required: '6',
          earned: '6',
          met: false,
          blockedBy: ['Teaching students with disabilities (required on every route)'],
        },
      ],
      notChecked: [
        {
          __typename: 'RuleReference',
          ruleId: 'fl-reading-ten-years',
          description: 'Reading credit earned up to ten years before the expiration date counts',
          citation: { ...flCitation, checkStatus: 'unchecked' },
        },
      ],
      rulesApplied: [
        {
          __typename: 'RuleReference',
          ruleId: 'fl-swd',
          description: 'Teaching students with disabilities: required on every route',
          uncertain: null,
          citation,
        },
      ],
    };
    renderWithProviders(<RenewalCard renewal={complete} whyOpen />);
    const section = screen.getByRole('region', { name: 'Not checked by PD Ledger' });
    expect(within(section).getByText('Not checked by PD Ledger (“complete” covers only what PD Ledger checks):')).toBeTruthy();
    expect(
      within(section).getByText(/Reading credit earned up to ten years before the expiration date counts/, {
        selector: '.mantine-List-itemLabel',
      }),
    ).toBeTruthy();
    expect(within(section).getByText('(source not verified)')).toBeTruthy();
    expect(
      screen.getByText(
        /6 semester hours of college credit \(6 of 6 semester hours; also needs Teaching students with disabilities \(required on every route\)\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Rules that shaped this result')).toBeTruthy();
    expect(screen.getByText(/Teaching students with disabilities: required on every route/)).toBeTruthy();
  });

  it('shows no not-checked section when PD Ledger checks everything the preset states', () => {
    renderWithProviders(<RenewalCard renewal={renewal} />);
    expect(screen.queryByRole('region', { name: 'Not checked by PD Ledger' })).toBeNull();
  });
});
