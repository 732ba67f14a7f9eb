import type { RelicensureReportFilter } from '../../../gql/graphql';
import type { RelicensureParams } from '../hooks/use-relicensure-params';

/** The GraphQL filter for the URL's parameters; a non-number "due" is sent as is, for the API to refuse by name. */
export function relicensureFilter(params: RelicensureParams): RelicensureReportFilter {
  const due = params.due === '' ? null : Number(params.due);
  return {
    schoolId: params.schoolId,
    statuses: params.statuses.length > 0 ? params.statuses : null,
    deadlineWithinDays: due === null ? null : Number.isInteger(due) ? due : -1,
    licenseType: params.licenseType || null,
    asOf: params.asOf || null,
  };
}

/** The export endpoint's query string: the same filters, under the API's parameter names. */
export function exportQuery(params: Pick<RelicensureParams, 'schoolId' | 'statuses' | 'due' | 'licenseType' | 'asOf'>): string {
  const query = new URLSearchParams();
  if (params.schoolId) query.set('school', params.schoolId);
  if (params.statuses.length > 0) query.set('status', params.statuses.map((s) => s.toLowerCase()).join(','));
  if (params.due) query.set('deadlineWithinDays', params.due);
  if (params.licenseType) query.set('licenseType', params.licenseType);
  if (params.asOf) query.set('asOf', params.asOf);
  const text = query.toString();
  return text ? `?${text}` : '';
}
