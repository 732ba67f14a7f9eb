import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePlan, serializeItem, type PlanItem } from '../utils/plan-items';

/**
 * The what-if plan lives in the URL (`?plan=…&plan=…`), so a plan can be bookmarked or shared, and
 * it is still there after a reload or after signing in again when a session ended.
 */
export function usePlanParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = searchParams.getAll('plan');
  const key = values.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the content of `values`.
  const parsed = useMemo(() => parsePlan(values), [key]);

  const setItems = useCallback(
    (items: readonly PlanItem[]) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('plan');
          for (const item of items) next.append('plan', serializeItem(item));
          return next;
        },
        { replace: false },
      );
    },
    [setSearchParams],
  );

  return { items: parsed.items, problems: parsed.problems, setItems };
}
