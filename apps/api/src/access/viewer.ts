import type { Request, Response } from 'express';
import { Role } from './role';

/** The signed-in caller, resolved from the session cookie once per request. */
export interface Viewer {
  accountId: string;
  sessionId: string;
  email: string;
  role: Role;
  displayName: string;
  districtId: string;
  /** The educator record this account belongs to (teachers; sometimes principals). */
  educatorId: string | null;
  /** Schools a principal is responsible for; empty for other roles. */
  schoolIds: string[];
  /** The district's row as read with the session in this request (`me { district }`), when it was. */
  district?: { id: string; name: string; stateCode: string };
  /** A principal's schools (`schoolIds`) by name and id, as read with the session in this request, when they were. */
  schools?: Array<{ id: string; districtId: string; name: string }>;
  /**
   * The district's responses counter as read with the session, before anything else in the request:
   * it moves with every committed write to the district's data (`StoredResponses`).
   */
  responsesVersion?: string;
}

export type ApiRequest = Request & {
  /** undefined: not resolved yet; null: resolved, nobody signed in. */
  viewer?: Viewer | null;
  id?: string | number;
};

export interface GraphQLContext {
  req: ApiRequest;
  res: Response;
}

export const SESSION_COOKIE = 'pdl_session';
