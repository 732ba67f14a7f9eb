import { stashUnsavedDraft, takeUnsavedDraft } from './unsaved-draft';

const variables = { id: 'd1', input: { title: 'Number Talks', amount: '2.5' }, pdRecordId: null };

describe('unsaved draft across a new sign-in', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('gives the stashed save back once, to the same account', () => {
    stashUnsavedDraft('acc-1', variables);
    expect(takeUnsavedDraft('acc-1')).toEqual(variables);
    expect(takeUnsavedDraft('acc-1')).toBeNull();
  });

  it('never hands one person’s draft to another who signs in on the same tab', () => {
    stashUnsavedDraft('acc-1', variables);
    expect(takeUnsavedDraft('acc-2')).toBeNull();
    expect(takeUnsavedDraft('acc-1')).toBeNull();
  });
});
