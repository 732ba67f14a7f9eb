import { fireEvent, screen, within } from '@testing-library/react';
import type { ImportRunFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ImportPreview } from './import-preview';

function counts(create: number, update = 0, deactivate = 0, unchanged = 0, skipped = 0) {
  return { __typename: 'ImportChangeCounts' as const, create, update, deactivate, unchanged, skipped };
}

function run(overrides: Partial<ImportRunFieldsFragment> = {}): ImportRunFieldsFragment {
  return {
    __typename: 'ImportRun',
    id: 'r0000000-0000-4000-8000-000000000001',
    kind: 'ROSTER',
    status: 'PREVIEW',
    format: 'oneroster-1.1',
    mode: 'bulk',
    fileNames: ['orgs.csv', 'users.csv'],
    createdAt: '2026-11-20T15:00:00.000Z',
    createdByName: 'Pat HR',
    appliedAt: null,
    appliedByName: null,
    canApply: true,
    errorCount: 0,
    warningCount: 0,
    problemCount: 0,
    problemsTruncated: false,
    failureMessage: null,
    counts: {
      __typename: 'ImportCounts',
      schools: counts(2, 1),
      educators: counts(12, 0, 3, 40, 5),
      accounts: counts(12),
      pdRecords: null,
    },
    problems: [],
    ...overrides,
  };
}

describe('ImportPreview', () => {
  it('lists every problem with its file, line, column and value, and blocks Apply while there are errors', () => {
    const onApply = jest.fn();
    renderWithProviders(
      <ImportPreview
        onApply={onApply}
        run={run({
          canApply: false,
          errorCount: 1,
          warningCount: 1,
          problemCount: 2,
          problems: [
            {
              __typename: 'ImportProblem',
              file: 'users.csv',
              line: 7,
              column: 'orgSourcedIds',
              value: 'org-999',
              message: 'Unknown school org-999',
              severity: 'error',
              code: 'unknown-org',
            },
            {
              __typename: 'ImportProblem',
              file: 'users.csv',
              line: 9,
              column: 'role',
              value: 'student',
              message: 'Students are skipped',
              severity: 'warning',
              code: 'skipped-role',
            },
          ],
        })}
      />,
    );

    const problems = screen.getByRole('table', { name: /Problems/ });
    const rows = within(problems).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1])
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(first).toEqual(['Error', 'users.csv', '7', 'orgSourcedIds', 'org-999', 'Unknown school org-999']);
    expect(within(rows[2]).getByText('Students are skipped')).toBeTruthy();

    const apply = screen.getByRole('button', { name: 'Apply import' });
    expect(apply).toHaveProperty('disabled', true);
    expect(screen.getByText(/Fix the errors listed above/)).toBeTruthy();
    fireEvent.click(apply);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('shows the counts and applies a clean preview', () => {
    const onApply = jest.fn();
    renderWithProviders(<ImportPreview run={run()} onApply={onApply} />);
    const educators = screen.getByRole('rowheader', { name: 'Educators' }).closest('tr');
    expect(
      educators &&
        within(educators)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
    ).toEqual(['12', '0', '3', '40', '5']);
    expect(screen.queryByRole('rowheader', { name: 'PD records' })).toBeNull();
    expect(screen.getByText('No problems found.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('offers no Apply once the run was applied', () => {
    renderWithProviders(
      <ImportPreview
        run={run({ status: 'APPLIED', canApply: false, appliedAt: '2026-11-20T15:05:00.000Z' })}
        onApply={jest.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(screen.getByText(/Re-importing the same file changes nothing/)).toBeTruthy();
  });
});
