import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AttentionReason } from '../../../gql/graphql';
import { REASON_ORDER } from '../utils/renewal-status';

/** People per page of the "Needs attention" list (the SchoolDashboard query asks for this limit). */
export const ATTENTION_PAGE_SIZE = 10;

const REASON_PARAM: Record<AttentionReason, string> = {
  LAPSED: 'lapsed',
  BEHIND: 'behind',
  AT_RISK: 'at-risk',
  DEADLINE_SOON: 'deadline-soon',
  NO_PD_THIS_YEAR: 'no-pd',
};

export interface AttentionParams {
  reason: AttentionReason | null;
  page: number;
}

/** The "Needs attention" filter and page from a URL's search params; bad or missing values are the defaults. */
export function parseAttentionParams(searchParams: URLSearchParams): AttentionParams {
  const reason = REASON_ORDER.find((r) => REASON_PARAM[r] === searchParams.get('why')) ?? null;
  const pageValue = Number(searchParams.get('apage'));
  const page = Number.isInteger(pageValue) && pageValue >= 1 ? pageValue : 1;
  return { reason, page };
}

/**
 * The SchoolDashboard query's attention variables for the filter and page. A page past the end
 * (an old link) is fine: the API answers with the last page and says where it starts.
 */
export function attentionQueryVariables({ reason, page }: AttentionParams): {
  attentionReason: AttentionReason | null;
  attentionOffset: number;
} {
  return { attentionReason: reason, attentionOffset: (page - 1) * ATTENTION_PAGE_SIZE };
}

/** The "Needs attention" filter and page in the URL: ?why=deadline-soon&apage=2. */
export function useAttentionParams(): [AttentionParams, (changes: { reason?: AttentionReason | null; page?: number }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const { reason, page } = parseAttentionParams(searchParams);
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
