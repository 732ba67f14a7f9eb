import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { actionLabel, AuditEventsTable, type AuditEventRow } from './audit-events-table';

const event: AuditEventRow = {
  __typename: 'AuditEvent',
  id: 'a1',
  action: 'PD_RECORD_CHANGES_REQUESTED',
  entityType: 'pd_record',
  entityId: '0f9e7a52-1c1d-4d3e-9a4b-2f6c8d0e1a2b',
  actorAccountId: 'u1',
  actorDisplayName: 'Hannah Reyes',
  actorEmail: 'hr@maplewood.example.org',
  occurredAt: '2026-12-06T10:00:00.000Z',
  requestId: null,
  details: '{"before":{"status":"SUBMITTED"},"after":{"status":"CHANGES_REQUESTED","feedback":"Attach the agenda"}}',
  entityName: 'Number Talks (Maria Alvarez)',
  changes: [
    { __typename: 'AuditChange', field: 'status', before: 'SUBMITTED', after: 'CHANGES_REQUESTED' },
    { __typename: 'AuditChange', field: 'feedback', before: null, after: 'Attach the agenda' },
  ],
};

describe('AuditEventsTable', () => {
  it('names the action, the record and the person, and shows each change before -> after in words', () => {
    renderWithProviders(<AuditEventsTable rows={[event]} caption="1 event, newest first" onActorFilter={jest.fn()} />);
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('PD record changes requested')).toBeTruthy();
    expect(within(row).getByText('Number Talks (Maria Alvarez)')).toBeTruthy();
    expect(within(row).getByText('PD record')).toBeTruthy();
    expect(within(row).getByText('status: SUBMITTED → CHANGES_REQUESTED')).toBeTruthy();
    expect(within(row).getByText('feedback: (none) → Attach the agenda')).toBeTruthy();
    expect(within(row).getByRole('button', { name: /Hannah Reyes/ })).toBeTruthy();
    // No raw ids on the row.
    expect(within(row).queryByText(event.entityId!)).toBeNull();
    expect(screen.getByText('1 event, newest first')).toBeTruthy();
  });

  it('writes action codes as words', () => {
    expect(actionLabel('SIGNED_IN')).toBe('Signed in');
    expect(actionLabel('PD_RECORD_APPROVED')).toBe('PD record approved');
  });
});
