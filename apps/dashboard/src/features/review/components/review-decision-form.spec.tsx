import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RejectPdRecordDocument, RequestChangesDocument, type ReviewRecordFieldsFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ReviewDecisionForm } from './review-decision-form';

const recordId = 'p0000000-0000-4000-8000-000000000001';

const reviewed = (status: ReviewRecordFieldsFragment['status'], feedback: string): ReviewRecordFieldsFragment => ({
  __typename: 'PdRecord',
  id: recordId,
  title: 'Number Talks workshop',
  activityType: 'WORKSHOP',
  amount: '3',
  unit: 'CLOCK_HOUR',
  completedOn: '2026-10-01',
  status,
  feedback,
  evidenceUrl: null,
  submittedAt: '2026-10-02T10:00:00.000Z',
  badgeVerification: null,
  source: 'manual',
  evidenceFiles: [],
  possibleDuplicates: [],
  educator: { __typename: 'Educator', id: 'e0000000-0000-4000-8000-000000000001', fullName: 'Maria Alvarez', schools: [] },
});

describe('ReviewDecisionForm', () => {
  it('will not reject without feedback and never calls the API', async () => {
    const onDone = jest.fn();
    const rejectCalled = jest.fn();
    renderWithProviders(
      <ReviewDecisionForm
        recordId={recordId}
        recordTitle="Number Talks workshop"
        decision="reject"
        onDone={onDone}
        onCancel={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: RejectPdRecordDocument, variables: { id: recordId, feedback: '' } },
            result: () => {
              rejectCalled();
              return { data: { rejectPdRecord: reviewed('REJECTED', '') } };
            },
          },
        ],
      },
    );
    fireEvent.change(screen.getByLabelText(/Why is it rejected/), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText(/Write feedback for the teacher/)).toBeTruthy();
    expect(rejectCalled).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('rejects with the feedback the reviewer wrote', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <ReviewDecisionForm
        recordId={recordId}
        recordTitle="Number Talks workshop"
        decision="reject"
        onDone={onDone}
        onCancel={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: RejectPdRecordDocument, variables: { id: recordId, feedback: 'Not a PD activity' } },
            result: { data: { rejectPdRecord: reviewed('REJECTED', 'Not a PD activity') } },
          },
        ],
      },
    );
    fireEvent.change(screen.getByLabelText(/Why is it rejected/), { target: { value: ' Not a PD activity ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('reject'));
  });

  it('also needs feedback to ask for changes, and shows the API’s error', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <ReviewDecisionForm
        recordId={recordId}
        recordTitle="Number Talks workshop"
        decision="changes"
        onDone={onDone}
        onCancel={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: RequestChangesDocument, variables: { id: recordId, feedback: 'Attach the certificate' } },
            result: { errors: [new GraphQLError('PD record is not SUBMITTED', { extensions: { code: 'BAD_USER_INPUT' } })] },
          },
        ],
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText(/Write feedback for the teacher/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/What should the teacher change/), { target: { value: 'Attach the certificate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText('PD record is not SUBMITTED')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
