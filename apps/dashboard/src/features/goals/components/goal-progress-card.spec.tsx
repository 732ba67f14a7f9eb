import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { GoalCardFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { GoalProgressCard } from './goal-progress-card';

const point = (date: string, value: string, counted: number, met: boolean) => ({
  __typename: 'GoalTrendPoint' as const,
  date,
  value,
  counted,
  total: 40,
  met,
});

const goal: GoalCardFieldsFragment = {
  __typename: 'Goal',
  id: 'g0000000-0000-4000-8000-000000000001',
  title: 'Half of Lincoln staff hold a literacy micro-credential',
  measure: 'MICRO_CREDENTIALS',
  unit: 'PERCENT',
  target: '50',
  minimumCount: 1,
  competencyArea: 'Literacy',
  earnedSinceStart: false,
  startsOn: '2026-07-01',
  deadline: '2027-06-30',
  canEdit: true,
  archivedAt: null,
  school: { __typename: 'School', id: 's1', name: 'Lincoln Elementary' },
  progress: {
    __typename: 'GoalProgress',
    asOf: '2026-12-03',
    current: '42.5',
    target: '50',
    unit: 'PERCENT',
    met: false,
    counted: 17,
    total: 40,
    scope: 'Lincoln Elementary',
    partial: false,
    trend: [point('2026-07-01', '12.5', 5, false), point('2026-10-31', '30', 12, false), point('2026-12-03', '42.5', 17, false)],
  },
};

function renderCard(ui: ReactElement) {
  renderWithProviders(ui);
}

describe('GoalProgressCard', () => {
  it('says where the goal stands in words, with the deadline, and links to the goal', () => {
    renderCard(<GoalProgressCard goal={goal} today="2026-12-03" />);
    const card = screen.getByRole('article', { name: goal.title });
    expect(within(card).getByRole('link', { name: goal.title }).getAttribute('href')).toBe(`/goals/${goal.id}`);
    expect(
      within(card).getByText(
        'Staff with at least 1 micro-credential in Literacy, counting every one held (also those earned before the goal started) · Lincoln Elementary',
      ),
    ).toBeTruthy();
    expect(
      within(card).getByText(
        'Target not met yet: 42.5% against a target of 50% as of Dec 3, 2026 (17 of 40 staff counted; Lincoln Elementary).',
      ),
    ).toBeTruthy();
    expect(within(card).getByText(/Deadline Jun 30, 2027 \(209 days left\)/)).toBeTruthy();
    expect(within(card).getByText('In progress')).toBeTruthy();
    expect(within(card).getByRole('progressbar', { name: '85% of the way to the target' })).toBeTruthy();
    expect(within(card).getByText('From 12.5% on Jul 1, 2026 to 42.5% on Dec 3, 2026, measured at 3 points.')).toBeTruthy();
  });

  it('has the trend as a table for screen readers, and shows it on request', () => {
    renderCard(<GoalProgressCard goal={goal} today="2026-12-03" />);
    // Always in the document (visually hidden) while the chart is shown.
    const hidden = screen.getByRole('table', { name: `Progress of “${goal.title}” over time` });
    expect(within(hidden).getAllByRole('row')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Show trend as table' }));
    const table = screen.getByRole('table', { name: `Progress of “${goal.title}” over time` });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'As ofProgressStaff countedTarget',
      'Jul 1, 202612.5%5 of 40Not met',
      'Oct 31, 202630%12 of 40Not met',
      'Dec 3, 202642.5%17 of 40Not met',
    ]);
    expect(screen.getByRole('button', { name: 'Show trend as chart' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks a met goal in text as well as colour, and shows hour equivalents for the average', () => {
    const average: GoalCardFieldsFragment = {
      ...goal,
      measure: 'AVERAGE_PD_HOURS',
      unit: 'HOUR_EQUIVALENTS',
      target: '20',
      minimumCount: null,
      competencyArea: null,
      school: null,
      progress: {
        ...goal.progress,
        unit: 'HOUR_EQUIVALENTS',
        current: '23.58',
        target: '20',
        met: true,
        counted: 20,
        partial: true,
        scope: 'Your schools: Lincoln Elementary',
      },
    };
    renderCard(<GoalProgressCard goal={average} today="2026-12-03" linkToDetail={false} />);
    expect(screen.getByText('✓ Target met')).toBeTruthy();
    expect(screen.getByText('23.58 h')).toBeTruthy();
    expect(screen.getByText('Average PD per staff member · District-wide (your schools’ staff)')).toBeTruthy();
    expect(screen.getByText(/Target met: 23.58 hour equivalents against a target of 20 hour equivalents/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('explains a goal that has not started', () => {
    renderCard(
      <GoalProgressCard
        goal={{ ...goal, startsOn: '2027-01-01', progress: { ...goal.progress, trend: [] } }}
        today="2026-12-03"
      />,
    );
    expect(screen.getByText('The goal starts on Jan 1, 2027; its trend begins then.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show trend as table' })).toBeNull();
  });
});
