import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import {
  LaneWhatIfDocument,
  RenewalWhatIfDocument,
  type HypotheticalRecordInput,
  type WhatIfLaneFieldsFragment,
  type WhatIfRenewalFieldsFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { todayIsoDate } from '../../../utils/format';
import { WhatIfPlanner } from './what-if-planner';

const educatorId = 'e1';
// The machine running the tests is shared and busy: give the mocked API time to answer.
const slow = { timeout: 5000 };
const asOf = todayIsoDate();

const renewal = (
  earned: string,
  remaining: string,
  status: WhatIfRenewalFieldsFragment['status'],
  literacy: string,
): WhatIfRenewalFieldsFragment => ({
  __typename: 'RenewalEvaluation',
  licenseId: 'l1',
  licenseTypeName: 'Professional',
  stateCode: 'NC',
  unitName: 'renewal credits',
  required: '8',
  earned,
  remaining,
  status,
  deadline: '2028-06-30',
  daysLeft: 575,
  categories: [
    {
      __typename: 'RenewalCategory',
      id: 'literacy',
      label: 'Literacy',
      required: '3',
      earned: literacy,
      met: Number(literacy) >= 3,
    },
  ],
  explanation: [],
});

const lane = (
  earned: string,
  remaining: string,
  window: boolean,
  planned: WhatIfLaneFieldsFragment['explanation'] = [],
): WhatIfLaneFieldsFragment => ({
  __typename: 'LaneEvaluation',
  currentLane: 'BA',
  currentStep: 4,
  nextLane: 'BA+15',
  attainableByCredits: true,
  creditsNeeded: '15',
  creditsEarned: earned,
  creditsRemaining: remaining,
  qualifiesOn: window ? asOf : null,
  nextWindow: window
    ? { __typename: 'LaneApplicationWindow', opens: '2027-03-01', closes: '2027-04-30', effective: '2027-07-01' }
    : null,
  salary: {
    __typename: 'LaneSalary',
    contractYear: 2026,
    currentCents: '5000000',
    nextCents: '5200000',
    annualDifferenceCents: '200000',
    thisContractYearCents: window ? '0' : '100000',
    nextFiveYearsTotalCents: '1000000',
  },
  explanation: planned,
  compensation: null,
});

const planned: HypotheticalRecordInput[] = [1, 2].map((n) => ({
  title: `Planned micro-credential (plan line 1, ${n} of 2)`,
  activityType: 'MICRO_CREDENTIAL',
  amount: '1',
  unit: 'MICRO_CREDENTIAL',
  completedOn: asOf,
  categories: ['literacy'],
  statedHours: '15',
  level: null,
  inDistrict: false,
  preApproved: true,
}));

const mocks = [
  {
    request: { query: RenewalWhatIfDocument, variables: { educatorId, hypotheticals: [], asOf } },
    result: {
      data: {
        renewalWhatIf: {
          __typename: 'RenewalWhatIf',
          baseline: renewal('6', '2', 'AT_RISK', '1'),
          withHypothetical: renewal('6', '2', 'AT_RISK', '1'),
        },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: LaneWhatIfDocument, variables: { educatorId, hypotheticals: [], asOf } },
    result: {
      data: {
        laneWhatIf: { __typename: 'LaneWhatIf', baseline: lane('13', '2', false), withHypothetical: lane('13', '2', false) },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: RenewalWhatIfDocument, variables: { educatorId, hypotheticals: planned, asOf } },
    result: {
      data: {
        renewalWhatIf: {
          __typename: 'RenewalWhatIf',
          baseline: renewal('6', '2', 'AT_RISK', '1'),
          withHypothetical: renewal('8', '0', 'COMPLETE', '3'),
        },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: LaneWhatIfDocument, variables: { educatorId, hypotheticals: planned, asOf } },
    result: {
      data: {
        laneWhatIf: { __typename: 'LaneWhatIf', baseline: lane('13', '2', false), withHypothetical: lane('15', '0', true) },
      },
    },
    maxUsageCount: 10,
  },
];

function CurrentSearch() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderPlanner(route = '/plan') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/plan"
        element={
          <>
            <WhatIfPlanner educatorId={educatorId} />
            <CurrentSearch />
          </>
        }
      />
    </Routes>,
    { mocks, route },
  );
}

describe('WhatIfPlanner', () => {
  // Each case renders the whole planner with two evaluations; on a loaded machine that passes 5 s.
  jest.setTimeout(20_000);
  beforeEach(() => window.sessionStorage.clear());

  it('adds "2 more micro-credentials in literacy" and shows renewal and lane before and after, with the plan in the URL', async () => {
    renderPlanner();
    expect(await screen.findByText(/Nothing planned yet/, {}, slow)).toBeTruthy();
    // Baseline: nothing changes yet.
    expect(await screen.findByText(/6 now, 6 of 8 renewal credits with the plan \(no change\)/, {}, slow)).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add planned PD' });
    fireEvent.change(within(form).getByLabelText('How many'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText(/Stated hours/), { target: { value: '15' } });
    fireEvent.click(within(form).getByLabelText('Literacy'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add to plan' }));

    expect(screen.getByTestId('search').textContent).toBe(
      '?plan=MICRO_CREDENTIAL%7E1%7EMICRO_CREDENTIAL%7E2%7ELiteracy%7E15%7E%7E%7E1%7E',
    );
    expect(
      within(screen.getByRole('list', { name: 'Planned activities' })).getAllByText(
        '2 × Micro-credential, 1 micro-credential (15 stated hours) · Literacy',
      ),
    ).toHaveLength(2);

    expect(
      await screen.findByText(/6 now, 8 of 8 renewal credits with the plan \(\+2\); status complete/, {}, slow),
    ).toBeTruthy();
    const renewalTable = screen.getByRole('table', { name: 'Renewal now and with the plan' });
    const literacyRow = within(renewalTable).getByRole('row', { name: /Literacy/ });
    expect(within(literacyRow).getByText('1 of 3')).toBeTruthy();
    expect(within(literacyRow).getByText('3 of 3, met')).toBeTruthy();
    expect(within(renewalTable).getByRole('row', { name: /Status/ }).textContent).toContain('At risk → Complete');

    await waitFor(
      () =>
        expect(screen.getByTestId('lane-whatif-summary').textContent).toContain(
          'With the plan you have the credits for BA+15, paid from Jul 1, 2027',
        ),
      slow,
    );
    const laneTable = screen.getByRole('table', { name: 'Salary lane now and with the plan' });
    expect(within(laneTable).getByRole('row', { name: /Lane credits toward BA\+15/ }).textContent).toContain('+2');
    expect(within(laneTable).getByRole('row', { name: /Extra pay over five years/ }).textContent).toBe(
      'Extra pay over five years$0.00+$10,000.00+$10,000.00',
    );
  });

  it('reads a bookmarked plan from the URL and removes a line', async () => {
    renderPlanner('/plan?plan=MICRO_CREDENTIAL~1~MICRO_CREDENTIAL~2~Literacy~15~~~1~');
    expect(await screen.findByText(/6 now, 8 of 8 renewal credits with the plan/, {}, slow)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Remove 2 × Micro-credential/ }));
    expect(screen.getByTestId('search').textContent).toBe('');
    expect(await screen.findByText(/Nothing planned yet/, {}, slow)).toBeTruthy();
  });

  it('shows what is wrong with the input and adds nothing', async () => {
    renderPlanner();
    const form = screen.getByRole('form', { name: 'Add planned PD' });
    fireEvent.change(within(form).getByLabelText(/Amount of each/), { target: { value: '1.5x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add to plan' }));
    expect(screen.getByRole('alert').textContent).toContain('One field needs attention');
    expect(screen.getByText('“1.5x” is not a positive number with at most 4 decimal places.')).toBeTruthy();
    expect(
      within(form)
        .getByLabelText(/Amount of each/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(screen.getByTestId('search').textContent).toBe('');
  });

  it('keeps what was typed but not added in sessionStorage (a reload or a new sign-in keeps it)', () => {
    const first = renderPlanner();
    fireEvent.change(within(screen.getByRole('form', { name: 'Add planned PD' })).getByLabelText('Title (optional)'), {
      target: { value: 'Summer reading institute' },
    });
    first.unmount();
    renderPlanner();
    expect(
      (within(screen.getByRole('form', { name: 'Add planned PD' })).getByLabelText('Title (optional)') as HTMLInputElement).value,
    ).toBe('Summer reading institute');
  });
});
