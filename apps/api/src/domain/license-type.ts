/**
 * A license type as a comparable key: "Instructional II", " instructional ii " and
 * "instructional_ii" are the same type. planLicense matches stored license types to a preset's
 * license types this way, and report filters compare with it, so both agree.
 */
export function normaliseLicenseType(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
