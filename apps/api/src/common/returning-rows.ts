/**
 * TypeORM's postgres `query()` answers UPDATE and DELETE with `[rows, rowCount]` but SELECT and
 * INSERT with the rows alone. This gives the RETURNING rows whatever the statement was.
 */
export function returningRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
