import type { SaveDraftMutationVariables } from '../../../gql/graphql';

const KEY = 'pdl.unsaved-draft';

interface Stashed {
  accountId: string;
  variables: SaveDraftMutationVariables;
}

/**
 * Keeps the draft save that failed because the session had ended, for the same person only, in
 * this tab's sessionStorage: after signing in again it is saved, so nothing typed is lost.
 */
export function stashUnsavedDraft(accountId: string, variables: SaveDraftMutationVariables): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ accountId, variables } satisfies Stashed));
  } catch {
    // No storage: the last autosave before the session ended is still on the server.
  }
}

/** The stashed save for this account (and forgets it); another account's is dropped, never used. */
export function takeUnsavedDraft(accountId: string): SaveDraftMutationVariables | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    window.sessionStorage.removeItem(KEY);
    const stashed = JSON.parse(raw) as Partial<Stashed>;
    if (stashed.accountId !== accountId || typeof stashed.variables !== 'object' || stashed.variables === null) return null;
    return stashed.variables;
  } catch {
    return null;
  }
}
