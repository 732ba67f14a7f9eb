import type { ApolloClient, DocumentNode, OperationVariables, WatchQueryFetchPolicy } from '@apollo/client';
import { useState } from 'react';
import {
  attentionQueryVariables,
  parseAttentionParams,
  type AttentionParams,
} from '../features/dashboards/hooks/use-attention-params';
import { parseExpiringParams } from '../features/dashboards/hooks/use-expiring-params';
import { parseSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { parseStaffViewParams, staffQueryVariables } from '../features/staff/hooks/use-staff-view-params';
import {
  DistrictDashboardDocument,
  DistrictSchoolsDocument,
  GoalsDocument,
  SchoolDashboardDocument,
  SchoolOptionsDocument,
  StaffDocument,
  type DistrictDashboardQueryVariables,
  type GoalsQueryVariables,
  type SchoolDashboardQueryVariables,
  type ViewerFieldsFragment,
} from '../gql/graphql';

/**
 * The queries of a home's first screen, started by `main.tsx` as soon as the session check says who
 * is signed in, so the API works on them while the home's code downloads and renders instead of
 * after. The page asks for the same queries with the same variables (the builders below are shared
 * with it) and takes these answers, in flight or already cached, through `useFirstScreenFetch`.
 */

/** How long an answer start-up asked for counts as this page load's, not an old one. */
const FRESH_MS = 10_000;
const started = new Map<string, number>();

function keyOf(document: DocumentNode, variables: OperationVariables): string {
  const definition = document.definitions[0];
  const name = definition && 'name' in definition ? definition.name?.value : undefined;
  const entries = Object.keys(variables)
    .sort()
    .map((key) => [key, variables[key] ?? null]);
  return `${name ?? '?'} ${JSON.stringify(entries)}`;
}

function prefetch(client: ApolloClient, document: DocumentNode, variables: OperationVariables = {}): void {
  started.set(keyOf(document, variables), Date.now());
  // A failure is not reported here: the page asks again (cache-first misses) and shows its error.
  void client.query({ query: document, variables, fetchPolicy: 'network-only' }).catch(() => undefined);
}

/**
 * The SchoolDashboard query's variables (the page and start-up build them alike): the school, the
 * year, and the Needs attention list's filter and page from the URL.
 */
export function schoolHomeVariables(
  schoolId: string,
  schoolYear: number,
  attention: AttentionParams,
): SchoolDashboardQueryVariables {
  return { schoolId, schoolYear, ...attentionQueryVariables(attention) };
}

/**
 * The DistrictDashboard query's variables (HR's home and start-up build them alike): the year, and
 * how many of the soonest expiring licenses the list shows (`shown` of `parseExpiringParams`).
 */
export function districtHomeVariables(schoolYear: number, expiringShown: number): DistrictDashboardQueryVariables {
  return { schoolYear, expiringLimit: expiringShown };
}

/** The goal cards of one school's home. */
export function schoolGoalsVariables(schoolId: string | null): GoalsQueryVariables {
  return { schoolId, includeArchived: false };
}

/** Starts the first screen's queries of the home at `location`, if it is one of the homes. */
export function prefetchHomeQueries(
  client: ApolloClient,
  viewer: ViewerFieldsFragment,
  location: { pathname: string; search: string },
): void {
  if (location.pathname !== '/') return;
  const searchParams = new URLSearchParams(location.search);
  const schoolYear = parseSchoolYearParam(searchParams);
  if (viewer.role === 'PRINCIPAL') {
    const params = parseStaffViewParams(searchParams);
    // As the page's first render picks it: the school in the URL if the person may see it, else their first.
    const school = viewer.schools.find((candidate) => candidate.id === params.schoolId) ?? viewer.schools[0];
    prefetch(client, SchoolOptionsDocument);
    if (!school) return;
    prefetch(client, GoalsDocument, schoolGoalsVariables(school.id));
    prefetch(client, SchoolDashboardDocument, schoolHomeVariables(school.id, schoolYear, parseAttentionParams(searchParams)));
    prefetch(client, StaffDocument, staffQueryVariables(school.id, params, schoolYear));
  } else if (viewer.role === 'HR_ADMIN') {
    prefetch(client, DistrictDashboardDocument, districtHomeVariables(schoolYear, parseExpiringParams(searchParams).shown));
    prefetch(client, DistrictSchoolsDocument, { schoolYear });
  }
}

interface FirstFetch {
  fetchPolicy?: WatchQueryFetchPolicy;
  initialFetchPolicy?: WatchQueryFetchPolicy;
}

/**
 * Options for a page's useQuery: when start-up asked for exactly this query a moment ago, the first
 * fetch takes that answer (cache-first: the cached result, or the request still in flight, which
 * Apollo shares) instead of sending it again; later variable changes fetch as usual
 * (cache-and-network). Decided once, when the component mounts.
 */
export function useFirstScreenFetch(document: DocumentNode, variables: OperationVariables = {}): FirstFetch {
  const [options] = useState<FirstFetch>(() => {
    const at = started.get(keyOf(document, variables));
    return at !== undefined && Date.now() - at < FRESH_MS
      ? { fetchPolicy: 'cache-first', initialFetchPolicy: 'cache-and-network' }
      : {};
  });
  return options;
}
