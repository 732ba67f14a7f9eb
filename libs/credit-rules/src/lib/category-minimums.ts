// How much a required category needs for one educator: a fixed amount, a share of the requirement,
// "some", a minimum per license level, plus an increment per additional license or credential. The
// rules that change the plain amount are named in `basis`, so the working can be shown.
import { formatAmount, parseScaled } from './exact-amount';
import type { CategoryRequirementRule } from './rule-set.schema';

export interface CategoryNeed {
  /** Sub-units required (0 for "any", which needs some credit). */
  need: number;
  /** How the minimum was found, when a level or an increment changed the plain amount; else null. */
  basis: string | null;
  /** The kind of rule that set it, for the rule lines. */
  kind: 'license_level' | 'per_additional_credential' | null;
}

const ANY: CategoryNeed = Object.freeze({ need: 0, basis: null, kind: null });
const plain = new WeakMap<CategoryRequirementRule, { U: number; need: CategoryNeed }>();

/**
 * The minimum of one category requirement for a license type; null when the requirement does not
 * apply (a per-level minimum that lists no amount for this level, or a requirement made only of
 * per-credential increments when no additional credential is held).
 */
export function categoryNeed(
  rule: CategoryRequirementRule,
  licenseTypeId: string,
  requiredSub: number,
  extra: number,
  U: number,
  share: (text: string) => { num: number; den: number },
): CategoryNeed | null {
  const m = rule.minimum;
  const l = U / 10_000;
  if (m.kind === 'any') return ANY;
  // The common case (a fixed amount, no increment) is the same for every educator: cached per rule.
  if (m.kind === 'amount' && rule.perAdditionalLicense === undefined) {
    const cached = plain.get(rule);
    if (cached && cached.U === U) return cached.need;
    const need: CategoryNeed = { need: parseScaled(m.amount) * l, basis: null, kind: null };
    plain.set(rule, { U, need });
    return need;
  }
  if (m.kind === 'share') {
    const r = share(m.share);
    return { need: (requiredSub * r.num) / r.den, basis: null, kind: null };
  }
  let base: string;
  let step: string | undefined;
  let levelText = '';
  if (m.kind === 'by_license_type') {
    const entry = m.amounts.find((a) => a.licenseType === licenseTypeId);
    if (!entry) return null;
    base = entry.amount;
    step = entry.perAdditionalLicense;
    levelText = `${entry.amount} for license type "${licenseTypeId}"`;
  } else {
    base = m.amount;
    step = rule.perAdditionalLicense;
  }
  const baseSub = parseScaled(base) * l;
  const stepSub = step ? parseScaled(step) * l : 0;
  // A requirement made only of increments (DC: 45 hours per additional credential) has nothing to ask without one.
  if (baseSub === 0 && step !== undefined && extra === 0) return null;
  const need = baseSub + stepSub * extra;
  if (stepSub > 0 && extra > 0) {
    const start = levelText || base;
    return {
      need,
      basis: `${start} + ${step} x ${extra} additional = ${formatAmount(need, U)}`,
      kind: 'per_additional_credential',
    };
  }
  if (levelText) return { need, basis: levelText, kind: 'license_level' };
  return { need, basis: null, kind: null };
}
