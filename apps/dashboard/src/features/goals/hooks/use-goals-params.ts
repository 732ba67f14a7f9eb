import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface GoalsParams {
  /** '' : every goal the viewer sees. */
  schoolId: string;
  archived: boolean;
  /** The new-goal form is open. */
  creating: boolean;
}

/** The Goals page's school filter, archived switch and open form live in the URL. */
export function useGoalsParams(): [GoalsParams, (changes: Partial<GoalsParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<GoalsParams>(
    () => ({
      schoolId: searchParams.get('school') ?? '',
      archived: searchParams.get('archived') === '1',
      creating: searchParams.get('new') === '1',
    }),
    [searchParams],
  );
  const update = useCallback(
    (changes: Partial<GoalsParams>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
        if (changes.schoolId !== undefined) set('school', changes.schoolId);
        if (changes.archived !== undefined) set('archived', changes.archived ? '1' : null);
        if (changes.creating !== undefined) set('new', changes.creating ? '1' : null);
        return next;
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
