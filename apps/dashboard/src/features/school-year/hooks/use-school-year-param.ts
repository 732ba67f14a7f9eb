import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { currentSchoolYear } from '../../../utils/school-year';

/** How many school years back the selector offers (the seed covers the current and two before). */
export const SCHOOL_YEARS_OFFERED = 3;

/** The school year a URL's ?year= asks for: the current one when absent or not offered. */
export function parseSchoolYearParam(searchParams: URLSearchParams): number {
  const current = currentSchoolYear();
  const requested = Number(searchParams.get('year'));
  return Number.isInteger(requested) && requested <= current && requested > current - SCHOOL_YEARS_OFFERED ? requested : current;
}

/**
 * The school year in view, kept in the URL (?year=2024) so a view can be bookmarked and shared;
 * the current school year when absent or not one of the offered years.
 */
export function useSchoolYearParam(): [number, (year: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = parseSchoolYearParam(searchParams);

  const setYear = useCallback(
    (next: number) => {
      setSearchParams((params) => {
        const updated = new URLSearchParams(params);
        if (next === currentSchoolYear()) updated.delete('year');
        else updated.set('year', String(next));
        // A different year changes every total, so paging starts again.
        updated.delete('page');
        return updated;
      });
    },
    [setSearchParams],
  );
  return [year, setYear];
}
