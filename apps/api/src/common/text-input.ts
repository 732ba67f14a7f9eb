/**
 * Text PostgreSQL cannot store and no person types: the NUL character (U+0000; text and jsonb
 * columns refuse it) and unpaired UTF-16 surrogates (not characters at all; they cannot be encoded
 * as UTF-8). One rule for every string that comes in: GraphQL arguments and input fields
 * (graphql/text-input.plugin.ts) and imported files (imports/parsing/csv-table.ts).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `value` cannot be accepted as text, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  const found = UNSAFE_TEXT.exec(value);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'contains a NUL character (U+0000), which is not text'
    : `contains an unpaired surrogate (U+${found[0].charCodeAt(0).toString(16).toUpperCase()}), which is not a character`;
}
