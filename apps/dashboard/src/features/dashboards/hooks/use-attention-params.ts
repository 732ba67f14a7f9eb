import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AttentionReason } from '../../../gql/graphql';
import { REASON_ORDER } from '../utils/renewal-status';

const REASON_PARAM: Record<AttentionReason, string> = {
  LAPSED: 'lapsed',
  BEHIND: 'behind',
  AT_RISK: 'at-risk',
  DEADLINE_SOON: 'deadline-soon',
  NO_PD_THIS_YEAR: 'no-pd',
};

/** The "Needs attention" filter and page in the URL: ?why=deadline-soon&apage=2. */
export function useAttentionParams(): [
  { reason: AttentionReason | null; page: number },
  (changes: { reason?: AttentionReason | null; page?: number }) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const reason = REASON_ORDER.find((r) => REASON_PARAM[r] === searchParams.get('why')) ?? null;
  const pageValue = Number(searchParams.get('apage'));
  const page = Number.isInteger(pageValue) && pageValue >= 1 ? pageValue : 1;
  const update = useCallback(
    (changes: { reason?: AttentionReason | null; page?: number }) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if ('reason' in changes) {
            if (changes.reason) next.set('why', REASON_PARAM[changes.reason]);
            else next.delete('why');
          }
          const nextPage = changes.page ?? 1;
          if (nextPage > 1) next.set('apage', String(nextPage));
          else next.delete('apage');
          return next;
        },
        { preventScrollReset: true },
      );
    },
    [setSearchParams],
  );
  return [{ reason, page }, update];
}
