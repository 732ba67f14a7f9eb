import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApprovePdRecordDocument, type PdRecordDuplicateFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ReviewDecisionForm } from './review-decision-form';

const recordId = 'p0000000-0000-4000-8000-000000000002';
const educatorId = 'e0000000-0000-4000-8000-000000000001';

const verifiedCopy: PdRecordDuplicateFieldsFragment = {
  __typename: 'PdRecordDuplicate',
  id: 'p0000000-0000-4000-8000-000000000009',
  educatorId,
  title: 'Structured Literacy Foundations',
  status: 'VERIFIED',
  completedOn: '2026-08-14',
  amount: '1',
  unit: 'MICRO_CREDENTIAL',
  matchedBy: 'SAME_ACHIEVEMENT',
  counted: true,
};

const approved = {
  __typename: 'PdRecord' as const,
  id: recordId,
  title: 'Structured Literacy Foundations',
  activityType: 'MICRO_CREDENTIAL' as const,
  amount: '1',
  unit: 'MICRO_CREDENTIAL' as const,
  completedOn: '2025-01-20',
  status: 'APPROVED' as const,
  feedback: null,
  evidenceUrl: null,
  submittedAt: '2025-01-22T10:00:00.000Z',
  source: 'SELF_REPORTED',
  possibleDuplicates: [],
  evidenceFiles: [],
  educator: { __typename: 'Educator' as const, id: educatorId, fullName: 'Maria Alvarez', schools: [] },
};

describe('ReviewDecisionForm with a likely duplicate', () => {
  it('names the counted copy with a link, and approves only as different PD with a reason', async () => {
    const onDone = jest.fn();
    const approveCalled = jest.fn();
    renderWithProviders(
      <ReviewDecisionForm
        recordId={recordId}
        recordTitle="Structured Literacy Foundations"
        decision="approve"
        duplicates={[verifiedCopy]}
        onDone={onDone}
        onCancel={jest.fn()}
      />,
      {
        mocks: [
          {
            request: {
              query: ApprovePdRecordDocument,
              variables: { id: recordId, feedback: null, distinctReason: 'Renewed under the 2025 rubric' },
            },
            result: () => {
              approveCalled();
              return { data: { approvePdRecord: approved } };
            },
          },
        ],
      },
    );
    expect(screen.getByText('Possible duplicate')).toBeTruthy();
    const link = screen.getByRole('link', { name: '“Structured Literacy Foundations”' });
    expect(link.getAttribute('href')).toBe(`/educators/${educatorId}#record-${verifiedCopy.id}`);
    expect(screen.getByText(/Verified, counts/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Approve as different PD' }));
    expect(await screen.findByText(/Say why this is different PD/)).toBeTruthy();
    expect(approveCalled).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Why is this different PD/), {
      target: { value: '  Renewed under the 2025 rubric ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve as different PD' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('approve'));
    expect(approveCalled).toHaveBeenCalledTimes(1);
  });

  it('approves normally when the other copy does not count yet', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <ReviewDecisionForm
        recordId={recordId}
        recordTitle="Structured Literacy Foundations"
        decision="approve"
        duplicates={[{ ...verifiedCopy, status: 'SUBMITTED', counted: false }]}
        onDone={onDone}
        onCancel={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: ApprovePdRecordDocument, variables: { id: recordId, feedback: null, distinctReason: null } },
            result: { data: { approvePdRecord: approved } },
          },
        ],
      },
    );
    expect(screen.getByText(/The other copy does not count yet/)).toBeTruthy();
    expect(screen.queryByLabelText(/Why is this different PD/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('approve'));
  });
});
