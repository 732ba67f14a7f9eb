import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How long the answer being computed for the current request holds without any write: most
 * answers hold until the data changes, but a figure that counts "the last 30 days" also stops
 * holding when its oldest counted item leaves the window. Whatever stores a whole answer
 * (`StoredResponses`) asks here when the answer is complete; whatever computes such a figure
 * (`FiguresSnapshotStore`) says so with `limitAnswerValidity`.
 */
interface AnswerValidity {
  /** Epoch milliseconds, or null: no limit but the data's own changes. */
  until: number | null;
}

const storage = new AsyncLocalStorage<AnswerValidity>();

/** Express middleware: one validity per request. */
export function answerValidityMiddleware(_request: unknown, _response: unknown, next: () => void): void {
  storage.run({ until: null }, next);
}

/** The answer being computed stops holding at `until` (or earlier, if something else said so). */
export function limitAnswerValidity(until: Date | null | undefined): void {
  const validity = storage.getStore();
  if (!validity || until === null || until === undefined) return;
  const at = until.getTime();
  if (validity.until === null || at < validity.until) validity.until = at;
}

/**
 * The moment the current request's answer stops holding (null: only when the data changes).
 * Outside a request nothing is known: the answer must be treated as already stale.
 */
export function answerValidUntil(): number | null {
  const validity = storage.getStore();
  return validity ? validity.until : 0;
}
