/**
 * Collects positional parameters for a raw SQL statement, so values never end up in the SQL
 * text: `params.add(x)` returns the placeholder ("$3") to write into the query.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Escapes LIKE wildcards so a search term matches literally (PostgreSQL's default escape is \\). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
