// What every step of one evaluation reads, gathered once per evaluation so the steps take one
// argument instead of ten: the cycle and the version governing it, the amount required and the
// dates that count. Never mutated.
import type { CountingWindow } from '../counting-window';
import type { CycleWindow, LicenseInput } from '../cycle-window';
import type { LocalDate } from '../local-date';
import type { PdRecordInput } from '../pd-record';
import type { CompiledRuleSet, CompiledVersion } from '../rule-set-compiler';
import type { LicenseTypeRule } from '../rule-set.schema';
import * as requiredAmount from './required-amount';
import * as windowSelection from './window-selection';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { requiredFor } = requiredAmount;
const { countingWindowFor, selectCycle } = windowSelection;

export interface EvaluationContext {
  compiled: CompiledRuleSet;
  /** Sub-units per unit of the rule set. */
  U: number;
  /** The version governing the cycle. */
  version: CompiledVersion;
  cycle: CycleWindow;
  licenseTypeId: string;
  licenseType: LicenseTypeRule;
  license: LicenseInput;
  /** The amount required, in sub-units. */
  requiredSub: number;
  /** The completion dates that count (the cycle, moved by a look-back or an earning window). */
  counting: CountingWindow;
  records: readonly PdRecordInput[];
  asOf: LocalDate;
}

/** Chooses the cycle and its version, then what it requires and which dates count. */
export function evaluationContext(
  compiled: CompiledRuleSet,
  license: LicenseInput,
  records: readonly PdRecordInput[],
  asOf: LocalDate,
): EvaluationContext {
  const { cycle, version, licenseTypeId, licenseType } = selectCycle(compiled, license, asOf);
  return {
    compiled,
    U: compiled.unit,
    version,
    cycle,
    licenseTypeId,
    licenseType,
    license,
    requiredSub: requiredFor(compiled, version, licenseTypeId, license),
    counting: countingWindowFor(version, licenseTypeId, cycle),
    records,
    asOf,
  };
}
