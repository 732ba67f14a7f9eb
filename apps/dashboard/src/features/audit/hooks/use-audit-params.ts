import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface AuditParams {
  entityType: string;
  action: string;
  actorId: string;
  from: string;
  to: string;
  /** Words to find in the action, the record or person, who acted, or the details. */
  search: string;
  /** '1' shows sign-ins and sign-outs, hidden otherwise. */
  signIns: string;
  /** 1-based. */
  page: number;
}

const KEYS = ['entityType', 'action', 'actorId', 'from', 'to', 'search', 'signIns'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Audit filters and page live in the URL, so a view of the trail can be bookmarked and shared. */
export function useAuditParams(): [AuditParams, (changes: Partial<AuditParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<AuditParams>(() => {
    const date = (key: string) => {
      const value = searchParams.get(key) ?? '';
      return DATE.test(value) ? value : '';
    };
    return {
      entityType: searchParams.get('entityType') ?? '',
      action: searchParams.get('action') ?? '',
      actorId: searchParams.get('actorId') ?? '',
      from: date('from'),
      to: date('to'),
      search: searchParams.get('search') ?? '',
      signIns: searchParams.get('signIns') === '1' ? '1' : '',
      page: Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1),
    };
  }, [searchParams]);

  const update = useCallback(
    (changes: Partial<AuditParams>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of KEYS) {
          const value = changes[key];
          if (value === undefined) continue;
          if (value === '') next.delete(key);
          else next.set(key, value);
        }
        // A new filter starts at the first page; only an explicit page change keeps one.
        const page = changes.page ?? 1;
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
