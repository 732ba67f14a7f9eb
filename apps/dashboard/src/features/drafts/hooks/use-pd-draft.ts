import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DiscardDraftDocument, SaveDraftDocument, type PdDraftInput } from '../../../gql/graphql';

export type DraftSaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error' };

const AUTOSAVE_DELAY_MS = 800;

/**
 * Autosaves a form as a server-side draft, debounced, so nothing typed is lost on a session
 * timeout, a closed tab or a reload. Saves run one after another, so the first save's id is used
 * by the next and two drafts are never created for one form.
 */
export function usePdDraft({ initialDraftId, pdRecordId }: { initialDraftId: string | null; pdRecordId: string | null }) {
  const [saveDraft] = useMutation(SaveDraftDocument);
  const [discardDraft] = useMutation(DiscardDraftDocument, { refetchQueries: ['MyDrafts'] });
  const draftIdRef = useRef<string | null>(initialDraftId);
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef<PdDraftInput | null>(null);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });

  useEffect(() => {
    draftIdRef.current = initialDraftId;
  }, [initialDraftId]);

  const runSave = useCallback((): Promise<string | null> => {
    const next = chainRef.current.then(async () => {
      const input = pendingRef.current;
      if (!input) return draftIdRef.current;
      pendingRef.current = null;
      setState({ kind: 'saving' });
      try {
        const result = await saveDraft({ variables: { id: draftIdRef.current, input, pdRecordId } });
        const draft = result.data?.saveDraft;
        if (draft) {
          draftIdRef.current = draft.id;
          setState({ kind: 'saved', at: draft.updatedAt });
        }
      } catch {
        // Keep what failed so the next change or the submit tries again.
        pendingRef.current = pendingRef.current ?? input;
        setState({ kind: 'error' });
      }
      return draftIdRef.current;
    });
    chainRef.current = next.catch(() => undefined);
    return next;
  }, [pdRecordId, saveDraft]);

  /** Schedules a save of the form as it is now. */
  const schedule = useCallback(
    (input: PdDraftInput) => {
      pendingRef.current = input;
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS);
    },
    [runSave],
  );

  /** Saves anything still waiting now; resolves to the draft id (null if nothing was ever saved). */
  const flush = useCallback(
    (input?: PdDraftInput) => {
      if (timerRef.current) clearTimeout(timerRef.current);
      if (input) pendingRef.current = input;
      return runSave();
    },
    [runSave],
  );

  /** Stops autosaving and forgets the draft (after a submit the API has removed it already). */
  const reset = useCallback(() => {
    if (timerRef.current) clearTimeout(timerRef.current);
    pendingRef.current = null;
    draftIdRef.current = null;
    setState({ kind: 'idle' });
  }, []);

  const discard = useCallback(async () => {
    const id = draftIdRef.current;
    reset();
    await chainRef.current;
    if (id) await discardDraft({ variables: { id } });
  }, [discardDraft, reset]);

  // A save still waiting when the form closes is sent, not dropped.
  useEffect(
    () => () => {
      if (timerRef.current && pendingRef.current) {
        clearTimeout(timerRef.current);
        void runSave();
      }
    },
    [runSave],
  );

  const getDraftId = useCallback(() => draftIdRef.current, []);
  return { state, schedule, flush, discard, reset, getDraftId };
}
