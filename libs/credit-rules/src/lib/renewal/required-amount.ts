// How much a license needs: the license type's amount, raised by degree and by additional
// licenses or endorsements held. Integer sub-units of the compiled rule set.
import { DEGREE_LEVELS } from '../canonical-ids';
import { CycleWindowError, type LicenseInput } from '../cycle-window';
import { parseScaled } from '../exact-amount';
import type { CompiledRuleSet, CompiledVersion } from '../rule-set-compiler';

/** Additional licenses plus endorsements held (per-license increments). */
export function extraLicenses(license: LicenseInput): number {
  const n = (license.additionalLicenses ?? 0) + (license.endorsements ?? 0);
  if (!Number.isInteger(n) || n < 0)
    throw new CycleWindowError(
      'additional_licenses',
      `additional licenses and endorsements must be whole numbers >= 0, got ${n}`,
    );
  return n;
}

/** Index of a degree in DEGREE_LEVELS, or -1 when unknown. */
export function degreeRank(degree: string | null | undefined): number {
  return degree ? (DEGREE_LEVELS as readonly string[]).indexOf(degree) : -1;
}

export function requiredFor(
  compiled: CompiledRuleSet,
  version: CompiledVersion,
  licenseTypeId: string,
  license: LicenseInput,
): number {
  const type = version.licenseTypes.get(licenseTypeId)!;
  const l = compiled.unit / 10_000;
  let base = type.required;
  if (type.requiredByDegree) {
    const rank = degreeRank(license.highestDegree);
    for (const entry of type.requiredByDegree) if (rank >= 0 && rank >= degreeRank(entry.degree)) base = entry.required;
  }
  let required = parseScaled(base) * l;
  const extra = extraLicenses(license);
  if (type.perAdditionalLicense && extra) required += parseScaled(type.perAdditionalLicense) * l * extra;
  return required;
}
