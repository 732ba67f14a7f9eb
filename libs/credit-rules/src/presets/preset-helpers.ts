// Small helpers that keep the preset files readable: a citation, and the common unit conversion.
import type { RecordUnit } from '../lib/canonical-ids';
import type { Citation, ConversionRuleInput } from '../lib/rule-set.schema';

export function cite(url: string, text: string, section?: string): Citation {
  return section ? { url, text, section } : { url, text };
}

/** A unit conversion: credited = amount x factor. */
export function unitFactor(
  id: string,
  unit: RecordUnit,
  factor: string,
  description: string,
  citation: Citation,
  uncertain?: string,
): ConversionRuleInput {
  const rule: ConversionRuleInput = { id, description, match: { units: [unit] }, value: { kind: 'factor', factor }, citation };
  if (uncertain) rule.uncertain = uncertain;
  return rule;
}
