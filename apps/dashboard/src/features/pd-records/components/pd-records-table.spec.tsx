import { screen, within } from '@testing-library/react';
import type { PdRecordRowFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { PdRecordsTable } from './pd-records-table';

const course: PdRecordRowFragment = {
  __typename: 'PdRecord',
  id: 'r1',
  title: 'EDUC 501: Reading Instruction',
  activityType: 'COURSE',
  amount: '3',
  unit: 'SEMESTER_CREDIT',
  hourEquivalents: '45',
  completedOn: '2026-05-20',
  startedOn: '2026-02-01',
  provider: 'Penn State',
  level: 'GRADUATE',
  status: 'APPROVED',
  feedback: null,
  evidenceUrl: null,
  categories: [],
  source: 'SELF_REPORTED',
  voidReason: null,
  voidedAt: null,
  statusBeforeVoid: null,
  possibleDuplicates: [],
  evidenceFiles: [],
  catalogItem: null,
};

describe('PdRecordsTable figures', () => {
  it('speaks the renewal card’s unit: a 3-credit course shows the 90 Act 48 hours it counts, not 45 hour equivalents', () => {
    renderWithProviders(
      <PdRecordsTable
        records={[course, { ...course, id: 'r2', title: 'Pending workshop', status: 'SUBMITTED', hourEquivalents: '6' }]}
        caption="2 records"
        renewalCredit={{ unitName: 'Act 48 hours', licenseName: 'PA Instructional II', byRecord: new Map([['r1', '90']]) }}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Toward renewal (Act 48 hours)' })).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: /Hour equiv/ })).toBeNull();
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('90')).toBeTruthy();
    expect(within(first!).queryByText('45')).toBeNull();
    expect(within(second!).getByText('0')).toBeTruthy();
    expect(screen.getAllByText(/current cycle of PA Instructional II, in Act 48 hours/).length).toBeGreaterThan(0);
    expect(screen.getByText('Toward renewal: 90 Act 48 hours')).toBeTruthy();
  });

  it('without a license, names the cross-state measure and explains it beside the numbers', () => {
    renderWithProviders(<PdRecordsTable records={[course]} caption="1 record" />);
    expect(screen.getByRole('columnheader', { name: 'Hour equivalents' })).toBeTruthy();
    expect(screen.getAllByText(/1 semester credit = 15/).length).toBeGreaterThan(0);
    expect(screen.getByText('45 hour equivalents')).toBeTruthy();
  });
});
