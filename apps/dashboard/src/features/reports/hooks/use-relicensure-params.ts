import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RelicensureSortField, RenewalStatus, SortDirection } from '../../../gql/graphql';

/** URL names for the sortable columns. */
export const relicensureSortParams = {
  name: 'NAME',
  school: 'SCHOOL',
  deadline: 'DEADLINE',
  remaining: 'REMAINING',
  status: 'STATUS',
  last: 'LAST_PD',
} as const satisfies Record<string, RelicensureSortField>;

export type RelicensureSortParam = keyof typeof relicensureSortParams;

export const RENEWAL_STATUSES: readonly RenewalStatus[] = ['COMPLETE', 'ON_TRACK', 'AT_RISK', 'BEHIND', 'LAPSED'];
export const REPORT_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface RelicensureParams {
  schoolId: string | null;
  statuses: RenewalStatus[];
  /** "deadline within N days", as typed (validated by the API). */
  due: string;
  licenseType: string;
  asOf: string;
  sort: RelicensureSortParam;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

function isSortParam(value: string | null): value is RelicensureSortParam {
  return value !== null && Object.prototype.hasOwnProperty.call(relicensureSortParams, value);
}

/**
 * The relicensure report's filters, sort and page, in the URL: `?school=&status=at_risk,behind&due=90&type=&asOf=&sort=deadline&dir=desc&page=2`.
 * The same filter names are what the export links send to the API.
 */
export function useRelicensureParams(): [RelicensureParams, (changes: Partial<RelicensureParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<RelicensureParams>(() => {
    const sort = searchParams.get('sort');
    const page = Number(searchParams.get('page'));
    const size = Number(searchParams.get('size'));
    const statuses = (searchParams.get('status') ?? '')
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter((s): s is RenewalStatus => (RENEWAL_STATUSES as readonly string[]).includes(s));
    return {
      schoolId: searchParams.get('school') || null,
      statuses,
      due: searchParams.get('due') ?? '',
      licenseType: searchParams.get('type') ?? '',
      asOf: searchParams.get('asOf') ?? '',
      sort: isSortParam(sort) ? sort : 'name',
      direction: searchParams.get('dir') === 'desc' ? 'DESC' : 'ASC',
      page: Number.isInteger(page) && page >= 1 ? page : 1,
      pageSize: (REPORT_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    };
  }, [searchParams]);

  const update = useCallback(
    (changes: Partial<RelicensureParams>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        const set = (key: string, value: string | null, defaultValue: string | null = null) => {
          if (value === null || value === '' || value === defaultValue) next.delete(key);
          else next.set(key, value);
        };
        if ('schoolId' in changes) set('school', changes.schoolId ?? null);
        if (changes.statuses !== undefined) set('status', changes.statuses.map((s) => s.toLowerCase()).join(','));
        if (changes.due !== undefined) set('due', changes.due.trim());
        if (changes.licenseType !== undefined) set('type', changes.licenseType.trim());
        if (changes.asOf !== undefined) set('asOf', changes.asOf);
        if (changes.sort !== undefined) set('sort', changes.sort, 'name');
        if (changes.direction !== undefined) set('dir', changes.direction === 'DESC' ? 'desc' : null);
        if (changes.pageSize !== undefined) set('size', String(changes.pageSize), String(DEFAULT_PAGE_SIZE));
        set('page', String(changes.page ?? 1), '1');
        return next;
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
