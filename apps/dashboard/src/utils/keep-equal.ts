import { useState } from 'react';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * `next`, with every part (object, array, down to the whole) that equals the same part of
 * `previous` replaced by that part of `previous`: what did not change keeps its identity, so
 * memoized components given it do not render again. For JSON-like data such as query answers.
 */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const kept: unknown[] = next.map((item, i) => keepEqual(previous[i], item));
    const same = previous.length === next.length && kept.every((item, i) => item === previous[i]);
    return (same ? previous : kept) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    const kept: Record<string, unknown> = {};
    let same = Object.keys(previous).length === keys.length;
    for (const key of keys) {
      kept[key] = keepEqual(previous[key], next[key]);
      if (!Object.hasOwn(previous, key) || kept[key] !== previous[key]) same = false;
    }
    return (same ? previous : kept) as T;
  }
  return next;
}

/**
 * `value`, keeping the parts that equal the last value this component rendered with (see
 * `keepEqual`): a query answered again with one part changed gives the rest the same objects.
 */
export function useKeepEqual<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const next = keepEqual(kept, value);
  // Storing information from earlier renders: React renders again at once with the stored value.
  if (next !== kept) setKept(() => next);
  return next;
}
