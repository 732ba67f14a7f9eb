import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { NextFunction, Response } from 'express';
import type { ApiRequest, GraphQLContext, Viewer } from '../access/viewer';
import { SessionService } from '../auth/session.service';
import { todayIsoDate } from '../common/school-year';
import { AppConfig, configValue } from '../config/app-config';
import { answerValidUntil } from '../figures-snapshot/answer-validity';

/**
 * The root fields whose whole answers may be kept: the first screens of the three homes (the
 * session answer, the teacher's records, drafts and renewals, the principal's goals, school home
 * and staff, HR's district home and schools). Each is a pure read of the viewer's district as of
 * the day: no write, nothing from outside the database, no clock finer than the day except what
 * reports itself through `limitAnswerValidity`. An operation is kept only if every root field is
 * listed here.
 */
export const STORED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'me',
  'myDrafts',
  'myPdRecords',
  'educator',
  'goals',
  'schoolDashboard',
  'staff',
  'districtDashboard',
  'schools',
]);

/**
 * District tables whose writes do not move the responses counter (every other table does, see
 * migrations 1797820000000 and 1797840000000; a test holds the schema to this list). A stored root
 * field reads none of them except: its own session and the counter (`pdledger_session_viewer`, on
 * every request, the plugin's own look-up included; no field shows the session's times), and the
 * stores written by reads (`figures_snapshot`, `goal_progress`, `educator_evaluation`), each row of
 * which is trusted only while counted versions, the day and the build are those it was computed
 * under, so it gives what computing afresh would.
 */
export const UNCOUNTED_TABLES: Readonly<Record<string, string>> = {
  session: 'written on every sign-in and touch; each request reads its own session afresh',
  sign_in_attempt: 'rate limiting of sign-in, read by nothing else',
  typeorm_migration: 'the schema version; a migration runs before the API serves',
  audit_event: 'written beside the writes it records (which count); read only by the audit pages',
  audit_chain_head: 'the audit chain, as audit_event',
  email_delivery: 'the outgoing mail queue, written by the mail job; read only by the outbox page',
  notification_job_run: "the reminder job's bookkeeping",
  district_figures_version: 'the counter itself',
  figures_change_pending: 'the counter mechanism',
  figures_snapshot: 'stored answers, written by reads',
  goal_progress: 'stored goal progress, written by reads',
  educator_evaluation: "stored evaluations of a teacher's own renewals, written by reads",
};

/**
 * Bump when what a stored response means changes in a way its key does not show (for example how
 * the key is made): responses are kept in this process's memory, so a new build starts empty.
 */
const RESPONSE_FORMAT = 2;

/** One response is never kept if larger than this share of the memory given (characters of JSON). */
const LARGEST_SHARE = 8;

/**
 * How many distinct documents of kept answers are remembered, and their characters at most (the
 * dashboard sends a dozen of 1-3 KB each; a document with long comments counts by its length).
 */
const KEPT_DOCUMENTS = 256;
const KEPT_DOCUMENT_CHARACTERS = 2 * 1024 * 1024;

/** What Apollo Server sends with an answer that has no error: the same for a kept one. */
const ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

interface StoredResponse {
  /** The district's responses counter read (with the session) before the answer was computed. */
  version: string;
  asOf: string;
  /** Epoch milliseconds after which the answer no longer holds, or null. */
  validUntil: number | null;
  /** The HTTP body as Apollo Server wrote it (`{"data":...}` and a newline), encoded once. */
  body: Buffer;
}

/** A POST body that names nothing but a document, an operation and variables, as the dashboard sends. */
interface PlainRequestBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Whole answers to the homes' first-screen queries, kept in this API process and given again
 * only while they still hold, so a home asked again before anything changed costs the session
 * look-up the request makes anyway and the sending of the answer, instead of the resolvers'
 * statements and GraphQL's walk over every object.
 *
 * An answer is given again only to the same session (the same account, role, district, educator
 * and schools, all read afresh with the session in this very request), for the same document and
 * variables, on the same day, while the district's responses counter is the one read before the
 * answer was computed: database triggers move it as any transaction that wrote the district's data
 * commits (migrations 1797820000000 and 1797840000000), and this request read it in the same
 * statement as its session. An answer with any error, a mutation, or an operation with any other
 * root field is never kept. Replicas each keep their own; none can give an answer older than the
 * last committed write, since each reads the counter from the database on every request.
 *
 * Answers are kept by Apollo Server's pipeline (`plugin`), once the operation has been parsed,
 * validated and computed, and given by `middleware`, in front of Apollo Server: a kept answer is
 * the same bytes whichever way it is sent, and its document passed Apollo's parsing, validation
 * and limits when it was computed, so a request that finds one skips that pipeline and the
 * answer's serialization.
 */
@Injectable()
export class StoredResponses {
  private readonly responses: LRUCache<string, StoredResponse> | null;
  /** The documents (query texts) of kept answers: only a request sending one of these looks for one. */
  private readonly keptDocuments = new LRUCache<string, true>({
    max: KEPT_DOCUMENTS,
    maxSize: KEPT_DOCUMENT_CHARACTERS,
    sizeCalculation: (_kept, document) => Math.max(1, document.length),
  });
  /** What happened to the operations that could be kept, since start (for tests and benchmarks). */
  readonly counts = { given: 0, computed: 0 };

  constructor(
    private readonly sessions: SessionService,
    @Inject(ConfigService) config: AppConfig,
  ) {
    const bytes = configValue(config, 'STORED_RESPONSES_MB') * 1024 * 1024;
    this.responses =
      bytes > 0
        ? new LRUCache<string, StoredResponse>({
            maxSize: bytes,
            maxEntrySize: Math.floor(bytes / LARGEST_SHARE),
          })
        : null;
  }

  /** Forgets every kept answer (tests). */
  clear(): void {
    this.responses?.clear();
    this.keptDocuments.clear();
  }

  /**
   * Express middleware for `POST /graphql`, before Apollo Server: sends the kept answer when this
   * session has one that still holds for this exact document, operation and variables, and hands
   * every other request on untouched. Only a JSON body with nothing but `query`,
   * `operationName` and `variables` is answered here (what Apollo's CSRF prevention lets through
   * without a preflight header); anything else goes to Apollo Server as before.
   */
  middleware(): (request: ApiRequest, response: Response, next: NextFunction) => void {
    const responses = this.responses;
    return (request, response, next) => {
      if (!responses || responses.size === 0) return next();
      const body = plainRequestBody(request);
      if (!body || !this.keptDocuments.has(body.query)) return next();
      this.sessions
        .resolveViewer(request)
        .catch(() => null)
        .then((viewer) => {
          // Nobody signed in, or a database failure: Apollo Server and the resolvers answer as always.
          if (!viewer?.responsesVersion) return next();
          const stored = responses.get(responseKey(viewer, body.query, body.operationName, body.variables));
          if (
            !stored ||
            stored.version !== viewer.responsesVersion ||
            stored.asOf !== todayIsoDate() ||
            (stored.validUntil !== null && stored.validUntil <= Date.now())
          )
            return next();
          this.counts.given += 1;
          response.statusCode = 200;
          for (const [name, value] of Object.entries(ANSWER_HEADERS)) response.setHeader(name, value);
          response.setHeader('content-length', stored.body.length);
          response.end(stored.body);
        }, next);
    };
  }

  plugin(): ApolloServerPlugin<GraphQLContext> {
    const responses = this.responses;
    if (!responses) return {};
    return {
      requestDidStart: async (): Promise<GraphQLRequestListener<GraphQLContext>> => {
        let pending: { key: string; document: string; version: string; asOf: string } | null = null;
        return {
          responseForOperation: async ({ operation, request, contextValue }) => {
            if (typeof request.query !== 'string' || !isStoredOperation(operation)) return null;
            const viewer = await this.sessions.resolveViewer(contextValue.req).catch(() => null);
            // Nobody signed in, or a database failure: the resolvers answer (and refuse) as always.
            if (!viewer?.responsesVersion) return null;
            pending = {
              key: responseKey(viewer, request.query, request.operationName, request.variables),
              document: request.query,
              version: viewer.responsesVersion,
              asOf: todayIsoDate(),
            };
            return null;
          },
          willSendResponse: async ({ response }) => {
            if (!pending) return;
            const { key, document, version, asOf } = pending;
            pending = null;
            this.counts.computed += 1;
            if (response.body.kind !== 'single') return;
            const { data, errors, extensions } = response.body.singleResult;
            if (errors?.length || !data || (response.http.status !== undefined && response.http.status !== 200)) return;
            if ([...response.http.headers].some(([name, value]) => ANSWER_HEADERS[name] !== value)) return;
            // Serialized as Apollo Server's HTTP layer does it (`prettyJSONStringify`, errors, data
            // and extensions in that order; an absent one is left out), once.
            const body = Buffer.from(`${JSON.stringify({ data, extensions })}\n`);
            responses.set(key, { version, asOf, validUntil: answerValidUntil(), body }, { size: body.length + key.length });
            this.keptDocuments.set(document, true);
          },
        };
      },
    };
  }
}

/**
 * The key of one kept answer: the session and what it was read with, the document itself (no
 * hash: no digest per request), the operation and the variables.
 */
function responseKey(viewer: Viewer, query: string, operationName: string | null | undefined, variables: unknown): string {
  return JSON.stringify([
    RESPONSE_FORMAT,
    viewer.sessionId,
    viewer.accountId,
    viewer.role,
    viewer.districtId,
    viewer.educatorId,
    [...viewer.schoolIds].sort(),
    query,
    operationName ?? null,
    variables ?? {},
  ]);
}

/** The request's body when it is a JSON POST naming only a document, an operation and variables. */
function plainRequestBody(request: ApiRequest): PlainRequestBody | null {
  if (request.method !== 'POST' || !request.is('application/json')) return null;
  const body: unknown = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  for (const key in body) if (key !== 'query' && key !== 'operationName' && key !== 'variables') return null;
  if (typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName, variables: variables as Record<string, unknown> | null | undefined };
}

/**
 * A query whose root fields are all in `STORED_ROOT_FIELDS`, besides `__typename` (fragments at
 * the root: not kept). One asking only `__typename` costs nothing to compute: not kept, and no
 * session look-up for it.
 */
function isStoredOperation(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  let stored = false;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    if (!STORED_ROOT_FIELDS.has(selection.name.value)) return false;
    stored = true;
  }
  return stored;
}
