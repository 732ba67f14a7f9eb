import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { SESSION_COOKIE, type ApiRequest, type GraphQLContext } from '../access/viewer';

/**
 * The dashboard's session check (its Me query) answered with the page: the dashboard's build writes
 * the query into index.html as a JSON data block (`pdl-session-query`); for a browser that sends a
 * session cookie, the page is served with the API's answer to that query as a second data block
 * (`pdl-session-answer`), which the app's start-up puts in its cache instead of asking. The query is
 * run like any other request's (the same schema, guard and session look-up), so the answer is the
 * one `POST /graphql` would give this cookie at this moment, `me: null` included.
 */
const QUERY_BLOCK = /<script type="application\/json" id="pdl-session-query">([^<]*)<\/script>/;
const ANSWER_ELEMENT_ID = 'pdl-session-answer';
/** The page goes without the answer after this long (the app then asks for it, as without a cookie). */
export const SESSION_ANSWER_WAIT_MS = 1_000;

/**
 * The session query in a built index.html, or null when it has none or it is anything but a query
 * of `me` alone: this runs without a request asking for it, so nothing else may.
 */
export function sessionQueryOf(html: string): string | null {
  const match = QUERY_BLOCK.exec(html);
  if (!match?.[1]) return null;
  let query: unknown;
  let document: DocumentNode;
  try {
    query = JSON.parse(match[1]);
    if (typeof query !== 'string') return null;
    document = parse(query);
  } catch {
    return null;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.operation !== 'query') return null;
  const rootFields = operation.selectionSet.selections;
  const onlyMe = rootFields.every((selection) => selection.kind === Kind.FIELD && selection.name.value === 'me');
  return onlyMe && rootFields.length > 0 ? query : null;
}

export function hasSessionCookie(request: Request): boolean {
  const token: unknown = request.cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0;
}

/**
 * This request's answer to the session query, or null when it failed (a database outage, an error
 * in the answer) or took longer than `waitMs`: the page is then served as without a cookie.
 */
export async function answerSessionQuery(
  server: ApolloServer,
  query: string,
  request: Request,
  response: Response,
  waitMs = SESSION_ANSWER_WAIT_MS,
): Promise<Record<string, unknown> | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const contextValue: GraphQLContext = { req: request as ApiRequest, res: response };
  const answer = server.executeOperation({ query }, { contextValue }).then(
    ({ body }) =>
      body.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data ? body.singleResult.data : null,
    () => null,
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** JSON that cannot end the `<script>` element holding it, whatever its strings contain. */
function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page with the answer as a data block at the end of its head. */
export function withSessionAnswer(html: string, answer: Record<string, unknown>): string {
  const at = html.lastIndexOf('</head>');
  if (at < 0) return html;
  const block = `<script type="application/json" id="${ANSWER_ELEMENT_ID}">${jsonForScriptElement(answer)}</script>`;
  return `${html.slice(0, at)}${block}${html.slice(at)}`;
}
