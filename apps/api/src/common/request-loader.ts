import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives exactly as long as one request (one GraphQL operation), so nested
 * fields are fetched in one query per level instead of one per parent, and nothing is cached
 * across callers with different permissions.
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  options?: DataLoader.Options<K, V, string>,
): DataLoader<K, V, string> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, options);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, returning one array per requested key in the requested order. */
export function groupByKeys<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
