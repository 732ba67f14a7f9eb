import { currentAnswerValidity } from '../database/database-scope';

/*
 * How long the answer being computed for the current request holds without any write: most
 * answers hold until the data changes, but a figure that counts "the last 30 days" also stops
 * holding when its oldest counted item leaves the window. Whatever stores a whole answer
 * (`StoredResponses`) asks here when the answer is complete; whatever computes such a figure
 * (`FiguresSnapshotStore`) says so with `limitAnswerValidity`. The record lives in the request's
 * scope (`databaseScopeMiddleware`), shared with the scopes nested in it.
 */

/** The answer being computed stops holding at `until` (or earlier, if something else said so). */
export function limitAnswerValidity(until: Date | null | undefined): void {
  const validity = currentAnswerValidity();
  if (!validity || until === null || until === undefined) return;
  const at = until.getTime();
  if (validity.until === null || at < validity.until) validity.until = at;
}

/**
 * The moment the current request's answer stops holding (null: only when the data changes).
 * Outside a request nothing is known: the answer must be treated as already stale.
 */
export function answerValidUntil(): number | null {
  const validity = currentAnswerValidity();
  return validity ? validity.until : 0;
}
