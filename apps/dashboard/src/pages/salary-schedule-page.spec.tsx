import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ViewerContext, type Viewer } from '../features/auth/hooks/use-viewer';
import {
  SalaryScheduleDocument,
  SalarySchedulePresetsDocument,
  SetSalaryScheduleDocument,
  type SalaryScheduleFieldsFragment,
} from '../gql/graphql';
import { renderWithProviders } from '../test/render-with-providers';
import { SalarySchedulePage } from './salary-schedule-page';

const viewer = (role: Viewer['role']): Viewer => ({
  __typename: 'Viewer',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  email: 'hr@pecangrove.example.org',
  role,
  displayName: 'HR',
  district: { __typename: 'District', id: 'd0000000-0000-4000-8000-000000000001', name: 'Pecan Grove Schools', stateCode: 'TX' },
  educator: null,
  schools: [],
});

const citation = (url: string) => ({
  __typename: 'Citation' as const,
  url,
  text: 'What the page says',
  section: null,
  checkStatus: 'unchecked',
});
const schedule = (presetId: string, name: string, rule: { kind: string; label: string; description: string; url: string }) =>
  ({
    __typename: 'SalarySchedule',
    id: null,
    presetId,
    name,
    effectiveFrom: null,
    uncertain: 'Illustrative lanes.',
    lanes: ['BA', 'MA'],
    definitionJson: `{"id":"${presetId}"}`,
    citation: citation(rule.url),
    laneRules: [],
    microCredentialDefinition: null,
    sets: [],
    compensationRules: [
      {
        __typename: 'SalaryScheduleCompensationRule',
        ruleId: `${presetId}-rule`,
        kind: rule.kind,
        label: rule.label,
        description: rule.description,
        uncertain: 'Check with the district.',
        citation: citation(rule.url),
      },
    ],
  }) satisfies SalaryScheduleFieldsFragment;

const harmony = schedule('harmony-stipend', 'Micro-credential stipends (modelled on Harmony Public Schools, TX)', {
  kind: 'stipend',
  label: 'Micro-credential stipend',
  description: '$200.00 stipend per micro-credential, at most 8 a year',
  url: 'https://www.harmonytx.org/',
});
const dysart = schedule('dysart-steps', 'Micro-credential percentage steps (modelled on Dysart Unified, AZ)', {
  kind: 'count_step',
  label: 'Micro-credential growth steps',
  description: 'Permanent increase by count: 15 = +4%, 30 = +4%',
  url: 'https://www.dysart.org/',
});

const current = {
  request: { query: SalaryScheduleDocument },
  result: {
    data: {
      salarySchedule: {
        __typename: 'DistrictSalarySchedule',
        asOf: '2026-12-06',
        schedule: { ...harmony, id: 's1', effectiveFrom: '2025-07-01' },
      },
    },
  },
};

describe('SalarySchedulePage', () => {
  // Whole-page renders with several queries; on a loaded machine that passes 5 s.
  jest.setTimeout(20_000);

  it('shows everyone the compensation rules with their sources and what is uncertain; no editor for teachers', async () => {
    renderWithProviders(
      <ViewerContext.Provider value={viewer('TEACHER')}>
        <SalarySchedulePage />
      </ViewerContext.Provider>,
      { mocks: [current] },
    );
    expect(await screen.findByText('$200.00 stipend per micro-credential, at most 8 a year')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Source/ })[0]!.getAttribute('href')).toBe('https://www.harmonytx.org/');
    expect(screen.getByText('Uncertain: Check with the district.')).toBeTruthy();
    expect(screen.queryByText("Change the district's schedule")).toBeNull();
  });

  it('lets HR switch to another preset after seeing its rules', async () => {
    const setCalled = jest.fn();
    renderWithProviders(
      <ViewerContext.Provider value={viewer('HR_ADMIN')}>
        <SalarySchedulePage />
      </ViewerContext.Provider>,
      {
        mocks: [
          current,
          current,
          { request: { query: SalarySchedulePresetsDocument }, result: { data: { salarySchedulePresets: [harmony, dysart] } } },
          {
            request: {
              query: SetSalaryScheduleDocument,
              variables: { input: { presetId: 'dysart-steps', effectiveFrom: new Date().toISOString().slice(0, 10) } },
            },
            result: () => {
              setCalled();
              return { data: { setSalarySchedule: { ...dysart, id: 's2', effectiveFrom: '2026-12-06' } } };
            },
          },
        ],
      },
    );
    const select = await screen.findByLabelText('Start from a preset');
    await waitFor(() => expect(screen.getByRole('option', { name: dysart.name })).toBeTruthy());
    fireEvent.change(select, { target: { value: 'dysart-steps' } });
    expect(await screen.findByText('Permanent increase by count: 15 = +4%, 30 = +4%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this preset' }));
    await waitFor(() => expect(setCalled).toHaveBeenCalled());
    expect(await screen.findByText(/^Saved: the schedule applies from/)).toBeTruthy();
  });
});
