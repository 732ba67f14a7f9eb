import { fireEvent, screen } from '@testing-library/react';
import { AuditChainVerificationDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { AuditChainCheck } from './audit-chain-check';

const verification = (
  problem: null | { kind: 'ALTERED' | 'INSERTED' | 'MISSING'; seq: number; eventId: string | null; message: string },
) => ({
  __typename: 'AuditChainVerification' as const,
  intact: problem === null,
  eventsChecked: problem ? problem.seq - 1 : 12,
  headSeq: 12,
  headHash: 'ab'.repeat(32),
  checkedAt: '2026-12-06T08:00:00.000Z',
  problem: problem && {
    __typename: 'AuditChainProblem' as const,
    occurredAt: '2026-12-01T09:30:00.000Z',
    action: 'PD_RECORD_APPROVED',
    ...problem,
  },
});

function renderCheck(result: ReturnType<typeof verification>) {
  return renderWithProviders(<AuditChainCheck />, {
    mocks: [{ request: { query: AuditChainVerificationDocument }, result: { data: { auditChainVerification: result } } }],
  });
}

describe('AuditChainCheck', () => {
  it('verifies on request and says the chain is intact, with the last hash', async () => {
    renderCheck(verification(null));
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Verify the audit chain' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('All 12 events are intact');
    expect(status.textContent).toContain('ab'.repeat(32));
  });

  it('names the first altered event', async () => {
    renderCheck(
      verification({
        kind: 'ALTERED',
        seq: 5,
        eventId: 'e0000000-0000-4000-8000-000000000005',
        message: 'Event number 5 was changed after it was recorded',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify the audit chain' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('An event was changed after it was recorded');
    expect(status.textContent).toContain('Event number 5 was changed');
    expect(status.textContent).toContain('e0000000-0000-4000-8000-000000000005');
    expect(status.textContent).toContain('4 of 12 events checked');
  });

  it('reports missing events', async () => {
    renderCheck(
      verification({
        kind: 'MISSING',
        seq: 12,
        eventId: null,
        message: '1 event numbered 12 is missing from the end of the chain',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify the audit chain' }));
    expect((await screen.findByRole('status')).textContent).toContain('Recorded events are missing');
  });
});
