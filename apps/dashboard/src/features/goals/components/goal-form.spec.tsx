import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  CreateGoalDocument,
  GoalFormOptionsDocument,
  UpdateGoalDocument,
  type GoalCardFieldsFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { GoalForm } from './goal-form';

const schools = [
  { __typename: 'School' as const, id: 's0000000-0000-4000-8000-000000000001', name: 'Lincoln Elementary' },
  { __typename: 'School' as const, id: 's0000000-0000-4000-8000-000000000002', name: 'Roosevelt Elementary' },
];
const optionsMock = {
  request: { query: GoalFormOptionsDocument },
  result: { data: { schools, goalCompetencyAreas: ['Literacy', 'Equity'] } },
};

const input = {
  title: 'Literacy for all',
  schoolId: schools[0]!.id,
  measure: 'MICRO_CREDENTIALS',
  target: '62.5',
  minimumCount: 2,
  competencyArea: 'Literacy',
  earnedSinceStart: true,
  startsOn: '2026-07-01',
  deadline: '2027-06-30',
};

const saved: GoalCardFieldsFragment = {
  __typename: 'Goal',
  id: 'g1',
  title: 'Literacy for all',
  measure: 'MICRO_CREDENTIALS',
  unit: 'PERCENT',
  target: '62.5',
  minimumCount: 2,
  competencyArea: 'Literacy',
  earnedSinceStart: true,
  startsOn: '2026-07-01',
  deadline: '2027-06-30',
  canEdit: true,
  archivedAt: null,
  school: schools[0]!,
  progress: {
    __typename: 'GoalProgress',
    asOf: '2026-12-03',
    current: '0',
    target: '62.5',
    unit: 'PERCENT',
    met: false,
    counted: 0,
    total: 40,
    scope: 'Lincoln Elementary',
    partial: false,
    trend: [],
  },
};

async function fill(values: Record<string, string>) {
  await screen.findByRole('option', { name: 'Lincoln Elementary' });
  for (const [label, value] of Object.entries(values))
    fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
}

describe('GoalForm', () => {
  it('checks the fields before sending: target range, N and the deadline after the start', async () => {
    const created = jest.fn();
    renderWithProviders(<GoalForm allowDistrictWide={false} onSaved={jest.fn()} />, {
      mocks: [
        optionsMock,
        {
          request: { query: CreateGoalDocument, variables: () => true },
          result: () => {
            created();
            return { data: { createGoal: saved } };
          },
        },
      ],
    });
    await fill({ Title: 'Literacy for all', Measure: 'MICRO_CREDENTIALS' });
    await fill({ Target: '150', 'At least this many': '0', Start: '2026-07-01', Deadline: '2026-06-30' });
    fireEvent.click(screen.getByRole('button', { name: 'Create goal' }));
    expect(
      await screen.findByText('Enter a percentage above 0 and at most 100, with at most 2 decimals (e.g. 80 or 62.5).'),
    ).toBeTruthy();
    expect(screen.getByText('Enter a whole number from 1 to 100.')).toBeTruthy();
    expect(screen.getByText('The deadline must be after the start date.')).toBeTruthy();
    expect(created).not.toHaveBeenCalled();
  });

  it('creates a goal for one of the principal’s schools with exact values', async () => {
    const onSaved = jest.fn();
    renderWithProviders(<GoalForm allowDistrictWide={false} onSaved={onSaved} />, {
      mocks: [
        optionsMock,
        { request: { query: CreateGoalDocument, variables: { input } }, result: { data: { createGoal: saved } } },
      ],
    });
    // Principals choose among their schools: no "Whole district".
    await screen.findByRole('option', { name: 'Lincoln Elementary' });
    expect(screen.queryByRole('option', { name: 'Whole district' })).toBeNull();
    await fill({ Title: ' Literacy for all ', Measure: 'MICRO_CREDENTIALS' });
    await fill({
      Target: '62.5',
      'At least this many': '2',
      'Competency area': 'Literacy',
      Start: '2026-07-01',
      Deadline: '2027-06-30',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create goal' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  });

  it('shows the API’s field error beside its field', async () => {
    const onSaved = jest.fn();
    renderWithProviders(<GoalForm allowDistrictWide onSaved={onSaved} />, {
      mocks: [
        optionsMock,
        {
          request: {
            query: CreateGoalDocument,
            variables: { input: { ...input, schoolId: null, minimumCount: 1, competencyArea: null, target: '50' } },
          },
          result: {
            errors: [
              new GraphQLError('Invalid value for startsOn: "2026-07-01" must be between the years 2000 and 2100', {
                extensions: { code: 'BAD_USER_INPUT', field: 'startsOn' },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByRole('option', { name: 'Whole district' });
    await fill({ Title: 'Literacy for all', Measure: 'MICRO_CREDENTIALS' });
    await fill({ Target: '50', Start: '2026-07-01', Deadline: '2027-06-30' });
    fireEvent.click(screen.getByRole('button', { name: 'Create goal' }));
    expect(
      await screen.findByText('Invalid value for startsOn: "2026-07-01" must be between the years 2000 and 2100'),
    ).toBeTruthy();
    expect(screen.getByLabelText(/^Start/).getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits a goal without changing its school or measure, sending only the editable fields', async () => {
    const onSaved = jest.fn();
    const updated = { ...saved, target: '70', deadline: '2027-05-31' };
    renderWithProviders(<GoalForm goal={saved} allowDistrictWide={false} onSaved={onSaved} />, {
      mocks: [
        optionsMock,
        {
          request: {
            query: UpdateGoalDocument,
            variables: {
              id: 'g1',
              input: {
                title: 'Literacy for all',
                target: '70',
                minimumCount: 2,
                competencyArea: 'Literacy',
                earnedSinceStart: true,
                startsOn: '2026-07-01',
                deadline: '2027-05-31',
              },
            },
          },
          result: { data: { updateGoal: updated } },
        },
      ],
    });
    expect((screen.getByLabelText(/^For/) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText(/^Measure/) as HTMLSelectElement).disabled).toBe(true);
    await fill({ Target: '70', Deadline: '2027-05-31' });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(updated));
  });
});
