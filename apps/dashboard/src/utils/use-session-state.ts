import { useCallback, useEffect, useState } from 'react';

/**
 * State kept in sessionStorage under `key`: unsaved form input survives a reload, and a trip to
 * the sign-in page when the session ended, in this tab only (nothing is left on a shared computer
 * once the tab is closed). `clear()` forgets it, e.g. after the input was used.
 */
export function useSessionState<T>(
  key: string,
  initial: T,
  isValid: (value: unknown) => value is T,
): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.sessionStorage.getItem(key);
      if (stored !== null) {
        const parsed: unknown = JSON.parse(stored);
        if (isValid(parsed)) return parsed;
      }
    } catch {
      // Storage can be unavailable (privacy settings) or hold something unreadable: start afresh.
    }
    return initial;
  });

  useEffect(() => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Without storage the input still works; it just does not survive a reload.
    }
  }, [key, value]);

  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
    setValue(initial);
    // `initial` is a constant per call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [value, setValue, clear];
}
