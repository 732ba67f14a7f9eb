import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The deadline windows of "Licenses expiring, short of hours", in days. */
export const EXPIRING_WINDOWS = [90, 180, 365] as const;
export type ExpiringWindow = (typeof EXPIRING_WINDOWS)[number];

/** Licenses the list shows at first, and how many more each "Show more" asks for. */
export const EXPIRING_STEP = 25;
/** The most the DistrictDashboard query's `expiringLimit` allows (dashboards.service.ts). */
export const EXPIRING_MAX = 500;

export interface ExpiringParams {
  window: ExpiringWindow;
  /** How many of the soonest licenses to ask for: the query's `expiringLimit`. */
  shown: number;
}

/**
 * The window and the number shown from a URL's search params (?within=180&expiring=50). The number
 * is a multiple of EXPIRING_STEP from EXPIRING_STEP to EXPIRING_MAX (others round down, out of range
 * is clamped); bad or missing values are the defaults (90 days, EXPIRING_STEP).
 */
export function parseExpiringParams(searchParams: URLSearchParams): ExpiringParams {
  const within = Number(searchParams.get('within'));
  const window = (EXPIRING_WINDOWS as readonly number[]).includes(within) ? (within as ExpiringWindow) : 90;
  const requested = Number(searchParams.get('expiring'));
  const shown = Number.isFinite(requested)
    ? Math.min(EXPIRING_MAX, Math.max(EXPIRING_STEP, Math.floor(requested / EXPIRING_STEP) * EXPIRING_STEP))
    : EXPIRING_STEP;
  return { window, shown };
}

/** The window and the number shown in the URL; the defaults are left out of it. */
export function useExpiringParams(): [ExpiringParams, (changes: Partial<ExpiringParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const { window, shown } = parseExpiringParams(searchParams);
  const update = useCallback(
    (changes: Partial<ExpiringParams>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (changes.window !== undefined) {
            if (changes.window === 90) next.delete('within');
            else next.set('within', String(changes.window));
          }
          if (changes.shown !== undefined) {
            if (changes.shown <= EXPIRING_STEP) next.delete('expiring');
            else next.set('expiring', String(Math.min(EXPIRING_MAX, changes.shown)));
          }
          return next;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );
  return [{ window, shown }, update];
}
