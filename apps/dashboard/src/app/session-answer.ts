import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { MeDocument, type MeQuery } from '../gql/graphql';

/**
 * The session check (the Me query) answered with the page. The build writes the query into
 * index.html as a data block (`SESSION_QUERY_ELEMENT_ID`, see vite.config.mts); the API, serving
 * the page to a browser that sends a session cookie, runs that query for the cookie and adds its
 * answer as a second data block (`SESSION_ANSWER_ELEMENT_ID`). Start-up puts the answer in the
 * cache, so the first screen's chunks and queries start as soon as the app's code runs instead of
 * one round trip later. Without the answer (no cookie, the Vite dev server, a failed look-up) the
 * app asks as before. Data blocks are not scripts: the Content-Security-Policy has nothing to allow.
 */
export const SESSION_QUERY_ELEMENT_ID = 'pdl-session-query';
export const SESSION_ANSWER_ELEMENT_ID = 'pdl-session-answer';

/** The Me query as the API must run it: with `__typename` where the cache asks for it. */
export function sessionQueryText(): string {
  return print(addTypenameToDocument(MeDocument));
}

function isViewer(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const viewer = value as Record<string, unknown>;
  return viewer['__typename'] === 'Viewer' && typeof viewer['accountId'] === 'string' && typeof viewer['role'] === 'string';
}

/**
 * The session answer the page came with, or null when it has none or it is not a Me answer (the
 * app then asks the API itself).
 */
export function readSessionAnswer(page: Document): MeQuery | null {
  const text = page.getElementById(SESSION_ANSWER_ELEMENT_ID)?.textContent;
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('me' in parsed)) return null;
  const { me } = parsed as { me: unknown };
  if (me !== null && !isViewer(me)) return null;
  return { __typename: 'Query', me: me as MeQuery['me'] };
}
