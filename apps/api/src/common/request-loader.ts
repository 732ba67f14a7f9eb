import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();
const primedByRequest = new WeakMap<object, Map<string, Array<[unknown, unknown]>>>();

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
    for (const [key, value] of primedByRequest.get(request)?.get(name) ?? []) loader.prime(key as K, value as V);
    primedByRequest.get(request)?.delete(name);
  }
  return loader;
}

/**
 * Hands values already read (e.g. in the statement of the list they belong to) to the request's
 * loader `name`, whether or not it exists yet, so its `load` of those keys sends no statement.
 * The values must be exactly what the loader's own batch would return for the keys.
 */
export function primeRequestLoader<K, V>(request: object, name: string, entries: Iterable<[K, V]>): void {
  const loader = loadersByRequest.get(request)?.get(name);
  if (loader) {
    for (const [key, value] of entries) loader.prime(key, value);
    return;
  }
  let primed = primedByRequest.get(request);
  if (!primed) {
    primed = new Map();
    primedByRequest.set(request, primed);
  }
  primed.set(name, [...(primed.get(name) ?? []), ...entries]);
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
