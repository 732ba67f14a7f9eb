import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MyDraftsDocument, SaveDraftDocument, type PdDraftInput } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SubmitPdRecordForm } from './submit-pd-record-form';

const savedInputs: PdDraftInput[] = [];

const mocks = [
  { request: { query: MyDraftsDocument }, result: { data: { myDrafts: [] } } },
  {
    request: { query: SaveDraftDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: { input: PdDraftInput }) => {
      savedInputs.push(variables.input);
      return {
        data: {
          saveDraft: {
            __typename: 'PdDraft' as const,
            id: 'd0000000-0000-4000-8000-000000000001',
            title: variables.input.title ?? null,
            activityType: variables.input.activityType ?? null,
            amount: variables.input.amount ?? null,
            unit: variables.input.unit ?? null,
            completedOn: variables.input.completedOn ?? null,
            startedOn: variables.input.startedOn ?? null,
            provider: variables.input.provider ?? null,
            level: variables.input.level ?? null,
            evidenceUrl: variables.input.evidenceUrl ?? null,
            categories: variables.input.categories ?? [],
            catalogItemId: null,
            pdRecordId: null,
            preApprovalId: null,
            evidenceFileIds: variables.input.evidenceFileIds ?? [],
            evidenceFiles: [],
            updatedAt: '2026-12-06T10:00:00.000Z',
          },
        },
      };
    },
  },
];

describe('SubmitPdRecordForm', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
    savedInputs.length = 0;
  });

  it('keeps what is typed while an evidence file uploads, in the form and in the autosaved draft', async () => {
    let finishUpload: (value: unknown) => void = () => undefined;
    global.fetch = jest.fn(
      () =>
        new Promise((resolve) => {
          finishUpload = resolve;
        }),
    ) as unknown as typeof fetch;

    renderWithProviders(<SubmitPdRecordForm onSubmitted={() => undefined} />, { mocks });
    const fileInput = await screen.findByLabelText('Evidence files');
    fireEvent.change(fileInput, {
      target: { files: [new File(['%PDF-1.4'], 'certificate.pdf', { type: 'application/pdf' })] },
    });
    expect(await screen.findByText('Uploading…')).toBeTruthy();

    // The upload is still running: type the record.
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Number Talks workshop' } });
    fireEvent.change(screen.getByLabelText(/^Amount/), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText(/^Categories/), { target: { value: 'Mathematics, Literacy' } });

    await act(async () => {
      finishUpload({
        ok: true,
        status: 200,
        json: async () => ({ files: [{ id: 'f0000000-0000-4000-8000-000000000001', originalName: 'certificate.pdf' }] }),
      });
    });

    await waitFor(() => expect(screen.queryByText('Uploading…')).toBeNull());
    expect(screen.getByRole('link', { name: 'certificate.pdf' })).toBeTruthy();
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe('Number Talks workshop');
    expect((screen.getByLabelText(/^Amount/) as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText(/^Categories/) as HTMLInputElement).value).toBe('Mathematics, Literacy');

    // The autosave after the upload holds the typing and the file.
    await waitFor(() => expect(savedInputs.length).toBeGreaterThan(0), { timeout: 3000 });
    const last = savedInputs[savedInputs.length - 1]!;
    expect(last).toMatchObject({
      title: 'Number Talks workshop',
      amount: '3',
      categories: ['Mathematics', 'Literacy'],
      evidenceFileIds: ['f0000000-0000-4000-8000-000000000001'],
    });
  });

  it('asks a course for its level, and records the provider and start date in the draft', async () => {
    renderWithProviders(<SubmitPdRecordForm onSubmitted={() => undefined} />, { mocks });
    await screen.findByLabelText(/^Title/);
    expect(screen.queryByLabelText(/^Course level/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Kind of activity/), { target: { value: 'COURSE' } });
    fireEvent.change(screen.getByLabelText(/^Course level/), { target: { value: 'GRADUATE' } });
    fireEvent.change(screen.getByLabelText(/^Provider/), { target: { value: 'Penn State World Campus' } });
    fireEvent.change(screen.getByLabelText(/^Started on/), { target: { value: '2026-01-12' } });
    await waitFor(() => expect(savedInputs.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(savedInputs[savedInputs.length - 1]).toMatchObject({
      activityType: 'COURSE',
      level: 'GRADUATE',
      provider: 'Penn State World Campus',
      startedOn: '2026-01-12',
    });
  });
});
