import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RenewalStatus, SortDirection, StaffQueryVariables, StaffSortField } from '../../../gql/graphql';
import { parseStatusParam, STATUS_PARAM } from '../../dashboards/utils/renewal-status';

/** URL names for the sortable columns; short and readable in a bookmarked link. */
export const sortParamToField = {
  name: 'NAME',
  hours: 'PD_HOURS',
  records: 'RECORD_COUNT',
  last: 'LAST_PD',
} as const satisfies Record<string, StaffSortField>;

export type StaffSortParam = keyof typeof sortParamToField;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface StaffViewParams {
  schoolId: string | null;
  search: string;
  sort: StaffSortParam;
  direction: SortDirection;
  /** 1-based, as people count pages. */
  page: number;
  pageSize: number;
  /** Only staff whose current renewal has this status (?status=at-risk). */
  status: RenewalStatus | null;
}

function isSortParam(value: string | null): value is StaffSortParam {
  return value !== null && Object.prototype.hasOwnProperty.call(sortParamToField, value);
}

/** The staff table's state from a URL's search params; bad or missing values are the defaults. */
export function parseStaffViewParams(searchParams: URLSearchParams): StaffViewParams {
  const sortValue = searchParams.get('sort');
  const pageValue = Number(searchParams.get('page'));
  const sizeValue = Number(searchParams.get('size'));
  return {
    schoolId: searchParams.get('school') || null,
    search: searchParams.get('q') ?? '',
    sort: isSortParam(sortValue) ? sortValue : 'name',
    direction: searchParams.get('dir') === 'desc' ? 'DESC' : 'ASC',
    page: Number.isInteger(pageValue) && pageValue >= 1 ? pageValue : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(sizeValue) ? sizeValue : DEFAULT_PAGE_SIZE,
    status: parseStatusParam(searchParams.get('status')),
  };
}

/** The Staff query's variables for one school's table in that state. */
export function staffQueryVariables(schoolId: string | null, params: StaffViewParams, schoolYear: number): StaffQueryVariables {
  return {
    schoolId,
    search: params.search || null,
    sortBy: sortParamToField[params.sort],
    sortDirection: params.direction,
    offset: (params.page - 1) * params.pageSize,
    limit: params.pageSize,
    schoolYear,
    renewalStatus: params.status,
  };
}

/**
 * Staff table state (school, search, sort, page) lives in the URL search params, so a view can be
 * bookmarked, shared and restored with the back button. Bad or missing values fall back to
 * defaults rather than failing.
 */
export function useStaffViewParams(): [StaffViewParams, (changes: Partial<StaffViewParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo(() => parseStaffViewParams(searchParams), [searchParams]);

  const update = useCallback(
    (changes: Partial<StaffViewParams>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        const set = (key: string, value: string | null, defaultValue: string | null = null) => {
          if (value === null || value === '' || value === defaultValue) next.delete(key);
          else next.set(key, value);
        };
        if ('schoolId' in changes) set('school', changes.schoolId ?? null);
        if ('search' in changes) set('q', changes.search?.trim() ?? null);
        if (changes.sort !== undefined) set('sort', changes.sort, 'name');
        if (changes.direction !== undefined) set('dir', changes.direction === 'DESC' ? 'desc' : null);
        if ('status' in changes) set('status', changes.status ? STATUS_PARAM[changes.status] : null);
        if (changes.pageSize !== undefined) set('size', String(changes.pageSize), String(DEFAULT_PAGE_SIZE));
        // Any change other than the page itself shows a different list: start at its first page.
        const page = changes.page ?? 1;
        set('page', String(page), '1');
        return next;
      });
    },
    [setSearchParams],
  );

  return [params, update];
}
