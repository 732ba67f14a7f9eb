import { screen } from '@testing-library/react';
import { CatalogItemsDocument, type CompensationFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { CompensationComparison, CompensationWhy } from './micro-credential-pay';

const citation = {
  __typename: 'Citation' as const,
  url: 'https://www.harmonytx.org/',
  text: 'Source text',
  section: null,
  checkStatus: 'unchecked',
};
const next = (cents: string, text: string) => ({
  __typename: 'CompensationNext' as const,
  ruleId: 'hy-stipend',
  label: 'Micro-credential stipend',
  credentialsNeeded: 1,
  cents,
  recurring: false,
  text,
});
/** Harmony model, the Pecan Grove demo teacher: 3 micro-credentials this budget year x $200 = $600. */
const pay = (total: string, paid: number): CompensationFieldsFragment => ({
  __typename: 'Compensation',
  budgetYear: 2026,
  budgetYearStart: '2026-07-01',
  budgetYearEnd: '2027-06-30',
  baseSalaryCents: '5285130',
  stipendsCents: total,
  increasesCents: '0',
  totalCents: total,
  definition: {
    __typename: 'RuleReference',
    ruleId: 'hy-micro-credential',
    description: 'A catalog micro-credential',
    uncertain: null,
    citation,
  },
  nextPayChange: next('20000', `1 more micro-credential this contract year: +$200.00 (stipend, ${paid} of 8 paid so far)`),
  rules: [
    {
      __typename: 'CompensationRuleResult',
      ruleId: 'hy-stipend',
      kind: 'stipend',
      label: 'Micro-credential stipend',
      uncertain: 'Which year is meant is not stated.',
      budgetYearCents: total,
      citation,
      lines: [
        {
          __typename: 'CompensationLine',
          text: `Micro-credential stipend: ${paid} micro-credentials = $${Number(total) / 100}.00.`,
          recordIds: [],
          cents: total,
        },
        {
          __typename: 'CompensationLine',
          text: 'Over the yearly limit (at most 8 a year), not paid: X.',
          recordIds: [],
          cents: '0',
        },
      ],
      next: next('20000', `1 more micro-credential this contract year: +$200.00 (stipend, ${paid} of 8 paid so far)`),
    },
  ],
  credentials: [],
  excluded: [{ __typename: 'CompensationExclusion', recordId: 'r9', reason: 'submitted: pays only once approved' }],
});

describe('micro-credential pay', () => {
  it('the Why? shows each rule with its source, its working lines and their pay, and what was left out', () => {
    renderWithProviders(<CompensationWhy compensation={pay('60000', 3)} />);
    expect(screen.getByText('Micro-credential stipend: 3 micro-credentials = $600.00.')).toBeTruthy();
    expect(screen.getByText('$600.00', { selector: 'td' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Source/ }).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.harmonytx.org/',
      'https://www.harmonytx.org/',
    ]);
    expect(screen.getByText(/Next: 1 more micro-credential this contract year/)).toBeTruthy();
    expect(screen.getByText(/submitted: pays only once approved/)).toBeTruthy();
  });

  it('the planner shows the budget year now and with the plan, and what the next one is worth', () => {
    renderWithProviders(
      <CompensationComparison before={pay('60000', 3)} after={pay('80000', 4)} educatorId="e1" asOf="2026-12-06" />,
      {
        mocks: [
          { request: { query: CatalogItemsDocument, variables: { search: null } }, result: { data: { catalogItems: [] } } },
        ],
      },
    );
    expect(screen.getByTestId('pay-whatif-summary').textContent).toBe(
      'This budget year: $600.00 now, $800.00 with the plan (+$200.00).',
    );
    expect(screen.getByText('1 more micro-credential this contract year: +$200.00 (stipend, 3 of 8 paid so far)')).toBeTruthy();
  });
});
