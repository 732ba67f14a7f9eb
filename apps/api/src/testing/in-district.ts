import { runInDistrict } from '../database/database-scope';

/**
 * Wraps a district-scoped service for tests that call it directly, outside any HTTP request: each
 * call (and each step of an async iterator it returns) runs scoped to the district of the first
 * argument that carries a `districtId` (the viewer), as the request's session lookup would scope it.
 */
export function inDistrict<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const districtId = args.map(districtOf).find((id) => id !== null) ?? null;
        const call = () => (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!districtId) return call();
        const result = runInDistrict(districtId, call);
        return isAsyncIterator(result) ? scopedIterator(result, districtId) : result;
      };
    },
  });
}

function districtOf(arg: unknown): string | null {
  if (arg && typeof arg === 'object' && typeof (arg as { districtId?: unknown }).districtId === 'string')
    return (arg as { districtId: string }).districtId;
  return null;
}

function isAsyncIterator(value: unknown): value is AsyncIterableIterator<unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as AsyncIterableIterator<unknown>).next === 'function' &&
    Symbol.asyncIterator in value
  );
}

function scopedIterator<T>(iterator: AsyncIterableIterator<T>, districtId: string): AsyncIterableIterator<T> {
  return {
    next: (...args: [] | [unknown]) => runInDistrict(districtId, () => iterator.next(...args)),
    return: (value?: unknown) =>
      runInDistrict(
        districtId,
        () => iterator.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined as never }),
      ),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
