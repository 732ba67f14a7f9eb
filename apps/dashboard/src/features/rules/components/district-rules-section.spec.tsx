import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  AddDistrictRuleOverrideDocument,
  DistrictRulesDocument,
  RemoveDistrictRuleOverrideDocument,
  type DistrictRulesFieldsFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { DistrictRulesSection, overrideStatus } from './district-rules-section';

const citation = {
  __typename: 'Citation' as const,
  url: 'https://district.example.org/policy/4120',
  text: 'Board policy 4120, adopted 2026-05-12',
  section: 'District policy',
};
const override = {
  __typename: 'DistrictRuleOverride' as const,
  id: 'o0000000-0000-4000-8000-000000000001',
  presetId: 'pa',
  presetName: 'Pennsylvania Act 48',
  unitName: 'Act 48 hours',
  kind: 'EXTRA_REQUIRED' as const,
  amount: '30',
  category: null,
  activityType: null,
  label: 'In-district PD',
  description: 'In-district PD: 30 more Act 48 hours required per cycle',
  basis: citation.text,
  policyUrl: citation.url,
  citation,
  effectiveFrom: '2026-07-01',
  endsOn: null,
  createdAt: '2026-11-02T10:00:00.000Z',
  createdByName: 'Harriet HR',
  endedAt: null,
  endedByName: null,
};
const state = (presetId: string, home: boolean) => ({
  __typename: 'DistrictRuleState' as const,
  presetId,
  jurisdiction: presetId.toUpperCase(),
  name: presetId === 'pa' ? 'Pennsylvania Act 48' : 'Tennessee',
  unitName: presetId === 'pa' ? 'Act 48 hours' : 'PDPs',
  home,
  addedAt: null,
  addedByName: null,
});
const rules = (overrides: DistrictRulesFieldsFragment['overrides']) => ({
  data: { districtRules: { __typename: 'DistrictRules' as const, states: [state('pa', true), state('tn', false)], overrides } },
});

function render(mocks: MockedProviderProps['mocks'], canEdit: boolean) {
  return renderWithProviders(<DistrictRulesSection canEdit={canEdit} presets={[]} />, { mocks });
}

describe('DistrictRulesSection', () => {
  it('lists the states and each override with its basis, effective date and who added it; read-only for teachers', async () => {
    render([{ request: { query: DistrictRulesDocument }, result: rules([override]) }], false);
    const table = await screen.findByRole('table', { name: '1 district override' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('In-district PD: 30 more Act 48 hours required per cycle')).toBeTruthy();
    expect(
      within(row)
        .getByRole('link', { name: /District policy: Board policy 4120/ })
        .getAttribute('href'),
    ).toBe(citation.url);
    expect(within(row).getByText(/From Jul 1, 2026/)).toBeTruthy();
    expect(within(row).getByText(/Harriet HR/)).toBeTruthy();
    expect(screen.getByText('Home state')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add override' })).toBeNull();
  });

  it('HR adds an override (the API message shows beside the field) and removes one', async () => {
    const added = jest.fn();
    const removed = jest.fn();
    const input = {
      presetId: 'pa',
      kind: 'EXTRA_REQUIRED',
      amount: '30',
      category: null,
      activityType: null,
      label: 'In-district PD',
      basis: citation.text,
      policyUrl: null,
      effectiveFrom: '2026-07-01',
      endsOn: null,
    };
    render(
      [
        { request: { query: DistrictRulesDocument }, result: rules([]) },
        {
          request: { query: AddDistrictRuleOverrideDocument, variables: { input: { ...input, amount: '-1' } } },
          result: {
            errors: [
              new GraphQLError('Invalid value for amount: "-1" must be a non-negative decimal number', {
                extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
              }),
            ],
          },
        },
        {
          request: { query: AddDistrictRuleOverrideDocument, variables: { input } },
          result: () => {
            added();
            return { data: { addDistrictRuleOverride: { ...override, policyUrl: null } } };
          },
        },
        { request: { query: DistrictRulesDocument }, result: rules([override]) },
        {
          request: { query: RemoveDistrictRuleOverrideDocument, variables: { id: override.id } },
          result: () => {
            removed();
            return { data: { removeDistrictRuleOverride: true } };
          },
        },
        { request: { query: DistrictRulesDocument }, result: rules([]) },
      ],
      true,
    );
    const amount = await screen.findByLabelText(/Amount \(Act 48 hours\)/);
    fireEvent.change(amount, { target: { value: '-1' } });
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'In-district PD' } });
    fireEvent.change(screen.getByLabelText(/^Basis/), { target: { value: citation.text } });
    fireEvent.change(screen.getByLabelText(/^Effective from/), { target: { value: '2026-07-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add override' }));
    expect(await screen.findByText(/Invalid value for amount: "-1"/)).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(amount, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add override' }));
    await waitFor(() => expect(added).toHaveBeenCalled());
    expect(
      await screen.findByText(/Added: In-district PD: 30 more Act 48 hours required per cycle, from 2026-07-01/),
    ).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove… In-district PD' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(removed).toHaveBeenCalled());
    expect(await screen.findByText('No district overrides: the state rules apply as published.')).toBeTruthy();
    // Several form round trips through Mantine: slow when the machine is busy.
  }, 20000);

  it('says whether an override is in force, scheduled or ended', () => {
    expect(overrideStatus({ effectiveFrom: '2026-07-01', endsOn: null }, '2026-12-03')).toBe('In force');
    expect(overrideStatus({ effectiveFrom: '2027-07-01', endsOn: null }, '2026-12-03')).toBe('Scheduled');
    expect(overrideStatus({ effectiveFrom: '2025-07-01', endsOn: '2026-12-03' }, '2026-12-03')).toBe('Ended');
  });
});
