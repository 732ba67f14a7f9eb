import { getRuleSetPreset, isRuleSetPresetId } from '@pd-ledger/credit-rules';

/**
 * The required categories of a state's rule set (every version, first label wins), so the CSV and
 * XLSX have a "required" and an "earned" column for each before the first row is written.
 */
export function stateCategoryColumns(stateCode: string): Array<{ id: string; label: string }> {
  const id = stateCode.toLowerCase();
  if (!isRuleSetPresetId(id)) return [];
  const seen = new Map<string, string>();
  for (const version of getRuleSetPreset(id).versions) {
    for (const requirement of version.categoryRequirements) {
      if (!seen.has(requirement.category)) seen.set(requirement.category, requirement.label);
    }
  }
  return [...seen].map(([category, label]) => ({ id: category, label }));
}

/** "Maplewood School District" -> "maplewood-school-district", for file names. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'district'
  );
}
