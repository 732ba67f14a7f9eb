import { screen, within } from '@testing-library/react';
import type { LaneEvaluationFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { LaneAtAGlance } from './lane-at-a-glance';

const line = (
  recordId: string,
  title: string,
  counted: boolean,
  reason: string | null,
  amount: string,
  unit: string,
): LaneEvaluationFieldsFragment['explanation'][number] => ({
  __typename: 'LaneExplanationLine',
  recordId,
  title,
  completedOn: '2026-01-10',
  recordedAmount: amount,
  recordedUnit: unit,
  counted,
  reason,
  conversion: null,
  credited: counted ? '3' : '0',
  hypothetical: false,
  conversionCitation: null,
  adjustments: [],
});

const lane: LaneEvaluationFieldsFragment = {
  __typename: 'LaneEvaluation',
  scheduleId: 's1',
  scheduleName: 'Maplewood 2026',
  asOf: '2026-12-03',
  currentLane: 'MA',
  currentStep: 15,
  nextLane: 'MA+15',
  attainableByCredits: true,
  creditsNeeded: '15',
  creditsEarned: '9.6667',
  creditsRemaining: '5.3333',
  qualifiesOn: null,
  byKind: [
    { __typename: 'LaneCreditsByKind', ruleId: 'grad', description: 'Graduate semester credit = 1 lane credit', credits: '3' },
  ],
  adjustments: [],
  nextWindow: null,
  salary: {
    __typename: 'LaneSalary',
    contractYear: 2026,
    currentCents: '7771584',
    nextCents: '7870728',
    annualDifferenceCents: '99144',
    thisContractYearCents: '99144',
    nextFiveYearsTotalCents: '495720',
    nextFiveYears: [],
  },
  explanation: [
    line('r1', 'EDUC 5325', true, null, '3', 'semester_credit'),
    line('r2', 'Structured Literacy Foundations', false, 'submitted records count only once approved', '1', 'micro_credential'),
    line('r3', 'Old workshop', false, 'earned before hire (2010-08-01)', '6', 'clock_hour'),
  ],
  compensation: null,
};

const citation = {
  __typename: 'Citation' as const,
  url: 'https://www.mnsd.k12.wi.us/',
  text: 'Source text',
  section: null,
  checkStatus: 'unchecked',
};
/** Figures as the API computes them for the Lakeshore demo teacher (Muskego-Norway model, BA+15 step 5). */
const compensation: NonNullable<LaneEvaluationFieldsFragment['compensation']> = {
  __typename: 'Compensation',
  budgetYear: 2026,
  budgetYearStart: '2026-07-01',
  budgetYearEnd: '2027-06-30',
  baseSalaryCents: '5422830',
  stipendsCents: '0',
  increasesCents: '0',
  totalCents: '0',
  definition: {
    __typename: 'RuleReference',
    ruleId: 'mn-micro-credential',
    description: 'A catalog micro-credential',
    uncertain: null,
    citation,
  },
  nextPayChange: {
    __typename: 'CompensationNext',
    ruleId: 'mn-masters-equivalency',
    label: "the master's equivalency",
    credentialsNeeded: 1,
    cents: '447882',
    recurring: true,
    text: "1 more foundational credential to the master's equivalency: +$4,478.82 a year",
  },
  rules: [
    {
      __typename: 'CompensationRuleResult',
      ruleId: 'mn-masters-equivalency',
      kind: 'equivalency',
      label: "the master's equivalency",
      uncertain: 'Paid as the MA lane at the same step.',
      budgetYearCents: '0',
      citation,
      lines: [
        {
          __typename: 'CompensationLine',
          text: 'the master\'s equivalency: 14 of 15 from "foundational".',
          recordIds: [],
          cents: '0',
        },
      ],
      next: {
        __typename: 'CompensationNext',
        credentialsNeeded: 1,
        cents: '447882',
        recurring: true,
        text: "1 more foundational credential to the master's equivalency: +$4,478.82 a year",
      },
    },
  ],
  credentials: [],
  excluded: [],
};

describe('LaneAtAGlance', () => {
  it('shows credits toward the next lane, what counts, what is pending, and the pay, each number linked to its explanation', () => {
    renderWithProviders(<LaneAtAGlance lane={lane} />);
    const progress = screen.getByRole('link', { name: '9.67 of 15 credits toward MA+15' });
    expect(progress.getAttribute('href')).toBe('/renewal?why=lane#lane-progress');
    expect(screen.getByRole('progressbar', { name: '9.67 of 15 credits toward MA+15 (64%)' })).toBeTruthy();
    expect(screen.getByText('64%: 5.33 more credits reach MA+15.')).toBeTruthy();
    expect(screen.getByText('Graduate semester credit = 1 lane credit: 3 credits')).toBeTruthy();

    const pending = screen.getByText('One record counts once approved:').nextElementSibling as HTMLElement;
    expect(
      within(pending)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Structured Literacy Foundations (1 micro-credential)']);

    expect(screen.getByRole('link', { name: '$78,707.28' }).getAttribute('href')).toBe('/renewal?why=lane#lane-progress');
    expect(screen.getByRole('link', { name: '+$991.44' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '+$4,957.20' })).toBeTruthy();
    expect(screen.getByText('Difference over five years')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Plan ahead/ }).getAttribute('href')).toBe('/plan');
  });

  it('says when the credits are reached and when the new lane pays', () => {
    renderWithProviders(
      <LaneAtAGlance
        lane={{
          ...lane,
          creditsEarned: '15',
          creditsRemaining: '0',
          qualifiesOn: '2026-11-01',
          nextWindow: { __typename: 'LaneApplicationWindow', opens: '2027-03-01', closes: '2027-04-30', effective: '2027-07-01' },
          explanation: [],
        }}
      />,
    );
    expect(
      screen.getByText(
        'You have the credits for MA+15 since Nov 1, 2026; apply Mar 1, 2027 – Apr 30, 2027, paid from Jul 1, 2027.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Nothing is waiting for approval.')).toBeTruthy();
  });

  it("shows the next pay change under the district's micro-credential pay model, linked to its working", () => {
    renderWithProviders(<LaneAtAGlance lane={{ ...lane, compensation }} />);
    const next = screen.getByTestId('next-pay-change');
    expect(next.textContent).toBe(
      "Next pay change: 1 more foundational credential to the master's equivalency: +$4,478.82 a year",
    );
    expect(next.getAttribute('href')).toBe('/renewal?why=lane#lane-progress');
    expect(screen.getByText('What each micro-credential is worth')).toBeTruthy();
  });

  it('shows no pay section when the schedule has no compensation rules', () => {
    renderWithProviders(<LaneAtAGlance lane={lane} />);
    expect(screen.queryByText('Pay for micro-credentials')).toBeNull();
  });
});
